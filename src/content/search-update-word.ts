/**
 * One word's files updated from the last build's, reading only what the changes reach: a common
 * word of 100,000 documents has ~25 member blocks, and 100 new dumps change one or two of them.
 * Its other blocks are named as kept (null) and not read; its titles, leads and spellings (sets
 * over every number, re-encoded when the number of documents grows a byte) are read and
 * written whole. The bytes are those encodeWord (search-words.ts) writes for the whole sets, so
 * an update still writes what a whole build would (tests/content/search-update.test.ts).
 *
 * One case needs the word's every document: when the changes make another spelling the most
 * used, the new one's exceptions are every document without it. Then, and for an entry with no
 * spelling, this answers null and the caller reads the word whole.
 */
import { ByteReader, searchPaths, type DictionaryEntry } from "./search-shards.ts";
import { setFile, storedSpellings, type WordSets } from "./search-words.ts";

/** A word's files: bytes for what changed, null for a file of the last build's kept as it is. */
export type WordFiles = { files: Array<[path: string, data: Uint8Array | null]>; entry: DictionaryEntry | null };

/**
 * `old`: the word's entry in the last build; `gone`: its documents removed since (ascending);
 * `add`: the added documents' sets; `oldCount`/`count`: the last and the new bound of numbers.
 * Entry null: no document has the word any more. Null: the word must be read whole (above).
 */
export function updateWord(
  old: DictionaryEntry,
  read: (path: string) => ByteReader,
  gone: readonly number[],
  add: WordSets,
  oldCount: number,
  count: number,
  block: number,
): WordFiles | null {
  const [word, file, documents, , , spellings, blocks] = old;
  const main = spellings[0];
  if (main === undefined) return null;
  const goneSet = new Set(gone);
  const remaining = (docs: number[]) => (gone.length === 0 ? docs : docs.filter((d) => !goneSet.has(d)));
  const lacking = spellings.length > 1 ? read(searchPaths.spellings(file, 0)).list(oldCount) : [];
  const lackingSet = new Set(lacking);
  const addedOf = new Map(add.spellings.map((s) => [s.spelling, s.docs]));
  const addedMain = addedOf.get(main) ?? [];
  // The most used spelling's documents are known by number only: all but its exceptions.
  const mainCount = documents - lacking.length - gone.filter((d) => !lackingSet.has(d)).length + addedMain.length;
  const others = spellings.slice(1).map((spelling, k) => ({ spelling, docs: union(remaining(read(searchPaths.spellings(file, k + 1)).list(oldCount)), addedOf.get(spelling) ?? []) }));
  const stored = new Set(spellings);
  for (const s of add.spellings) if (!stored.has(s.spelling)) others.push({ spelling: s.spelling, docs: s.docs });
  const ranked = storedSpellings([{ spelling: main, docs: null, count: mainCount }, ...others.map((o) => ({ ...o, count: o.docs.length }))].filter((s) => s.count > 0), (s) => s.count);
  if (ranked.length > 0 && ranked[0]!.spelling !== main) return null;

  const files: WordFiles["files"] = [];
  // Member blocks: only those holding a removed or an added document change.
  const changed = new Set<number>();
  for (const d of gone) changed.add(Math.floor(d / block));
  for (const d of add.docs) changed.add(Math.floor(d / block));
  const kept = new Set(blocks);
  const newBlocks: number[] = [];
  for (const b of [...new Set([...blocks, ...changed])].sort((x, y) => x - y)) {
    const path = searchPaths.members(file, b);
    if (!changed.has(b)) {
      files.push([path, null]);
      newBlocks.push(b);
      continue;
    }
    const start = b * block;
    const before = kept.has(b) ? remaining(read(path).list(block).map((d) => d + start)) : [];
    const inBlock = union(before, add.docs.filter((d) => d >= start && d < start + block));
    if (inBlock.length === 0) continue;
    files.push(setFile(path, inBlock.map((d) => d - start), block));
    newBlocks.push(b);
  }
  if (newBlocks.length === 0) return { files: [], entry: null };
  if (ranked.length > 1) {
    const addedMainSet = new Set(addedMain);
    const newLacking = union(remaining(lacking), add.docs.filter((d) => !addedMainSet.has(d)));
    [newLacking, ...ranked.slice(1).map((s) => s.docs!)].forEach((docs, k) => files.push(setFile(searchPaths.spellings(file, k), docs, count)));
  }
  const titles = union(remaining(read(searchPaths.titles(file)).list(oldCount)), add.titles);
  const leads = union(remaining(read(searchPaths.leads(file)).list(oldCount)), add.leads);
  files.push(setFile(searchPaths.titles(file), titles, count), setFile(searchPaths.leads(file), leads, count));
  const docCount = documents - gone.length + add.docs.length;
  return { files, entry: [word, file, docCount, titles.length, leads.length, ranked.map((s) => s.spelling), newBlocks] };
}

/** Two ascending sets of numbers as one, still ascending. */
export function union(a: number[], b: number[]): number[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) out.push(a[i++]!);
    else if (i >= a.length || b[j]! < a[i]!) out.push(b[j++]!);
    else {
      out.push(a[i++]!);
      j++;
    }
  }
  return out;
}
