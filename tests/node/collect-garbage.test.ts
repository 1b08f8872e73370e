/** The build's one full collection before its render workers start. */
import { expect, it } from "vitest";
import { collectGarbage, collectGarbageFully } from "../../src/node/collect-garbage";

it("frees what nothing holds any more, without --expose-gc", () => {
  let garbage: unknown[] | null = Array.from({ length: 500_000 }, (_, i) => ({ i, text: `bài ${i}` }));
  const held = process.memoryUsage().heapUsed;
  garbage = null;
  collectGarbage();
  expect(garbage).toBeNull();
  expect(process.memoryUsage().heapUsed).toBeLessThan(held - 20_000_000);
  collectGarbage();
});

it("hands back the typed arrays it found dead, none left for a later sweep", () => {
  const before = process.memoryUsage().arrayBuffers;
  let arrays: Int32Array[] | null = Array.from({ length: 64 }, () => new Int32Array(1 << 18));
  expect(process.memoryUsage().arrayBuffers).toBeGreaterThan(before + 60_000_000);
  arrays = null;
  collectGarbageFully();
  expect(arrays).toBeNull();
  expect(process.memoryUsage().arrayBuffers).toBeLessThan(before + 4_000_000);
});
