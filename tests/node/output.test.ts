/** Writing output only where bytes changed, and sweeping away what a build did not produce. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { keep, sweep, writeIfChanged } from "../../src/node/output";

const dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "news-output-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const files = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();

describe("writeIfChanged", () => {
  it("writes a new or different file, and leaves one with the same bytes alone, its time too", () => {
    const dir = fresh();
    expect(writeIfChanged(dir, "data/a/x.json", '{"a":1}')).toBe(true);
    const file = path.join(dir, "data/a/x.json");
    utimesSync(file, new Date(2020, 0, 1), new Date(2020, 0, 1));
    const before = statSync(file).mtimeMs;
    expect(writeIfChanged(dir, "data/a/x.json", '{"a":1}')).toBe(false);
    expect(statSync(file).mtimeMs).toBe(before);
    expect(writeIfChanged(dir, "data/a/x.json", '{"a":2}')).toBe(true);
    expect(writeIfChanged(dir, "data/a/x.json", new Uint8Array([1, 2]))).toBe(true);
    expect(writeIfChanged(dir, "data/a/x.json", new Uint8Array([1, 2]))).toBe(false);
  });

  it("compares Vietnamese text by its UTF-8 bytes: same length, other letters, is a change", () => {
    const dir = fresh();
    const file = path.join(dir, "bai-viet/a/index.html");
    expect(writeIfChanged(dir, "bai-viet/a/index.html", "<h1>Hải Hà</h1>")).toBe(true);
    expect(readFileSync(file, "utf8")).toBe("<h1>Hải Hà</h1>");
    expect(writeIfChanged(dir, "bai-viet/a/index.html", "<h1>Hải Hà</h1>")).toBe(false);
    // "ả" and "ạ" are three bytes each: the file's size alone cannot tell them apart.
    expect(writeIfChanged(dir, "bai-viet/a/index.html", "<h1>Hại Hà</h1>")).toBe(true);
    expect(readFileSync(file, "utf8")).toBe("<h1>Hại Hà</h1>");
    // Bytes the string does not decode to, at the string's length: rewritten, not taken as equal.
    writeFileSync(file, Buffer.from([0x3c, 0xff, 0xfe, 0xfd]));
    expect(writeIfChanged(dir, "bai-viet/a/index.html", "<\ufffd")).toBe(true);
    expect(readFileSync(file, "utf8")).toBe("<\ufffd");
    // A four-byte sequence cut short reads as one U+FFFD, three bytes like the real one.
    writeFileSync(file, Buffer.from([0x3c, 0xf0, 0x90, 0x80]));
    expect(writeIfChanged(dir, "bai-viet/a/index.html", "<\ufffd")).toBe(true);
    expect([...readFileSync(file)]).toEqual([0x3c, 0xef, 0xbf, 0xbd]);
  });
});

describe("sweep", () => {
  it("removes what the build neither wrote nor kept, and the folders left empty", () => {
    const dir = fresh();
    mkdirSync(path.join(dir, "bai-viet/da-xoa"), { recursive: true });
    writeFileSync(path.join(dir, "bai-viet/da-xoa/index.html"), "old");
    mkdirSync(path.join(dir, "assets"), { recursive: true });
    writeFileSync(path.join(dir, "assets/app-old.js"), "old");
    writeFileSync(path.join(dir, "assets/app-new.js"), "new");
    writeIfChanged(dir, "bai-viet/con/index.html", "page");
    keep(dir, "assets/app-new.js");
    expect(sweep(dir)).toBe(2);
    expect(files(dir)).toEqual(["assets/app-new.js", path.join("bai-viet", "con", "index.html")]);
    expect(readdirSync(path.join(dir, "bai-viet"))).toEqual(["con"]);
  });
});
