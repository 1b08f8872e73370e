/**
 * The search index as the build writes it and the browser reads it (search.ts holds what a
 * document is, the folding and the queries). A compact JSON of our own — documents as rows, each
 * word's postings per field as "delta[:frequency],…" in base 36 — turned into minisearch's own
 * serialised form on load, so the numbers are exactly minisearch's.
 */
import MiniSearch, { type AsPlainObject } from "minisearch";
import { FIELDS, SEARCH_INDEX_VERSION, searchOptions, searchTerms, type SearchData, type SearchDocument, type SearchIndex } from "./search.ts";

/** An Int32Array that grows by doubling: the index is built in typed arrays, off the JS heap. */
class IntList {
  data = new Int32Array(1 << 12);
  length = 0;
  push(a: number, b: number): void {
    if (this.length + 2 > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = a;
    this.data[this.length++] = b;
  }
}

/**
 * Build: the index over every document, serialised. Computed directly rather than through
 * `new MiniSearch().addAll()` and toJSON(), which at 10,000 articles held the whole index as
 * maps and then again as objects, adding 280 MB to the build's peak memory: here each
 * document's words are counted into one typed array (word number, count), then regrouped by
 * word. The numbers are minisearch's own (MiniSearch#add in 7.2.0): a field's length is its
 * count of distinct words, its average is updated document by document in the same order, a
 * posting's frequency is the word's count in that field — tests/content/search.test.ts checks
 * every score against an index minisearch built itself.
 */
export function buildSearchData(documents: Iterable<SearchDocument>): SearchData {
  const wordIds = new Map<string, number>();
  const words: string[] = [];
  /** Per document and field in turn: (word number, count) pairs; `ends` marks where each field's pairs end. */
  const pairs = new IntList();
  const ends = new IntList();
  const averages = [0, 0, 0];
  const out: SearchData["documents"] = [];
  const slugs = new Set<string>();
  for (const doc of documents) {
    if (slugs.has(doc.slug)) throw new Error(`two search documents have the slug ${doc.slug}`);
    slugs.add(doc.slug);
    const id = out.length;
    const lengths = FIELDS.map((field, f) => {
      const counts = new Map<string, number>();
      for (const word of searchTerms(doc[field])) counts.set(word, (counts.get(word) ?? 0) + 1);
      averages[f] = (averages[f]! * id + counts.size) / (id + 1);
      for (const [word, count] of counts) {
        let w = wordIds.get(word);
        if (w === undefined) wordIds.set(word, (w = words.push(word) - 1));
        pairs.push(w, count);
      }
      ends.push(pairs.length, 0);
      return counts.size;
    });
    // The page shows the dateline as written only when it gave no date.
    const dateline = doc.publishedAt === null ? doc.dateline : null;
    out.push([doc.slug, doc.title, dateline, doc.publishedAt, doc.hasTime ? 1 : 0, doc.excerpt, lengths[0]!, lengths[1]!, lengths[2]!]);
  }
  // Regroup by (word, field), documents in order: count, place, then encode each run.
  const slots = words.length * FIELDS.length;
  const starts = new Int32Array(slots + 1);
  const forEachPair = (visit: (slot: number, doc: number, count: number) => void) => {
    let at = 0;
    for (let k = 0; k < ends.length; k += 2) {
      const doc = Math.floor(k / 2 / FIELDS.length);
      const field = (k / 2) % FIELDS.length;
      for (const end = ends.data[k]!; at < end; at += 2) visit(pairs.data[at]! * FIELDS.length + field, doc, pairs.data[at + 1]!);
    }
  };
  forEachPair((slot) => starts[slot + 1]!++);
  for (let i = 0; i < slots; i++) starts[i + 1]! += starts[i]!;
  const next = starts.slice(0, slots);
  const postingDocs = new Int32Array(starts[slots]!);
  const postingCounts = new Int32Array(starts[slots]!);
  forEachPair((slot, doc, count) => {
    const at = next[slot]!++;
    postingDocs[at] = doc;
    postingCounts[at] = count;
  });
  const encode = (slot: number) => encodePostings(postingDocs, postingCounts, starts[slot]!, starts[slot + 1]!);
  const terms = words.map((word, w): SearchData["terms"][number] => [word, encode(w * 3), encode(w * 3 + 1), encode(w * 3 + 2)]);
  return { version: SEARCH_INDEX_VERSION, averages, documents: out, terms };
}

/** Documents (in order) and frequencies from..to → "delta[:frequency],…" in base 36. */
function encodePostings(docs: Int32Array, counts: Int32Array, from: number, to: number): string {
  let previous = 0;
  // Joined, not concatenated: a string built with += stays a tree of its pieces (V8 ropes).
  const parts: string[] = [];
  for (let i = from; i < to; i++) {
    const frequency = counts[i]!;
    parts.push((docs[i]! - previous).toString(36) + (frequency === 1 ? "" : ":" + frequency.toString(36)));
    previous = docs[i]!;
  }
  return parts.join(",");
}

const COMMA = 44;
const COLON = 58;

/** The inverse of encodePostings, one character at a time: no split, no parseInt. */
function decodePostings(text: string): Record<number, number> {
  const out: Record<number, number> = {};
  let id = 0;
  let number = 0;
  let isFrequency = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : COMMA;
    if (c === COMMA) {
      if (isFrequency) out[id] = number;
      else out[(id += number)] = 1;
      number = 0;
      isFrequency = false;
    } else if (c === COLON) {
      id += number;
      number = 0;
      isFrequency = true;
    } else number = number * 36 + (c <= 57 ? c - 48 : c - 87);
  }
  return out;
}

/** Browser: the serialised index, ready to query. */
export function loadSearchIndex(data: SearchData): SearchIndex {
  if (data.version !== SEARCH_INDEX_VERSION) throw new Error(`search index version ${data.version}, expected ${SEARCH_INDEX_VERSION}`);
  const documentIds: Record<number, string> = {};
  const fieldLength: Record<number, number[]> = {};
  const storedFields: Record<number, Record<string, unknown>> = {};
  data.documents.forEach(([slug, title, dateline, publishedAt, hasTime, excerpt, ...lengths], id) => {
    documentIds[id] = slug;
    fieldLength[id] = lengths;
    storedFields[id] = { title, dateline, publishedAt, hasTime: hasTime === 1, excerpt };
  });
  const index: AsPlainObject["index"] = data.terms.map(([term, ...postings]) => {
    const fields: Record<string, Record<number, number>> = {};
    postings.forEach((text, field) => {
      if (text !== "") fields[field] = decodePostings(text);
    });
    return [term, fields];
  });
  return MiniSearch.loadJS<SearchDocument>(
    {
      documentCount: data.documents.length,
      nextId: data.documents.length,
      documentIds,
      fieldIds: Object.fromEntries(FIELDS.map((field, i) => [field, i])),
      fieldLength,
      averageFieldLength: data.averages,
      storedFields,
      dirtCount: 0,
      index,
      serializationVersion: 2,
    },
    searchOptions,
  );
}
