/**
 * Search finds topics by name, above the articles (issue 13): the topics are split into small
 * files by the first two letters of each word of their folded name ("Quảng Thành" is in "qu" and
 * in "th"), so a query reads the one file of its first word's letters, whatever the archive's
 * size, and keeps the topics every word of the query begins a word of. Pure: the build writes the
 * files, the search page reads one.
 */
import { fold } from "./fold.ts";
import type { TopicIndex } from "./topic-index.ts";
import { KIND_CODES } from "./topics.ts";

/** A topic in a name file: [name, slug, articles, kind's code]: short, as a search reads a whole file. */
export type TopicName = [name: string, slug: string, articles: number, kind: string];

/** The folded words of a name or a query: "Hải Hà, Quảng Ninh" → ["hai", "ha", "quang", "ninh"]. */
const wordsOf = (text: string): string[] => fold(text).match(/[a-z0-9]+/g) ?? [];

/** The file a word is in: its first two letters; none for a word of one. */
export const namePrefix = (word: string): string | null => (word.length >= 2 ? word.slice(0, 2) : null);

const shardsOf = new WeakMap<TopicIndex, Map<string, TopicName[]>>();

/** Every name file, by prefix, each most used first: what a build writes (data-paths.ts topicNames). */
export function topicNameShards(index: TopicIndex): Map<string, TopicName[]> {
  let shards = shardsOf.get(index);
  if (shards) return shards;
  shards = new Map();
  // index.topics is most used first: each file keeps that order.
  for (const topic of index.topics.values()) {
    const entry: TopicName = [topic.name, topic.slug, topic.newestFirst.length, KIND_CODES[topic.kind]];
    for (const prefix of new Set(wordsOf(topic.name).map(namePrefix))) {
      if (prefix === null) continue;
      let shard = shards.get(prefix);
      if (!shard) shards.set(prefix, (shard = []));
      shard.push(entry);
    }
  }
  shardsOf.set(index, shards);
  return shards;
}

/** The prefixes that have a name file, sorted: what data/topic-names/index.json lists. */
export function topicPrefixes(index: TopicIndex): string[] {
  return [...topicNameShards(index).keys()].sort();
}

/** The name file a query reads (its first word's), or null for a query without a word of two letters. */
export function queryPrefix(query: string): string | null {
  const first = wordsOf(query)[0];
  return first === undefined ? null : namePrefix(first);
}

/** Topics of a name file that match a query: every word of it begins a word of the name, in any order. At most `limit`. */
export function matchTopics(shard: readonly TopicName[], query: string, limit = 5): TopicName[] {
  const wanted = wordsOf(query);
  if (wanted.length === 0) return [];
  const out: TopicName[] = [];
  for (const entry of shard) {
    const words = wordsOf(entry[0]);
    if (wanted.every((w) => words.some((word) => word.startsWith(w)))) out.push(entry);
    if (out.length === limit) break;
  }
  return out;
}
