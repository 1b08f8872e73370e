/**
 * From parsed files to a corpus: unique slugs, reading order by date, related ranking,
 * previous/next, list summaries, and the files that could not be read.
 */
import type { Article, ArticleBody, ArticlePage, ArticleRecord, ArticleSummary, BrokenFile, ParseResult, RecordResult } from "./types.ts";
import { assignSlugs, slugify } from "./slug.ts";
import { RelatedIndex } from "./related.ts";
import type { Documents, RankedDocument } from "./related-vectors.ts";
import type { TermCounts } from "./related-terms.ts";
import type { RankingArticle } from "./related-update.ts";
import { assignSlots, brief, listingOf, type Listing } from "./listing.ts";
import { recurringKeys } from "./boilerplate.ts";
import { articleOf, bodyOf, recordOf, relatedInputOf } from "./records.ts";
import { searchDocument } from "./search.ts";
import { searchTokens } from "./search-build.ts";
import { listingOrder } from "./shelves.ts";
import { link, topicIndexOf, type TopicIndex, type TopicLink } from "./topic-index.ts";

export { EXCERPT_MAX, bodyText, relatedInputOf } from "./records.ts";

export function hasError(result: ParseResult | RecordResult): boolean {
  return result.article === null || result.problems.some((p) => p.severity === "error");
}

function instant(a: { publishedAt: string | null }): number | null {
  if (!a.publishedAt) return null;
  const t = Date.parse(a.publishedAt);
  return Number.isNaN(t) ? null : t;
}

/** Oldest first, undated after dated, ties by id: the order "previous" and "next" walk. */
export function compareChronological(a: Pick<Article, "id" | "publishedAt">, b: Pick<Article, "id" | "publishedAt">): number {
  return compareInstants(instant(a), instant(b), a.id, b.id);
}

function compareInstants(ta: number | null, tb: number | null, a: string, b: string): number {
  if (ta !== null && tb !== null && ta !== tb) return ta - tb;
  if (ta === null && tb !== null) return 1;
  if (ta !== null && tb === null) return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function summarize(article: Article | ArticleRecord): ArticleSummary {
  const record = "body" in article ? recordOf(article) : article;
  return {
    id: record.id,
    slug: record.slug,
    title: record.title,
    dateline: record.dateline,
    publishedAt: record.publishedAt,
    hasTime: record.hasTime ?? false,
    excerpt: record.excerpt,
    readingMinutes: record.readingMinutes,
  };
}

/**
 * Where a corpus of records finds what it does not hold, by the dump's file: an article's body
 * (for its page and data file), its term counts (for ranking) and its search words (for the index). A store on disk
 * (src/node/seed-store.ts) reads them back from the parse cache.
 */
export type ArticleStore = {
  body(file: string): ArticleBody;
  terms(file: string): TermCounts;
  searchTokens(file: string): string;
  /** What a dump's article is made of, as a key (its bytes' hash): a rebuild keeps what it ranked of an unchanged one. */
  dumpKey?(file: string): string | null;
};

/**
 * What ranking is given: how many documents, each of them once per call (ranking reads them
 * twice), and, when the caller knows one, a key that changes whenever anything ranking reads does.
 * From a store that keys its dumps, also each article's key and its terms by id: what lets a
 * ranker keep the last build's lists of what did not change (related-update.ts).
 */
export type RankingInput = {
  count: number;
  documents: Documents;
  key?: string;
  articles?: readonly RankingArticle[];
  termsOf?: (id: string) => TermCounts;
  /** With `articles`: each one's dump (as the store names it), for a ranker that reads them elsewhere. */
  files?: readonly string[];
};

/**
 * Ranks related articles for a corpus: given its documents, a function answering one article's
 * related ids. The default builds a RelatedIndex on the first question, so a corpus whose pages
 * are never asked for (a dev server showing home) never pays for ranking.
 */
export type RelatedRanker = (input: RankingInput) => (id: string) => string[];

export const rankOnDemand: RelatedRanker = ({ documents }) => {
  let index: RelatedIndex | undefined;
  return (id) => (index ??= new RelatedIndex(documents)).relatedTo(id);
};

/** An article's place in the corpus, without its body: corpus.page() adds it back. */
export type CorpusEntry = {
  file: string;
  record: ArticleRecord;
  previous: ArticleSummary | null;
  next: ArticleSummary | null;
  /** Computed the first time it is read (then kept); reading it is all it takes. */
  readonly related: ArticleSummary[];
};

export type Corpus = {
  /** Newest first; undated articles last, by id. */
  summaries: ArticleSummary[];
  /** Every article's place, by slug: the one key pages, links and files share. */
  entries: Map<string, CorpusEntry>;
  /** An article's page (its body read back from the store when the corpus does not hold it); null for an unknown slug. */
  page(slug: string): ArticlePage | null;
  /** An article's words for the search index (search-build.ts searchTokens), from the store when the corpus does not hold it. */
  searchTokens(slug: string): string;
  /** The list pages (listing.ts). */
  listing: Listing;
  /** The topics its articles name (topic-index.ts). */
  topics: TopicIndex;
  /** An article's topics, and its related list saying which topics each shares with it: what its page shows of them. */
  aboutOf(slug: string): ArticleAbout;
  /** Lines found in many dumps (an outlet's boilerplate, boilerplate.ts): how many, and how many articles they leave. */
  boilerplate: { lines: number; articles: number };
  broken: BrokenFile[];
};

/** An entry whose related list is ranked when first read: a getter on the class, not one defined per entry. */
class Entry implements CorpusEntry {
  private list: ArticleSummary[] | undefined;
  constructor(
    readonly file: string,
    readonly record: ArticleRecord,
    readonly previous: ArticleSummary | null,
    readonly next: ArticleSummary | null,
    private readonly rank: () => ArticleSummary[],
  ) {}
  get related(): ArticleSummary[] {
    return (this.list ??= this.rank());
  }
}

const isFull = (article: Article | ArticleRecord): article is Article => "body" in article;

/** Each article's key and terms from a store that keys its dumps, when it holds every article (none held in memory). */
function keyedArticles(
  good: ReadonlyArray<{ file: string; record: ArticleRecord }>,
  held: ReadonlyMap<string, Article>,
  store: ArticleStore | undefined,
): Pick<RankingInput, "articles" | "termsOf" | "files"> {
  if (!store?.dumpKey || held.size > 0) return {};
  const articles: RankingArticle[] = [];
  for (const { file, record } of good) {
    const key = store.dumpKey(file);
    if (key === null) return {};
    articles.push({ id: record.id, publishedAt: record.publishedAt, key });
  }
  const fileOf = new Map(good.map(({ file, record }) => [record.id, file]));
  return { articles, termsOf: (id) => store.terms(fileOf.get(id)!), files: good.map(({ file }) => file) };
}

/** Each record whose lines recur in many dumps names them (a copy: most records are untouched). */
function markBoilerplate(good: Array<{ record: ArticleRecord }>): Corpus["boilerplate"] {
  const recurring = recurringKeys(good.map((g) => g.record.lineKeys), good.length);
  let articles = 0;
  if (recurring.size > 0) {
    for (const g of good) {
      const keys = g.record.lineKeys?.filter((k) => recurring.has(k));
      if (!keys?.length) continue;
      g.record = { ...g.record, boilerplate: keys };
      articles++;
    }
  }
  return { lines: recurring.size, articles };
}

/**
 * From parsed dumps to a corpus. `results` may hold whole articles (a small corpus, tests: their
 * bodies are kept in memory) or records whose bodies `store` gives back when a page asks, so a
 * corpus of 100,000 holds no body. `slots`: each article's place in the list pages from the last
 * build, kept by the caller (and updated here); without it the pages are exactly chronological.
 * `rankingKey` is passed on to the ranker (RankingInput).
 */
export function buildCorpus(
  results: ReadonlyArray<ParseResult | RecordResult>,
  options: { ranker?: RelatedRanker; slots?: Map<string, number>; store?: ArticleStore; rankingKey?: string } = {},
): Corpus {
  const held = new Map<string, Article>();
  const good: Array<{ file: string; record: ArticleRecord; time: number | null }> = [];
  for (const r of results) {
    if (hasError(r)) continue;
    const article = r.article!;
    if (isFull(article)) held.set(r.file, article);
    // Each date parsed once, not once per comparison (a sort of 100,000 makes 3 million).
    good.push({ file: r.file, record: isFull(article) ? recordOf(article) : article, time: instant(article) });
  }
  const slugs = assignSlugs(good.map((g) => g.record));
  // A copy only for a slug the corpus changed (a shared title): 100,000 copies are memory held.
  for (const g of good) {
    const slug = slugs.get(g.record.id)!;
    if (slug !== g.record.slug) g.record = { ...g.record, slug };
  }
  good.sort((a, b) => compareInstants(a.time, b.time, a.record.id, b.record.id));
  const boilerplate = markBoilerplate(good);

  const store = options.store;
  const bodyAt = (file: string): ArticleBody => {
    const article = held.get(file);
    if (article) return bodyOf(article);
    if (!store) throw new Error(`no body for ${file}: the corpus holds records and was given no store`);
    return store.body(file);
  };
  const documents: Documents = (visit) => {
    for (const { file, record } of good) {
      const article = held.get(file);
      if (article) visit(relatedInputOf(article));
      else visit({ id: record.id, publishedAt: record.publishedAt, terms: store!.terms(file) } satisfies RankedDocument);
    }
  };
  const rankingInput: RankingInput = { count: good.length, documents, ...(options.rankingKey ? { key: options.rankingKey } : {}), ...keyedArticles(good, held, store) };
  const relatedTo = (options.ranker ?? rankOnDemand)(rankingInput);
  const summaries = good.map((g) => summarize(g.record));
  // Every article page carries these; their excerpts would be the bulk of its data, unread.
  const briefs = summaries.map(brief);
  const byId = new Map(briefs.map((s) => [s.id, s]));
  const entries = new Map<string, CorpusEntry>();
  good.forEach(({ file, record }, i) => {
    const rank = () => relatedTo(record.id).map((id) => byId.get(id)!);
    entries.set(record.slug, new Entry(file, record, briefs[i - 1] ?? null, briefs[i + 1] ?? null, rank));
  });
  // Made when first read, once the list pages below say the order topics' shelves are paged in:
  // the dev server answers home (which shows none) without the ~2 s it takes at 100,000 articles.
  let topicIndex: TopicIndex | undefined;
  const topicsOf = (): TopicIndex => (topicIndex ??= topicIndexOf(newestFirst, (slug) => entries.get(slug)?.record.entities, (slug) => order.get(slug) ?? Number.MAX_SAFE_INTEGER));
  const page = (slug: string): ArticlePage | null => {
    const entry = entries.get(slug);
    if (!entry) return null;
    const { related, topics: shown } = aboutOf(slug);
    return { article: articleOf(entry.record, bodyAt(entry.file)), related, previous: entry.previous, next: entry.next, ...(shown ? { topics: shown } : {}) };
  };
  const aboutOf = (slug: string): ArticleAbout => {
    const topics = topicsOf();
    const mine = topics.ofArticle(slug);
    const related = withSharedTopics(entries.get(slug)?.related ?? [], mine, topics);
    return mine.length > 0 ? { related, topics: mine.map(link) } : { related };
  };

  const searchTokensOf = (slug: string): string => {
    const entry = entries.get(slug);
    if (!entry) throw new Error(`no article ${slug} in the corpus`);
    const article = held.get(entry.file);
    return article ? searchTokens(searchDocument(article, entry.record.excerpt)) : store!.searchTokens(entry.file);
  };

  const taken = new Set(slugs.values());
  const broken: BrokenFile[] = results.filter(hasError).map((r) => {
    const id = r.article?.id ?? r.file.split(/[\\/]/).pop()!.replace(/\.txt$/i, "");
    // A broken file is shown where its page would be: its title's slug when it has one.
    let slug = r.article ? r.article.slug : slugify(id);
    if (taken.has(slug)) slug = `${slug}-${slugify(id)}`;
    return { file: r.file, id, slug, problems: r.problems };
  });

  const dated = summaries.filter((s) => s.publishedAt !== null).reverse();
  const undated = summaries.filter((s) => s.publishedAt === null);
  const newestFirst = [...dated, ...undated];
  const listing = listingOf(newestFirst, options.slots ? assignSlots(newestFirst, options.slots) : undefined);
  const order = listingOrder(listing);
  return {
    summaries: newestFirst,
    entries,
    page,
    searchTokens: searchTokensOf,
    listing,
    get topics() {
      return topicsOf();
    },
    aboutOf,
    broken,
    boilerplate,
  };
}

/** What an article's page shows of its topics: its related list (with the topics each shares) and its own topics, if any. */
export type ArticleAbout = { related: ArticleSummary[]; topics?: TopicLink[] };

/**
 * Related articles, each with the topics it shares with the article being read ("Cùng nói về
 * …"), most specific first, and those sharing more topics first (the ranking's order otherwise):
 * the text's similarity picks the list, the topics weigh in its order. (A term for each name in
 * the ranking's vectors was tried: the pruned ranking then kept 60–88 % of the exact one's lists,
 * not 99.99 %, as names shared across the archive fall outside its time window.)
 */
function withSharedTopics(related: readonly ArticleSummary[], mine: ReturnType<TopicIndex["ofArticle"]>, topics: TopicIndex): ArticleSummary[] {
  if (mine.length === 0) return related as ArticleSummary[];
  const withShared = related.map((summary) => {
    const theirs = topics.ofArticle(summary.slug);
    const shared = mine.filter((t) => theirs.includes(t)).map((t) => t.name);
    return { summary: shared.length > 0 ? { ...summary, about: shared.slice(0, SHARED_SHOWN) } : summary, shared: shared.length };
  });
  // Array.prototype.sort is stable: equal shares keep the ranking's order.
  return withShared.sort((a, b) => b.shared - a.shared).map((r) => r.summary);
}

/** Topics a related article's card names as shared. */
const SHARED_SHOWN = 2;
