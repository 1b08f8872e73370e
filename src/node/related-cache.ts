/**
 * Related lists on disk: ranking 10,000 articles takes seconds, and a dev start or a rebuild
 * with unchanged text would repeat it for the same answer. Keyed by everything ranking reads
 * (each article's id, title, text and date), so any change to those recomputes.
 */
import { createHash } from "node:crypto";
import type { RelatedRanker } from "../content/corpus.ts";
import { rankRelated, type Documents } from "../content/related.ts";
import type { DiskCache } from "./disk-cache.ts";

type Stored = { key: string; lists: Record<string, string[]> };

/** A key of everything ranking reads, from the documents themselves (when the caller has none cheaper). */
export function rankingKey(documents: Documents): string {
  const hash = createHash("sha1");
  documents((d) => {
    hash.update(`${d.id}\0${d.publishedAt ?? ""}\0`);
    if ("terms" in d) hash.update(new Uint8Array(d.terms.buffer, d.terms.byteOffset, d.terms.byteLength));
    else hash.update(`${d.title}\0${d.text}`);
    hash.update("\0\0");
  });
  return hash.digest("hex");
}

/**
 * A ranker that answers from the stored lists when the corpus is the one they were made for;
 * otherwise it ranks the whole corpus at the first question (one pass costs little more than
 * one article, since building the index dominates) and stores the lists for next time.
 */
export function cachedRanker(disk: DiskCache, name: string): RelatedRanker {
  return ({ documents, key: given }) => {
    const key = given ?? rankingKey(documents);
    const stored = disk.read<Stored>(name);
    if (stored?.key === key) {
      // A Map, not the object: an article may be called "__proto__".
      const known = new Map(Object.entries(stored.lists));
      return (id) => known.get(id) ?? [];
    }
    let lists: Map<string, string[]> | undefined;
    return (id) => {
      if (!lists) {
        lists = rankRelated(documents);
        disk.write(name, { key, lists: Object.fromEntries(lists) } satisfies Stored);
      }
      return lists.get(id) ?? [];
    };
  };
}
