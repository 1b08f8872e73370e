/**
 * Which entities an archive keeps as topics, and which of them an article shows (issue 13, item
 * 2): an entity is a topic when enough articles name it — a number that grows with the archive,
 * so that 100,000 articles do not make a page of every passer-by named once, while a handful of
 * dumps still show their own places and people — and an article's topics are ranked by how
 * specific they are to it (TF-IDF: named often here, rarely elsewhere), at most TOPICS_SHOWN.
 *
 * A topic is a name, folded (fold.ts): "TP Hạ Long" and "Hạ Long", a place and the same words
 * as a "Từ khóa:" tag, "Hoà Bình" and "Hòa Bình" are one topic. Its kind is the first kind an
 * article gave it other than a tag's (a tag says nothing of what the name is).
 */
import type { EntityCount, EntityKind } from "./entities.ts";
import { fold, searchKeys } from "./fold.ts";
import { remembered } from "./remembered.ts";

/** The topics an article shows. */
export const TOPICS_SHOWN = 6;

/**
 * How many articles must name an entity for it to be a topic: 1 up to 50 articles, then the
 * base-2 logarithm of the archive in twenty-fives, less one (2 at 100, 5 at 1,000, 8 at 10,000, 11 at 100,000).
 */
export function topicThreshold(articles: number): number {
  return articles <= 50 ? 1 : Math.max(2, Math.ceil(Math.log2(articles / 25)) - 1);
}

/** A topic's key: its name folded, whatever its kind. */
export const topicKey = (name: string): string => fold(name);

/** An entity as a record keeps it: `headline`, its headline names it too. */
export type NamedEntity = Pick<EntityCount, "kind" | "name" | "count"> & { headline?: true };

/** An entity an article names, as a topic: its key, kind, name as written, its mentions, and whether its headline names it. */
export type Mention = { key: string; kind: EntityKind; name: string; count: number; headline?: true };

/**
 * Whether a headline names a name, compared folded word by word ("Quảng Thành mở rộng đường…"
 * names Quảng Thành). The text finds the entity, by what stands before it; the headline, where a
 * name often opens the sentence with nothing before it, only says which the story is about.
 */
export function namedInHeadline(headline: string): (name: string) => boolean {
  // Word by word, each word's fold remembered: folding the whole headline anew was most of the cost.
  const words = ` ${(headline.match(/[\p{L}\p{N}]+/gu) ?? []).map(nameWords).join(" ")} `;
  return (name) => {
    const keys = nameWords(name);
    return keys !== "" && words.includes(` ${keys} `);
  };
}

/**
 * A name's (or a word's) folded words, joined by spaces, remembered: folding each anew took entity
 * finding's share of the parse from 15 % to 19 %.
 */
const nameWords = remembered((name: string) => searchKeys(name).join(" "));

/** An article's entities merged by topic key (a place and a tag of the same name are one, their mentions added). */
export function mentionsOf(entities: readonly NamedEntity[]): Mention[] {
  const byKey = new Map<string, Mention>();
  for (const { kind, name, count, headline } of entities) {
    const key = topicKey(name);
    const known = byKey.get(key);
    if (!known) byKey.set(key, headline ? { key, kind, name, count, headline } : { key, kind, name, count });
    else {
      known.count += count;
      if (headline) known.headline = true;
      if (known.kind === "tag" && kind !== "tag") Object.assign(known, { kind, name });
    }
  }
  return [...byKey.values()];
}

/** An entity as the archive knows it: its kind, its name (as the first article to name it wrote it) and how many articles name it. */
export type TopicStats = { kind: EntityKind; name: string; articles: number };

/** Each topic key's number of articles naming it, over the archive's articles' mentions (mentionsOf), newest article first. */
export function topicStats(perArticle: Iterable<readonly Mention[]>): Map<string, TopicStats> {
  const stats = new Map<string, TopicStats>();
  for (const mentions of perArticle) {
    for (const { key, kind, name } of mentions) {
      const known = stats.get(key);
      if (!known) stats.set(key, { kind, name, articles: 1 });
      else {
        known.articles++;
        if (known.kind === "tag" && kind !== "tag") Object.assign(known, { kind, name });
      }
    }
  }
  return stats;
}

/** An article's topic: its key, its weight for this article (TF-IDF), and whether its headline names it. */
export type ArticleTopic = { key: string; weight: number; headline: boolean };

/**
 * An article's topics: first those its headline names, then the rest, each most specific first —
 * its mentions that are topics of the archive, weighed by (1 + log of its mentions) × log((articles
 * + 1) / articles naming it); ties by key. A story headlined "… ở Hải Hà" shows Hải Hà, however
 * many other stories of the archive name it.
 */
export function articleTopics(mentions: readonly Mention[], stats: ReadonlyMap<string, TopicStats>, articles: number, shown = TOPICS_SHOWN): ArticleTopic[] {
  const threshold = topicThreshold(articles);
  const topics: ArticleTopic[] = [];
  for (const mention of mentions) {
    const { key, count } = mention;
    const known = stats.get(key);
    if (!known || known.articles < threshold) continue;
    topics.push({ key, weight: (1 + Math.log(count)) * Math.log((articles + 1) / known.articles), headline: mention.headline === true });
  }
  return topics.sort((a, b) => Number(b.headline) - Number(a.headline) || b.weight - a.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).slice(0, shown);
}

/** A kind as one letter, in a record's entities and in search's topic names (topic-search.ts). */
export const KIND_CODES: Record<EntityKind, string> = { place: "p", person: "n", org: "o", tag: "t" };
const KINDS_BY_CODE = new Map(Object.entries(KIND_CODES).map(([kind, code]) => [code, kind as EntityKind]));
/** The kind a letter of KIND_CODES stands for (a tag's for an unknown one). */
export const kindOfCode = (code: string): EntityKind => KINDS_BY_CODE.get(code) ?? "tag";

/**
 * An article's entities as its record keeps them, one string ("P3 Hải Hà\nn1 Trần Văn Trí"; the
 * kind's letter in capitals: its headline names it): a corpus of 100,000 holds one string an
 * article, not an object an entity.
 */
export function encodeEntities(entities: readonly NamedEntity[]): string {
  return entities
    .map(({ kind, name, count, headline }) => `${headline ? KIND_CODES[kind].toUpperCase() : KIND_CODES[kind]}${count} ${name.replace(/\s+/g, " ")}`)
    .join("\n");
}

/** What encodeEntities wrote, read back; a line of another shape is skipped. */
export function decodeEntities(encoded: string | undefined): NamedEntity[] {
  if (!encoded) return [];
  const out: NamedEntity[] = [];
  for (const line of encoded.split("\n")) {
    const m = /^([a-zA-Z])(\d+) (.+)$/.exec(line);
    const code = m?.[1];
    const kind = code ? KINDS_BY_CODE.get(code.toLowerCase()) : undefined;
    if (!m || !kind) continue;
    const entity: NamedEntity = { kind, name: m[3]!, count: Number(m[2]) };
    if (code !== code!.toLowerCase()) entity.headline = true;
    out.push(entity);
  }
  return out;
}
