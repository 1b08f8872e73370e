import { describe, expect, it } from "vitest";
import { IntColumns, groupRows } from "../../src/content/int-columns";

describe("IntColumns", () => {
  it("keeps rows of two or three integers past one chunk (65,536 rows)", () => {
    const table = new IntColumns(3);
    for (let r = 0; r < 70_000; r++) table.push(r, -r, r % 7);
    expect(table.rows).toBe(70_000);
    expect([table.get(65_537, 0), table.get(65_537, 1), table.get(65_537, 2)]).toEqual([65_537, -65_537, 65_537 % 7]);
    const pairs = new IntColumns(2);
    pairs.push(4, 5, 99);
    expect([pairs.get(0, 0), pairs.get(0, 1)]).toEqual([4, 5]);
  });
});

describe("groupRows", () => {
  it("groups rows by a key, each group in the rows' order", () => {
    const table = new IntColumns(2);
    [[1, 10], [0, 11], [1, 12], [2, 13], [0, 14]].forEach(([k, v]) => table.push(k!, v!));
    const groups = groupRows(table, 3, (row) => table.get(row, 0));
    expect(Array.from(groups.rowsOf(0), (row) => table.get(row, 1))).toEqual([11, 14]);
    expect(Array.from(groups.rowsOf(1), (row) => table.get(row, 1))).toEqual([10, 12]);
    expect(Array.from(groups.rowsOf(2), (row) => table.get(row, 1))).toEqual([13]);
  });
});
