/** The allocator setting: the scripts that start builds and dev servers carry it, and a large build without it says so. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ALLOCATOR_ADVICE_FROM, ALLOCATOR_ENV, allocatorAdvice } from "../../src/node/allocator";

const assignments = Object.entries(ALLOCATOR_ENV).map(([name, value]) => `${name}=${value}`).join(" ");

describe("npm scripts", () => {
  const scripts = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { scripts: Record<string, string> }).scripts;
  it.each(["build", "dev"])("`npm run %s` starts Vite with the setting", (name) => {
    expect(scripts[name]).toMatch(new RegExp(`^${assignments} vite\\b`));
  });
});

describe("allocatorAdvice", () => {
  it("asks a large build on glibc for the setting, naming it and why", () => {
    const advice = allocatorAdvice(100_000, {}, () => true);
    expect(advice).toContain(assignments);
    expect(advice).toContain("100000 dumps");
    expect(advice).toContain("npm run build");
  });

  it("says nothing with the setting, for a small corpus, or off glibc", () => {
    expect(allocatorAdvice(100_000, { ...ALLOCATOR_ENV }, () => true)).toBeNull();
    expect(allocatorAdvice(ALLOCATOR_ADVICE_FROM - 1, {}, () => true)).toBeNull();
    expect(allocatorAdvice(100_000, {}, () => false)).toBeNull();
  });

  it("asks whether this is glibc only of a large build without the setting", () => {
    const asked: number[] = [];
    const glibc = () => (asked.push(1), true);
    allocatorAdvice(ALLOCATOR_ADVICE_FROM - 1, {}, glibc);
    allocatorAdvice(100_000, { ...ALLOCATOR_ENV }, glibc);
    expect(asked).toHaveLength(0);
    allocatorAdvice(100_000, {}, glibc);
    expect(asked).toHaveLength(1);
  });

  it("asks again when the variable holds another value", () => {
    expect(allocatorAdvice(100_000, { MALLOC_MMAP_THRESHOLD_: "33554432" }, () => true)).toContain(assignments);
  });
});
