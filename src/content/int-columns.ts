/**
 * Rows of small integers off the JS heap, for builders that hold tens of millions of them (the
 * search index's: one row per word and document), and their grouping by a key.
 */

/** Rows per chunk of an IntColumns (65,536). */
const CHUNK_BITS = 16;
const CHUNK_ROWS = 1 << CHUNK_BITS;

/**
 * Rows of `width` integers, off the JS heap, in fixed chunks: at 100,000 articles the index holds
 * tens of millions of rows, and an array that grows by doubling holds up to twice that, three
 * times while it copies.
 */
export class IntColumns {
  private readonly chunks: Int32Array[] = [];
  rows = 0;
  constructor(readonly width: number) {}
  /** A row of `width` values (the third ignored when the width is 2): fixed arity, no rest array per row. */
  push(a: number, b: number, c = 0): void {
    const at = (this.rows & (CHUNK_ROWS - 1)) * this.width;
    if (at === 0) this.chunks.push(new Int32Array(CHUNK_ROWS * this.width));
    const chunk = this.chunks[this.chunks.length - 1]!;
    chunk[at] = a;
    chunk[at + 1] = b;
    if (this.width === 3) chunk[at + 2] = c;
    this.rows++;
  }
  get(row: number, column: number): number {
    return this.chunks[row >>> CHUNK_BITS]![(row & (CHUNK_ROWS - 1)) * this.width + column]!;
  }
}

/** Rows of a column table grouped by `groupOf(row)` (a counting sort: order within a group kept). */
export function groupRows(table: IntColumns, groups: number, groupOf: (row: number) => number) {
  const starts = new Int32Array(groups + 1);
  for (let r = 0; r < table.rows; r++) starts[groupOf(r) + 1]!++;
  for (let g = 0; g < groups; g++) starts[g + 1]! += starts[g]!;
  const next = starts.slice(0, groups);
  const order = new Int32Array(table.rows);
  for (let r = 0; r < table.rows; r++) order[next[groupOf(r)]!++] = r;
  return { rowsOf: (g: number): Int32Array => order.subarray(starts[g]!, starts[g + 1]!) };
}
