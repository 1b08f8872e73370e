/** The build's one full collection before its render workers start. */
import { expect, it } from "vitest";
import { collectGarbage } from "../../src/node/collect-garbage";

it("frees what nothing holds any more, without --expose-gc", () => {
  let garbage: unknown[] | null = Array.from({ length: 500_000 }, (_, i) => ({ i, text: `bài ${i}` }));
  const held = process.memoryUsage().heapUsed;
  garbage = null;
  collectGarbage();
  expect(garbage).toBeNull();
  expect(process.memoryUsage().heapUsed).toBeLessThan(held - 20_000_000);
  collectGarbage();
});
