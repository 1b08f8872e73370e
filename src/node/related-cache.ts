/**
 * Related lists on disk: ranking 10,000 articles takes seconds, and a dev start or a rebuild
 * with unchanged text would repeat it for the same answer. Keyed by everything ranking reads
 * (each article's id, title, text and date), so any change to those recomputes.
 */
import { createHash } from "node:crypto";
import type { RelatedRanker } from "../content/corpus.ts";
import { rankRelated, type RelatedInput } from "../content/related.ts";
import type { DiskCache } from "./disk-cache.ts";

type Stored = { key: string; lists: Record<string, string[]> };

export function rankingKey(docs: readonly RelatedInput[]): string {
  const hash = createHash("sha1");
  for (const d of docs) hash.update(`${d.id}\0${d.title}\0${d.publishedAt ?? ""}\0${d.text}\0\0`);
  return hash.digest("hex");
}

/**
 * A ranker that answers from the stored lists when the corpus is the one they were made for;
 * otherwise it ranks the whole corpus at the first question (one pass costs little more than
 * one article, since building the index dominates) and stores the lists for next time.
 */
export function cachedRanker(disk: DiskCache, name: string): RelatedRanker {
  return (docs) => {
    const key = rankingKey(docs);
    const stored = disk.read<Stored>(name);
    if (stored?.key === key) {
      // A Map, not the object: an article may be called "__proto__".
      const known = new Map(Object.entries(stored.lists));
      return (id) => known.get(id) ?? [];
    }
    let lists: Map<string, string[]> | undefined;
    return (id) => {
      if (!lists) {
        lists = rankRelated(docs);
        disk.write(name, { key, lists: Object.fromEntries(lists) } satisfies Stored);
      }
      return lists.get(id) ?? [];
    };
  };
}
