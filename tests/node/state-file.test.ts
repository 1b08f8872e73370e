/** A build's state for the next: header as JSON, numbers as one binary file, arrays given whole or in parts. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { diskCache } from "../../src/node/disk-cache";
import { readStateFile, writeStateFile } from "../../src/node/state-file";

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "state-file-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("state files", () => {
  it("reads an array written as its parts back as one, aligned, after odd lengths and past the write buffer's size", () => {
    const disk = diskCache(root, { NEWS_CACHE_DIR: "cache" });
    const big = Float64Array.from({ length: 300_000 }, (_, i) => i / 7); // 2.4 MB: more than one buffer
    const parts = [Int32Array.of(1, 2, 3), Int32Array.of(), Int32Array.of(4, 5)];
    writeStateFile(disk, "s", { note: "Hải Hà" }, [Int32Array.of(9), parts, [Float64Array.of(0.5), big, Float64Array.of(-1)], Float64Array.of(2.25)]);
    const read = readStateFile<{ note: string }>(disk, "s")!;
    expect(read.header).toEqual({ note: "Hải Hà" });
    const [first, joined, floats, last] = read.arrays;
    expect([...first!]).toEqual([9]);
    expect(joined).toBeInstanceOf(Int32Array);
    expect([...joined!]).toEqual([1, 2, 3, 4, 5]);
    expect(floats).toBeInstanceOf(Float64Array);
    expect(floats!.length).toBe(300_002);
    expect([floats![0], floats![1 + 299_999], floats![300_001]]).toEqual([0.5, 299_999 / 7, -1]);
    expect([...last!]).toEqual([2.25]);
  });
});
