import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_FILES, contentCoreVersion, diskCache } from "../../src/node/disk-cache";

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "disk-cache-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const env = (extra: NodeJS.ProcessEnv = {}) => ({ NEWS_CACHE_DIR: "cache", ...extra });

describe("diskCache", () => {
  it("gives back what was written, in another instance (another process) too", () => {
    diskCache(root, env()).write("parse-x", { a: [1, "b"] });
    expect(diskCache(root, env()).read("parse-x")).toEqual({ a: [1, "b"] });
    expect(readdirSync(path.join(root, "cache"))).toEqual(["parse-x.json"]);
  });

  it("lives under node_modules/.cache/news-reader by default", () => {
    const cache = diskCache(root, {});
    expect(cache.dir).toBe(path.join(root, "node_modules", ".cache", "news-reader"));
  });

  it("misses, never throws, on a missing, half-written or foreign file", () => {
    const cache = diskCache(root, env());
    expect(cache.read("none")).toBeUndefined();
    cache.write("half", 1);
    writeFileSync(path.join(root, "cache", "half.json"), '{"code":"');
    expect(cache.read("half")).toBeUndefined();
  });

  it("misses when the content core's code has changed since the file was written", () => {
    writeFileSync(path.join(root, "stale.json"), JSON.stringify({ code: "not-this-parser", value: 1 }));
    expect(diskCache(root, { NEWS_CACHE_DIR: "." }).read("stale")).toBeUndefined();
    expect(contentCoreVersion()).toMatch(/^[0-9a-f]{16}$/);
  });

  it("is off with NEWS_CACHE=off: nothing is read or written", () => {
    const cache = diskCache(root, env({ NEWS_CACHE: "off" }));
    cache.write("x", 1);
    expect(cache.read("x")).toBeUndefined();
    expect(cache.dir).toBeNull();
    expect(readdirSync(root)).toEqual([]);
  });

  it(`keeps at most ${MAX_FILES} files, dropping the least recently written`, () => {
    const cache = diskCache(root, env());
    for (let i = 0; i <= MAX_FILES + 2; i++) cache.write(`f${i}`, i);
    const files = readdirSync(path.join(root, "cache"));
    expect(files).toHaveLength(MAX_FILES);
    expect(cache.read(`f${MAX_FILES + 2}`)).toBe(MAX_FILES + 2);
  });

  it("gives a value a folder of its own, for this code only, which goes when the value is pruned", () => {
    const cache = diskCache(root, env());
    const folder = cache.folder("parse-x")!;
    expect(path.basename(folder)).toBe(`parse-x.${contentCoreVersion()}.files`);
    writeFileSync(path.join(folder, "a.json"), "{}");
    // Another version's folder of the same value is gone; the value's file marks the folder in use.
    const stale = path.join(root, "cache", "parse-x.0123abcd.files");
    mkdirSync(stale);
    cache.folder("parse-x");
    expect(existsSync(stale)).toBe(false);
    expect(cache.read("parse-x")).toBeNull();
    for (let i = 0; i <= MAX_FILES; i++) cache.write(`f${i}`, i);
    expect(existsSync(folder)).toBe(false);
    expect(diskCache(root, { NEWS_CACHE: "off" }).folder("parse-x")).toBeNull();
  });
});
