/**
 * An archive's topics (issue 13): from each article's entities (its record's, topics.ts
 * encodeEntities) to the topics an article shows, each topic's shelf of articles (paged as an
 * author's: shelves.ts), the topics most often named with each, and the index of them all. An
 * article is on the shelf of every topic it names; it shows the TOPICS_SHOWN most specific to it.
 */
import type { EntityKind } from "./entities.ts";
import { pagedShelf, type Shelf, type ShelfHead, shelfHead } from "./shelves.ts";
import { slugify } from "./slug.ts";
import { TOPICS_SHOWN, articleTopics, decodeEntities, mentionsOf, topicStats } from "./topics.ts";
import type { ArticleSummary } from "./types.ts";

/** A topic as a link: its name and the slug of its page. */
export type TopicLink = { name: string; slug: string };
export type TopicShelf = Shelf & TopicLink & { key: string; kind: EntityKind; related: TopicLink[] };

export type TopicIndex = {
  /** By slug, most used first (ties by key). */
  topics: Map<string, TopicShelf>;
  /** An article's topics, by the article's slug, most specific first (none for an unknown slug). */
  ofArticle(slug: string): readonly TopicShelf[];
};

/** Topics a topic's page names as "often named with it". */
export const RELATED_TOPICS = 8;
/** Topics the first page of the index shows as the most used. */
export const POPULAR_TOPICS = 20;
/** Topics a page of the A–Z index lists. */
export const TOPICS_PER_PAGE = 200;

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The topics of a corpus: `entitiesOf` says an article's entities (its record's encoded
 * string), by slug; `orderOf`, its place in the archive's list pages (shelves.ts pagedShelf).
 */
export function topicIndexOf(
  newestFirst: readonly ArticleSummary[],
  entitiesOf: (slug: string) => string | undefined,
  orderOf?: (slug: string) => number,
): TopicIndex {
  const perArticle = newestFirst.map((s) => mentionsOf(decodeEntities(entitiesOf(s.slug))));
  const stats = topicStats(perArticle);
  // Every topic an article names, most specific first: its shelves; the first TOPICS_SHOWN, the ones it shows.
  const named = perArticle.map((mentions) => articleTopics(mentions, stats, newestFirst.length, Number.POSITIVE_INFINITY).map((t) => t.key));

  const members = new Map<string, ArticleSummary[]>();
  named.forEach((keys, i) => {
    for (const key of keys) {
      let list = members.get(key);
      if (!list) members.set(key, (list = []));
      list.push(newestFirst[i]!);
    }
  });
  const shelves = new Map<string, TopicShelf>();
  const taken = new Set<string>();
  for (const key of [...members.keys()].sort((a, b) => members.get(b)!.length - members.get(a)!.length || byKey(a, b))) {
    const { kind, name } = stats.get(key)!;
    // Two names that differ only in their marks ("Hải Hà", "Hải Hạ") fold to one slug: the less used one is numbered.
    let slug = slugify(name);
    for (let n = 2; taken.has(slug); n++) slug = `${slugify(name)}-${n}`;
    taken.add(slug);
    shelves.set(key, { key, name, slug, kind, related: [], ...pagedShelf(members.get(key)!, orderOf) });
  }

  // The topics most often shown together with each.
  const together = new Map<string, Map<string, number>>();
  for (const keys of named) {
    for (const a of keys) {
      let counts = together.get(a);
      if (!counts) together.set(a, (counts = new Map()));
      for (const b of keys) if (b !== a) counts.set(b, (counts.get(b) ?? 0) + 1);
    }
  }
  for (const [key, counts] of together) {
    const shelf = shelves.get(key)!;
    shelf.related = [...counts]
      .sort((x, y) => y[1] - x[1] || shelves.get(y[0])!.newestFirst.length - shelves.get(x[0])!.newestFirst.length || byKey(x[0], y[0]))
      .slice(0, RELATED_TOPICS)
      .map(([k]) => link(shelves.get(k)!));
  }

  const ofArticle = new Map<string, TopicShelf[]>();
  named.forEach((keys, i) => {
    if (keys.length > 0) ofArticle.set(newestFirst[i]!.slug, keys.slice(0, TOPICS_SHOWN).map((k) => shelves.get(k)!));
  });
  return { topics: new Map([...shelves.values()].map((t) => [t.slug, t])), ofArticle: lookup(ofArticle) };
}

/**
 * A closure over the map alone: one made in topicIndexOf would keep its whole scope alive for
 * as long as the index — every name of the archive's stats and a second list of each shelf.
 */
const lookup =
  (ofArticle: ReadonlyMap<string, readonly TopicShelf[]>) =>
  (slug: string): readonly TopicShelf[] =>
    ofArticle.get(slug) ?? [];

export const link = ({ name, slug }: TopicLink): TopicLink => ({ name, slug });

/** What a topic's page reads: its shelf's head, its kind and the topics named with it. */
export type TopicHead = ShelfHead & TopicLink & { kind: EntityKind; related: TopicLink[] };

export function topicHead(topic: TopicShelf): TopicHead {
  return { name: topic.name, slug: topic.slug, kind: topic.kind, related: topic.related, ...shelfHead(topic) };
}

/** A topic in the index: `letter`, the heading it is filed under (its folded name's first letter). */
export type TopicEntry = TopicLink & { kind: EntityKind; count: number; letter: string };
export type TopicsPage = {
  /** On the first page: the most used topics. */
  popular: TopicEntry[];
  /** This page of all topics, A–Z by folded name. */
  topics: TopicEntry[];
  page: number;
  pageCount: number;
  count: number;
};

const entry = (t: TopicShelf): TopicEntry => ({ name: t.name, slug: t.slug, kind: t.kind, count: t.newestFirst.length, letter: t.key.charAt(0).toUpperCase() || "#" });

/** The topics A–Z by folded name, sorted once per index: a build asks for every page of it. */
const sorted = new WeakMap<TopicIndex, TopicShelf[]>();
function alphabetical(index: TopicIndex): TopicShelf[] {
  let all = sorted.get(index);
  if (!all) sorted.set(index, (all = [...index.topics.values()].sort((a, b) => byKey(a.key, b.key))));
  return all;
}

/** Page `page` (from 1) of the topics' index; null past the last (page 1 always exists). */
export function topicsPage(index: TopicIndex, page: number): TopicsPage | null {
  const count = index.topics.size;
  const pageCount = Math.max(1, Math.ceil(count / TOPICS_PER_PAGE));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return null;
  const popular = page === 1 ? [...index.topics.values()].slice(0, POPULAR_TOPICS).map(entry) : [];
  const topics = alphabetical(index)
    .slice((page - 1) * TOPICS_PER_PAGE, page * TOPICS_PER_PAGE)
    .map(entry);
  return { popular, topics, page, pageCount, count };
}
