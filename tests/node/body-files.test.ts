import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseArticle } from "../../src/content/parse";
import { extractOf } from "../../src/content/records";
import { BodyFiles, parseDump } from "../../src/node/body-files";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "body-files-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const text = "Tin ở Hải Hà\n16/03/2020\n\nMở đầu.\n\nThân bài về Quảng Hà.";
const article = parseArticle("a.txt", text).article!;
const extract = extractOf(article);
const HASH = "a".repeat(40);

describe("BodyFiles", () => {
  it("gives back what was written, for the same dump bytes only", () => {
    const files = new BodyFiles(dir);
    files.write("/s/a.txt", HASH, extract);
    expect(files.body("/s/a.txt", HASH)).toEqual(extract.body);
    expect([...files.terms("/s/a.txt", HASH)!]).toEqual([...extract.terms]);
    expect(files.search("/s/a.txt", HASH)).toBe(extract.search);
    const other = "b".repeat(40);
    expect(files.body("/s/a.txt", other)).toBeNull();
    expect(files.terms("/s/a.txt", other)).toBeNull();
  });

  it("reads a half-written or garbled file as missing, never as an error", () => {
    const files = new BodyFiles(dir);
    files.write("/s/a.txt", HASH, extract);
    for (const name of readdirSync(dir)) writeFileSync(path.join(dir, name), name.endsWith(".bin") ? Buffer.from(HASH, "hex") : name.endsWith(".words") ? `${HASH}\nhai 1 h` : "{\"hash\":");
    expect(files.body("/s/a.txt", HASH)).toBeNull();
    expect(files.terms("/s/a.txt", HASH)).toBeNull();
    expect(files.search("/s/a.txt", HASH)).toBeNull();
    files.remove("/s/a.txt");
    expect(readdirSync(dir)).toEqual([]);
    expect(new BodyFiles(dir).body("/s/missing.txt", HASH)).toBeNull();
  });
});

describe("parseDump", () => {
  it("returns the record and writes the rest when given a folder; the whole result without", () => {
    const files = new BodyFiles(dir);
    const record = parseDump("/s/a.txt", "a.txt", text, HASH, files);
    expect(record.article).not.toHaveProperty("body");
    expect(files.body("/s/a.txt", HASH)).toEqual(extract.body);
    expect(parseDump("/s/a.txt", "a.txt", text, HASH, null)).toEqual(parseArticle("a.txt", text));
    // A broken dump writes nothing.
    parseDump("/s/b.txt", "b.txt", "", HASH, files);
    expect(readdirSync(dir)).toHaveLength(3);
  });
});

describe("BodyFiles when its folder is removed meanwhile", () => {
  it("makes the folder again and writes", () => {
    const files = new BodyFiles(path.join(dir, "sub"));
    rmSync(path.join(dir, "sub"), { recursive: true });
    files.write("/s/a.txt", HASH, extract);
    expect(files.body("/s/a.txt", HASH)).toEqual(extract.body);
  });
});
