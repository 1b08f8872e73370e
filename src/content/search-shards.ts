/**
 * The sharded search index's format: what the build writes under the search folder and the
 * browser fetches, a few small files per query instead of one index of the whole corpus (at
 * 100,000 articles that one file was 84 MB, 20 MB gzip). docs/search.md has the numbers.
 *
 *   meta.json        {version, count, shards, block}: the document numbers' bound (documents keep
 *                    their number from build to build; a removed one leaves a gap), which
 *                    dictionary shards exist (a word starting otherwise is in none), and how many
 *                    document numbers one member block spans
 *   d/<key>.json     the dictionary of the folded words starting with <key> (their first two
 *                    letters): per word its file name, its document count, how many of those have
 *                    it in the title and in the lead, its spellings with marks (most used first),
 *                    and which member blocks hold any of its documents
 *   t/<w>.bin        word w's documents with it in the title: what a query fetches first, and all
 *                    a two-letter prefix being typed needs
 *   l/<w>.bin        word w's documents with it in the lead: fetched next, when titles alone do not
 *                    settle the first results
 *   m/<w>.<b>.bin    word w's documents (any field) numbered b·block to (b+1)·block − 1: fetched
 *                    last, newest block first, and only as far as the results shown and the count
 *                    need (an AND of three words each in a third of 100,000 articles would fetch
 *                    ~40 kB of such bits to count exactly; its first results need none of them)
 *   v/<w>.<k>.bin    k = 0: the documents lacking its most used spelling; k > 0: those having its
 *                    k-th other spelling. Only a query that writes the word with marks fetches one,
 *                    the one of its spelling (a word's other spellings may be as common as the
 *                    first — "mỗi" beside "mới" — and are no part of any other query)
 *   s/<doc>.json     one document as a result shows it: slug, title, dateline, date, excerpt
 *
 * A set of document numbers is written either as a list of gaps (varints) or, when that would be
 * larger, as a bitmap of `count` bits: a word in a third of all articles costs count/8 bytes.
 */

export const SEARCH_FORMAT_VERSION = 4;

/**
 * Document numbers per member block: the sets a query fetches last come in pieces of this many
 * documents, so the newest piece alone can estimate a count (a sixth of the bits at 100,000), and
 * a rebuild that adds the newest articles rewrites the newest piece of a common word, not all.
 */
export const MEMBER_BLOCK = 16_384;

export type SearchMeta = { version: number; count: number; shards: string[]; block: number };

/**
 * A dictionary entry: [word, file, documents, in titles, in leads, spellings, blocks]; `file`
 * names the word's set files (the word itself in ASCII, so a word's files keep their names from
 * build to build and change only with its documents). The first spelling is the most used;
 * `v/<file>.0.bin` (only when there are others) holds the documents that LACK it, `v/<file>.<k>.bin`
 * those that have its k-th other spelling. `blocks`: the member blocks (m/<file>.<b>.bin) that exist, ascending.
 */
export type DictionaryEntry = [word: string, file: string, documents: number, titles: number, leads: number, spellings: string[], blocks: number[]];

/** A result's stored fields: slug, title, dateline (only when there is no date), publishedAt, hasTime (1/0), excerpt. */
export type StoredDocument = [slug: string, title: string, dateline: string | null, publishedAt: string | null, hasTime: 0 | 1, excerpt: string | null];

/** The dictionary shard a folded word belongs to: its first two characters (code points). */
export function shardKey(word: string): string {
  return [...word].slice(0, 2).join("");
}

/**
 * A word or a dictionary key as a file name: ASCII letters and digits as they are, any other
 * character as its code point in hex between "_", so no host or URL encoding can disagree about the
 * name; a name past 80 characters (a word no one types) is its length and a hash instead.
 */
export function fileName(key: string): string {
  // "_<hex>_": closed, so no two words share a name ("ŉ0" and "ᒐ" would, as "_1490").
  const name = [...key].map((c) => (/^[a-z0-9]$/.test(c) ? c : `_${c.codePointAt(0)!.toString(16)}_`)).join("");
  if (name.length <= 80) return name;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return `~${key.length}-${(h >>> 0).toString(36)}`;
}

/** File names inside the search folder. */
export const searchPaths = {
  meta: "meta.json",
  dictionary: (key: string) => `d/${fileName(key)}.json`,
  members: (file: string, block: number) => `m/${file}.${block}.bin`,
  spellings: (file: string, spelling: number) => `v/${file}.${spelling}.bin`,
  titles: (file: string) => `t/${file}.bin`,
  leads: (file: string) => `l/${file}.bin`,
  document: (doc: number) => `s/${doc}.json`,
};

/** Growable bytes, for writing. */
export class ByteWriter {
  private bytes = new Uint8Array(256);
  length = 0;
  private room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    bigger.set(this.bytes.subarray(0, this.length));
    this.bytes = bigger;
  }
  byte(b: number): void {
    this.room(1);
    this.bytes[this.length++] = b;
  }
  varint(n: number): void {
    while (n >= 0x80) {
      this.byte((n & 0x7f) | 0x80);
      n = Math.floor(n / 128);
    }
    this.byte(n);
  }
  raw(data: Uint8Array): void {
    this.room(data.length);
    this.bytes.set(data, this.length);
    this.length += data.length;
  }
  done(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

const LIST = 0;
const BITMAP = 1;

/** Bytes a varint of n takes. */
const varintSize = (n: number) => (n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : 4);

/** About the bytes writeSet takes for n documents spread evenly over `range` numbers (what a query plans with). */
export function setBytesAbout(n: number, range: number): number {
  if (n === 0) return 2;
  return 1 + Math.min(varintSize(n) + n * varintSize(Math.ceil(range / n)), Math.ceil(range / 8));
}

/** Writes ascending document numbers as gaps or as a bitmap of `count` bits, whichever is smaller. */
export function writeSet(out: ByteWriter, docs: ArrayLike<number>, count: number): void {
  let listBytes = varintSize(docs.length);
  for (let i = 0, previous = 0; i < docs.length; i++) {
    listBytes += varintSize(docs[i]! - previous);
    previous = docs[i]!;
  }
  const bitmapBytes = Math.ceil(count / 8);
  if (listBytes <= bitmapBytes) {
    out.byte(LIST);
    out.varint(docs.length);
    for (let i = 0, previous = 0; i < docs.length; i++) {
      out.varint(docs[i]! - previous);
      previous = docs[i]!;
    }
  } else {
    out.byte(BITMAP);
    const bits = new Uint8Array(bitmapBytes);
    for (let i = 0; i < docs.length; i++) bits[docs[i]! >> 3]! |= 1 << (docs[i]! & 7);
    out.raw(bits);
  }
}

/** Reads what writeSet wrote. */
export class ByteReader {
  at = 0;
  constructor(private readonly bytes: Uint8Array) {}
  get done(): boolean {
    return this.at >= this.bytes.length;
  }
  varint(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      const b = this.bytes[this.at++];
      if (b === undefined) throw new Error("search index: a number runs past the end of its file");
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 128;
    }
  }
  /** A set as its document numbers, ascending (a build updating the index reads its last files so). */
  list(count: number): number[] {
    if (this.bytes[this.at] !== LIST) {
      const bits = this.set(count);
      const docs: number[] = [];
      for (let byte = 0; byte < bits.length; byte++) {
        const b = bits[byte]!;
        if (b !== 0) for (let bit = 0; bit < 8; bit++) if (b & (1 << bit)) docs.push(byte * 8 + bit);
      }
      return docs;
    }
    this.at++;
    const n = this.varint();
    const docs = new Array<number>(n);
    for (let i = 0, doc = 0; i < n; i++) docs[i] = doc += this.varint();
    if (n > 0 && docs[n - 1]! >= count) throw new Error("search index: a document number past the corpus");
    return docs;
  }
  /** A set as a bitmap of `count` bits (1 = the document is in it). */
  set(count: number): Uint8Array {
    const kind = this.bytes[this.at++];
    const bits = noDocuments(count);
    if (kind === BITMAP) {
      bits.set(this.bytes.subarray(this.at, this.at + bits.length));
      this.at += bits.length;
    } else if (kind === LIST) {
      const n = this.varint();
      for (let i = 0, doc = 0; i < n; i++) {
        doc += this.varint();
        if (doc >= count) throw new Error("search index: a document number past the corpus");
        bits[doc >> 3]! |= 1 << (doc & 7);
      }
    } else throw new Error(`search index: unknown set kind ${String(kind)}`);
    return bits;
  }
}

/** The empty set of a corpus numbered below `count`, as a bitmap. */
export const noDocuments = (count: number): Uint8Array => new Uint8Array(Math.ceil(count / 8));

/** Is document `doc` in the bitmap? */
export const has = (bits: Uint8Array, doc: number): boolean => (bits[doc >> 3]! & (1 << (doc & 7))) !== 0;
