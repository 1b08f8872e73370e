/**
 * Which entities an archive keeps as topics, and which of them an article shows (issue 13, item
 * 2): an entity is a topic when enough articles name it — a number that grows with the archive,
 * so that 100,000 articles do not make a page of every passer-by named once, while a handful of
 * dumps still show their own places and people — and an article's topics are ranked by how
 * specific they are to it (TF-IDF: named often here, rarely elsewhere), at most TOPICS_SHOWN.
 */
import type { EntityCount, EntityKind } from "./entities.ts";

/** The topics an article shows. */
export const TOPICS_SHOWN = 6;

/**
 * How many articles must name an entity for it to be a topic: 1 up to 50 articles, then the
 * base-2 logarithm of the archive in twenty-fives, less one (2 at 100, 5 at 1,000, 8 at 10,000, 11 at 100,000).
 */
export function topicThreshold(articles: number): number {
  return articles <= 50 ? 1 : Math.max(2, Math.ceil(Math.log2(articles / 25)) - 1);
}

/** An entity as the archive knows it: its kind, its name (as the first article to name it wrote it) and how many articles name it. */
export type TopicStats = { kind: EntityKind; name: string; articles: number };

/** Each entity's number of articles naming it, over the archive's articles' entities. */
export function topicStats(perArticle: Iterable<readonly EntityCount[]>): Map<string, TopicStats> {
  const stats = new Map<string, TopicStats>();
  for (const entities of perArticle) {
    for (const { key, kind, name } of entities) {
      const known = stats.get(key);
      if (known) known.articles++;
      else stats.set(key, { kind, name, articles: 1 });
    }
  }
  return stats;
}

/** An article's topic: its key, and its weight for this article (TF-IDF). */
export type ArticleTopic = { key: string; weight: number };

/**
 * An article's topics, most specific first: its entities that are topics of the archive, weighed
 * by (1 + log of its mentions) × log(articles / articles naming it); ties by name's key.
 */
export function articleTopics(entities: readonly EntityCount[], stats: ReadonlyMap<string, TopicStats>, articles: number, shown = TOPICS_SHOWN): ArticleTopic[] {
  const threshold = topicThreshold(articles);
  const topics: ArticleTopic[] = [];
  for (const { key, count } of entities) {
    const known = stats.get(key);
    if (!known || known.articles < threshold) continue;
    topics.push({ key, weight: (1 + Math.log(count)) * Math.log((articles + 1) / known.articles) });
  }
  return topics.sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).slice(0, shown);
}
