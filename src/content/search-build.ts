/**
 * Build: the sharded search index (format in search-shards.ts) from the corpus's documents, one
 * document at a time. What it holds until the end is one entry per (word, document) in typed
 * arrays, never a document's text; each document's stored fields go out as they come.
 */
import { foldWord, searchDocument, type Listed, type SearchDocument } from "./search.ts";
import { MARK, SURROGATE, WORD, astralKind, kindOf } from "./characters.ts";
import { remembered } from "./remembered.ts";
import { MEMBER_BLOCK, searchPaths, shardKey, type DictionaryEntry, type StoredDocument } from "./search-shards.ts";
import { documentWords, updatedFiles, type PreviousIndex, type SearchState } from "./search-update.ts";
import { encodeWord, metaFile, shardFile, type WordSets } from "./search-words.ts";
import { IntColumns, groupRows } from "./int-columns.ts";

export { searchDocument };
export { MAX_SPELLINGS } from "./search-words.ts";

const TITLE = 1;
const LEAD = 2;
const BODY = 4;
const FIELDS = [
  ["title", TITLE],
  ["lead", LEAD],
  ["body", BODY],
] as const;

/**
 * Folded forms of the spellings met so far: a corpus spells a few thousand words a few million
 * times, and folding (NFD, strip marks, NFC) is most of indexing's time.
 */
const foldSpelling = remembered(foldWord, 200_000);

/**
 * Each word as written — a run of letters, digits and combining marks (a decomposed "ả" is a +
 * mark) — lower case NFC, with its folded form: "Hải Hà" → ("hải", "hai"), ("hà", "ha"). One pass
 * over the characters: a regex iterator's match arrays were most of a parse worker's indexing.
 */
export function eachWrittenWord(text: string, visit: (spelling: string, folded: string) => void): void {
  const lower = text.normalize("NFC").toLowerCase();
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    let kind = i < lower.length ? kindOf(lower.charCodeAt(i)) : 0;
    let width = 1;
    if (kind & SURROGATE) {
      kind = astralKind(lower, i);
      if (kind !== 0) width = 2;
    }
    if (kind & (WORD | MARK)) {
      if (start < 0) start = i;
      i += width - 1;
      continue;
    }
    if (start < 0) continue;
    const word = lower.slice(start, i);
    start = -1;
    const folded = foldSpelling(word);
    if (folded !== "") visit(word, folded);
  }
}

/** Words as written, lower case NFC, each with its folded form: "Hải Hà" → [["hải","hai"], ["hà","ha"]]. */
export function writtenWords(text: string): Array<[spelling: string, folded: string]> {
  const out: Array<[string, string]> = [];
  eachWrittenWord(text, (spelling, folded) => out.push([spelling, folded]));
  return out;
}

/**
 * A document's words as the index takes them, each folded word once: lines of
 * "folded mask spelling spelling…" (mask: title 1, lead 2, body 4; the spellings as written,
 * lower case, in order of appearance). Computed beside the parse (records.ts) and kept with the
 * body, so a build of 100,000 articles folds no word and reads no text for its index. Words hold
 * no white space, so a space and a newline are safe separators.
 */
export function searchTokens(doc: Pick<SearchDocument, "title" | "lead" | "body">): string {
  const words = new Map<string, { mask: number; spellings: string[] }>();
  for (const [field, bit] of FIELDS) {
    eachWrittenWord(doc[field], (spelling, folded) => {
      let word = words.get(folded);
      if (!word) words.set(folded, (word = { mask: 0, spellings: [] }));
      word.mask |= bit;
      if (!word.spellings.includes(spelling)) word.spellings.push(spelling);
    });
  }
  let out = "";
  for (const [folded, { mask, spellings }] of words) out += `${folded} ${mask} ${spellings.join(" ")}\n`;
  return out;
}

export class SearchIndexBuilder {
  private readonly wordIds = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly spellingIds = new Map<string, number>();
  private readonly spellings: string[] = [];
  private readonly spellingWord: number[] = [];
  /**
   * (word and field mask, document, spelling) per word a document has: the mask above
   * MASK_SHIFT; the spelling when the document writes the word one way only (nearly always),
   * else -1 and its spellings in `spelled`. A document's rows are together.
   */
  private readonly entries = new IntColumns(3);
  /** Per document number added here: its rows in `entries`, [first, end). */
  private readonly rowsFrom: number[] = [];
  private readonly rowsTo: number[] = [];
  /** (spelling, document) per spelling of a word a document writes more than one way. */
  private readonly spelled = new IntColumns(2);
  private count = 0;
  private readonly slugs = new Set<string>();
  private next: number;
  /** Each document's key (what its stored fields and words are made of), by number. */
  private readonly keys = new Map<number, string>();
  /** Numbers of the documents kept from the last build as they were (keep()). */
  private readonly kept = new Set<number>();
  /** Whether files() ran: state() describes what it wrote. */
  private finished = false;

  /**
   * `numbers`: each document's number by slug from the last build (kept by the caller, and filled
   * in here for new documents): a document keeps its number, so its stored file and the sets it is
   * not in keep their bytes; a new one takes the next free number. Without it, documents are
   * numbered in the order added. `resumed`: the last build's index into the same folder, whose
   * files this build updates instead of writing them all (search-update.ts); its numbers are
   * taken into `numbers`. `block`: document numbers per member block (a test's small corpus
   * takes small ones, to have several).
   */
  constructor(
    private readonly numbers: Map<string, number> = new Map(),
    private readonly resumed?: PreviousIndex,
    private readonly block: number = MEMBER_BLOCK,
  ) {
    resumed?.state.slugs.forEach((slug, n) => {
      if (slug !== null) numbers.set(slug, n);
    });
    // Word ids as the last build numbered them: its state names its documents' words so.
    for (const word of resumed?.state.words ?? []) this.wordIds.set(word, this.words.push(word) - 1);
    let max = -1;
    for (const n of numbers.values()) if (n > max) max = n;
    this.next = max + 1;
  }

  /** Whether the last build's index holds this document as `key` makes it: then keep() it, unread. */
  unchanged(slug: string, key: string): boolean {
    const n = this.numbers.get(slug);
    return this.resumed !== undefined && n !== undefined && this.resumed.state.slugs[n] === slug && this.resumed.state.keys[n] === key;
  }

  /** Keeps a document the last build indexed (unchanged() said so): its words are not read; returns its stored file, kept too. */
  keep(doc: Listed, key: string): string {
    if (!this.unchanged(doc.slug, key)) throw new Error(`the search index cannot keep ${doc.slug}: the last build did not index it so`);
    if (this.slugs.has(doc.slug)) throw new Error(`two search documents have the slug ${doc.slug}`);
    this.slugs.add(doc.slug);
    const n = this.numbers.get(doc.slug)!;
    this.kept.add(n);
    this.keys.set(n, key);
    this.count = Math.max(this.count, n + 1);
    return searchPaths.document(n);
  }

  /** Adds a document (add the oldest first: ties rank the higher number first); returns its stored file. */
  add(doc: SearchDocument): [path: string, json: string] {
    return this.addTokens(doc, searchTokens(doc));
  }

  /** Adds a document given as its listed fields and its words (searchTokens), and its key if it has one; returns its stored file. */
  addTokens(doc: Listed, tokens: string, key?: string): [path: string, json: string] {
    if (this.slugs.has(doc.slug)) throw new Error(`two search documents have the slug ${doc.slug}`);
    this.slugs.add(doc.slug);
    let n = this.numbers.get(doc.slug);
    if (n === undefined) this.numbers.set(doc.slug, (n = this.next++));
    this.count = Math.max(this.count, n + 1);
    if (key !== undefined) this.keys.set(n, key);
    this.rowsFrom[n] = this.entries.rows;
    // Read in place (indexOf, slice): a split per line and per word was most of a build's indexing.
    let at = 0;
    while (at < tokens.length) {
      const end = tokens.indexOf("\n", at);
      const lineEnd = end < 0 ? tokens.length : end;
      const foldedEnd = tokens.indexOf(" ", at);
      const maskEnd = tokens.indexOf(" ", foldedEnd + 1);
      if (foldedEnd < 0 || foldedEnd > lineEnd || maskEnd < 0 || maskEnd > lineEnd) throw new Error(`search words of ${doc.slug} are malformed`);
      const folded = tokens.slice(at, foldedEnd);
      let w = this.wordIds.get(folded);
      if (w === undefined) this.wordIds.set(folded, (w = this.words.push(folded) - 1));
      const first = maskEnd + 1;
      const space = tokens.indexOf(" ", first);
      const mask = Number(tokens.slice(foldedEnd + 1, maskEnd)) * MASK_UNIT;
      if (space < 0 || space > lineEnd) {
        // One spelling: on the word's own row, no row of its own (16 million fewer at 100,000).
        this.entries.push(w + mask, n, this.spellingId(tokens.slice(first, lineEnd), w));
      } else {
        this.entries.push(w + mask, n, -1);
        let from = first;
        while (from < lineEnd) {
          let to = tokens.indexOf(" ", from);
          if (to < 0 || to > lineEnd) to = lineEnd;
          this.spelled.push(this.spellingId(tokens.slice(from, to), w), n);
          from = to + 1;
        }
      }
      at = lineEnd + 1;
    }
    this.rowsTo[n] = this.entries.rows;
    // The page shows the dateline as written only when it gave no date.
    const stored: StoredDocument = [doc.slug, doc.title, doc.publishedAt === null ? doc.dateline : null, doc.publishedAt, doc.hasTime ? 1 : 0, doc.excerpt];
    return [searchPaths.document(n), JSON.stringify(stored)];
  }

  /** A spelling's id (a new one for a spelling not met before, of word w). */
  private spellingId(spelling: string, w: number): number {
    let s = this.spellingIds.get(spelling);
    if (s === undefined) {
      this.spellingIds.set(spelling, (s = this.spellings.push(spelling) - 1));
      this.spellingWord.push(w);
    }
    return s;
  }

  /**
   * Every file but the stored documents (already handed out by `add`): sets, dictionary, then
   * meta. Resumed from the last build (`resume`), only the words and dictionary shards the
   * changes touch are written; every other file of the last build's is named with null: kept.
   */
  *files(): Generator<[path: string, data: string | Uint8Array | null]> {
    // Documents gone since the last build leave the caller's numbers (their numbers stay unused).
    for (const slug of [...this.numbers.keys()]) if (!this.slugs.has(slug)) this.numbers.delete(slug);
    const byWord = groupRows(this.entries, this.words.length, (row) => this.entries.get(row, 0) & WORD_BITS);
    const bySpelling = groupRows(this.spelled, this.spellings.length, (row) => this.spelled.get(row, 0));
    const spellingsOf: number[][] = this.words.map(() => []);
    this.spellingWord.forEach((w, s) => spellingsOf[w]!.push(s));
    const ascending = (a: number, b: number) => a - b;
    /** The added documents' sets of word w (entries were pushed in document order, numbers not). */
    const setsOf = (w: number): WordSets => {
      const docs: number[] = [];
      const titles: number[] = [];
      const leads: number[] = [];
      const bySpellingHere = new Map<number, number[]>(spellingsOf[w]!.map((s) => [s, Array.from(bySpelling.rowsOf(s), (row) => this.spelled.get(row, 1))]));
      for (const row of byWord.rowsOf(w)) {
        const doc = this.entries.get(row, 1);
        const mask = this.entries.get(row, 0) >>> MASK_SHIFT;
        const spelling = this.entries.get(row, 2);
        docs.push(doc);
        if (mask & TITLE) titles.push(doc);
        if (mask & LEAD) leads.push(doc);
        if (spelling >= 0) bySpellingHere.get(spelling)!.push(doc);
      }
      for (const list of [docs, titles, leads]) list.sort(ascending);
      const spellings = [...bySpellingHere].map(([s, list]) => ({ spelling: this.spellings[s]!, docs: list.sort(ascending) }));
      return { docs, titles, leads, spellings };
    };
    this.finished = true;
    if (this.resumed) {
      const added = new Map<string, WordSets>();
      this.words.forEach((word, w) => {
        if (byWord.rowsOf(w).length > 0) added.set(word, setsOf(w));
      });
      yield* updatedFiles(this.resumed, added, this.kept, this.count, this.block);
      return;
    }
    const shards = new Map<string, DictionaryEntry[]>();
    for (let w = 0; w < this.words.length; w++) {
      const word = this.words[w]!;
      const { files, entry } = encodeWord(word, setsOf(w), this.count, this.block);
      yield* files;
      const key = shardKey(word);
      let shard = shards.get(key);
      if (!shard) shards.set(key, (shard = []));
      shard.push(entry);
    }
    for (const [key, entries] of shards) yield shardFile(key, entries);
    yield metaFile(this.count, shards.keys(), this.block);
  }

  /**
   * What the next build resumes from (after files()): each document's slug, key and words by
   * its number, and the words by id. Null before files() ran.
   */
  state(): SearchState | null {
    if (!this.finished) return null;
    const slugs: Array<string | null> = new Array<string | null>(this.count).fill(null);
    for (const [slug, n] of this.numbers) if (n < this.count) slugs[n] = slug;
    const keys = slugs.map((slug, n) => (slug === null ? null : (this.keys.get(n) ?? null)));
    const previous = this.resumed?.state;
    const kept = (n: number) => slugs[n] !== null && this.kept.has(n);
    const added = (n: number) => slugs[n] !== null && !this.kept.has(n) && this.rowsFrom[n] !== undefined;
    const wordOffsets = new Int32Array(this.count + 1);
    for (let n = 0; n < this.count; n++) {
      const length = kept(n) ? previous!.wordOffsets[n + 1]! - previous!.wordOffsets[n]! : added(n) ? this.rowsTo[n]! - this.rowsFrom[n]! : 0;
      wordOffsets[n + 1] = wordOffsets[n]! + length;
    }
    const wordIds = new Int32Array(wordOffsets[this.count]!);
    for (let n = 0; n < this.count; n++) {
      if (kept(n)) wordIds.set(documentWords(previous!, n), wordOffsets[n]!);
      else if (added(n)) for (let row = this.rowsFrom[n]!, at = wordOffsets[n]!; row < this.rowsTo[n]!; row++) wordIds[at++] = this.entries.get(row, 0) & WORD_BITS;
    }
    return { count: this.count, words: [...this.words], slugs, keys, wordOffsets, wordIds };
  }
}

/** A row's word id and field mask share one integer: ids below 2^28, the mask (3 bits) above. */
const MASK_SHIFT = 28;
const MASK_UNIT = 2 ** MASK_SHIFT;
const WORD_BITS = MASK_UNIT - 1;

/** The whole index of some documents (oldest first) as files by path, numbered as `numbers` says (and filled in). */
export function buildSearchFiles(
  documents: Iterable<SearchDocument | [Listed, string]>,
  numbers?: Map<string, number>,
  block?: number,
): Map<string, string | Uint8Array> {
  const builder = new SearchIndexBuilder(numbers, undefined, block);
  const files = new Map<string, string | Uint8Array>();
  for (const doc of documents) {
    const [path, json] = Array.isArray(doc) ? builder.addTokens(...doc) : builder.add(doc);
    files.set(path, json);
  }
  // A whole build names no file as kept: every one is here.
  for (const [path, data] of builder.files()) if (data !== null) files.set(path, data);
  return files;
}
