/** The parse command as a user runs it: `npm run --silent parse -- FILE...`. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ParseResult } from "../../src/content/types";

const SEED = "seeds/000_5f679b6fde1a2fd2.txt";
const tmp = mkdtempSync(path.join(tmpdir(), "parse-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(...args: string[]) {
  return runWith({}, ...args);
}

function runWith(env: Record<string, string>, ...args: string[]) {
  const { SEEDS_DIR: _ignored, ...inherited } = process.env;
  const r = spawnSync("npm", ["run", "--silent", "parse", "--", ...args], { encoding: "utf8", env: { ...inherited, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run parse", () => {
  it("prints one JSON array entry per file, in order, and exits 0 when no file has an error", () => {
    const r = run(SEED, "seeds/001_8c3e5a17d02f9b64.txt");
    expect(r.status).toBe(0);
    const out: ParseResult[] = JSON.parse(r.stdout);
    expect(out.map((e) => e.file)).toEqual([SEED, "seeds/001_8c3e5a17d02f9b64.txt"]);
    expect(out[0]!.article).toMatchObject({
      id: "000_5f679b6fde1a2fd2",
      slug: "kinh-nghiem-tu-mot-dang-bo-tieu-bieu-o-hai-ha",
      publishedAt: "2020-03-16T11:28:00+07:00",
      byline: "Hoàng Giang",
      relatedPlaceholders: 8,
    });
    expect(out[0]!.problems).toEqual([]);
  }, 30_000);

  it("exits 1 when a file has an error, still parsing the others", () => {
    const bad = path.join(tmp, "bad.txt");
    writeFileSync(bad, Buffer.from([0x54, 0x0a, 0xff]));
    const r = run(bad, SEED, path.join(tmp, "missing.txt"));
    expect(r.status).toBe(1);
    const out: ParseResult[] = JSON.parse(r.stdout);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ file: bad, article: null, problems: [{ file: bad, line: 2, severity: "error" }] });
    expect(out[1]!.article?.title).toBe("Kinh nghiệm từ một đảng bộ tiêu biểu ở Hải Hà");
    expect(out[2]).toMatchObject({ article: null, problems: [{ severity: "error", message: "no such file" }] });
    expect(r.stderr).toContain(`${bad}:2: error:`);
  }, 30_000);

  it("exits 0 with warnings only", () => {
    const undated = path.join(tmp, "undated.txt");
    writeFileSync(undated, "Tiêu đề\n\nMở đầu.\n");
    const r = run(undated);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)[0].problems[0]).toMatchObject({ severity: "warning", line: 1 });
  }, 30_000);

  it("parses every dump in SEEDS_DIR, in name order, when no file is given", () => {
    const r = runWith({ SEEDS_DIR: "seeds" });
    expect(r.status).toBe(0);
    const out: ParseResult[] = JSON.parse(r.stdout);
    expect(out.length).toBeGreaterThanOrEqual(11);
    expect(out[0]!.article?.id).toBe("000_5f679b6fde1a2fd2");
    expect(out.map((e) => e.file)).toEqual([...out.map((e) => e.file)].sort());
  }, 30_000);

  it("exits 2 when SEEDS_DIR cannot be read", () => {
    const r = runWith({ SEEDS_DIR: path.join(tmp, "no-such-folder") });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/SEEDS_DIR .* cannot be read/);
  }, 30_000);

  it("exits 2 with usage on no files or an unknown option", () => {
    for (const args of [[], ["--frobnicate", SEED]]) {
      const r = run(...args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/usage: npm run --silent parse -- FILE/);
    }
  }, 30_000);
});
