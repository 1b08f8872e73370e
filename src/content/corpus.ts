/**
 * From parsed files to a corpus: unique slugs, reading order by date, related ranking,
 * previous/next, list summaries, and the files that could not be read.
 */
import type { Article, ArticlePage, ArticleSummary, BrokenFile, Block, ParseResult } from "./types.ts";
import { assignSlugs, slugify } from "./slug.ts";
import { RelatedIndex, type RelatedInput } from "./related.ts";
import { excerpt } from "./excerpt.ts";
import { readingMinutes } from "./reading-time.ts";
import { readableTexts } from "./readable-text.ts";
import { assignSlots, brief, listingOf, type Listing } from "./listing.ts";

export const EXCERPT_MAX = 200;

export type Corpus = {
  /** Newest first; undated articles last, by id. */
  summaries: ArticleSummary[];
  /** Every article's page, by slug: the one key pages, links and files share. */
  pages: Map<string, ArticlePage>;
  /** The list pages (listing.ts). */
  listing: Listing;
  broken: BrokenFile[];
};

export function hasError(result: ParseResult): boolean {
  return result.article === null || result.problems.some((p) => p.severity === "error");
}

function instant(a: { publishedAt: string | null }): number | null {
  if (!a.publishedAt) return null;
  const t = Date.parse(a.publishedAt);
  return Number.isNaN(t) ? null : t;
}

/** Oldest first, undated after dated, ties by id: the order "previous" and "next" walk. */
export function compareChronological(a: Article, b: Article): number {
  const ta = instant(a);
  const tb = instant(b);
  if (ta !== null && tb !== null && ta !== tb) return ta - tb;
  if (ta === null && tb !== null) return 1;
  if (ta !== null && tb === null) return -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function bodyText(body: readonly Block[]): string {
  return readableTexts(body).join("\n");
}

/** What related ranking reads of an article: its headline, and its sapo and body as one text. */
export function relatedInputOf(article: Article): RelatedInput {
  return { id: article.id, title: article.title, text: [article.lead ?? "", bodyText(article.body)].join("\n"), publishedAt: article.publishedAt };
}

export function summarize(article: Article): ArticleSummary {
  const firstParagraph = article.body.find((b) => b.type === "paragraph");
  const source = article.lead ?? (firstParagraph?.type === "paragraph" ? firstParagraph.text : null);
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    dateline: article.dateline,
    publishedAt: article.publishedAt,
    hasTime: article.hasTime ?? false,
    excerpt: source === null ? null : excerpt(source, EXCERPT_MAX),
    readingMinutes: article.readingMinutes ?? readingMinutes(article),
  };
}

/**
 * Ranks related articles for a corpus: given its documents, a function answering one article's
 * related ids. The default builds a RelatedIndex on the first question, so a corpus whose pages
 * are never asked for (a dev server showing home) never pays for ranking.
 */
export type RelatedRanker = (docs: readonly RelatedInput[]) => (id: string) => string[];

export const rankOnDemand: RelatedRanker = (docs) => {
  let index: RelatedIndex | undefined;
  return (id) => (index ??= new RelatedIndex(docs)).relatedTo(id);
};

/** `related` is computed the first time it is read (then kept); reading it is all it takes. */
function pageWithRelated(page: Omit<ArticlePage, "related">, related: () => ArticleSummary[]): ArticlePage {
  let list: ArticleSummary[] | undefined;
  const { article, ...rest } = page;
  const result = { article, related: [] as ArticleSummary[], ...rest };
  return Object.defineProperty(result, "related", { enumerable: true, get: () => (list ??= related()) });
}

/**
 * `slots`: each article's place in the list pages from the last build, kept by the caller (and
 * updated here); without it the pages are exactly chronological.
 */
export function buildCorpus(results: readonly ParseResult[], options: { ranker?: RelatedRanker; slots?: Map<string, number> } = {}): Corpus {
  const good = results.filter((r) => !hasError(r)).map((r) => r.article!);
  const slugs = assignSlugs(good);
  const articles = good.map((a) => ({ ...a, slug: slugs.get(a.id)!, readingMinutes: readingMinutes(a) })).sort(compareChronological);

  const relatedTo = (options.ranker ?? rankOnDemand)(articles.map(relatedInputOf));
  const summaries = articles.map(summarize);
  // Every article page carries these; their excerpts would be the bulk of its data, unread.
  const briefs = summaries.map(brief);
  const byId = new Map(briefs.map((s) => [s.id, s]));
  const pages = new Map<string, ArticlePage>();
  articles.forEach((article, i) => {
    const page = { article, previous: briefs[i - 1] ?? null, next: briefs[i + 1] ?? null };
    pages.set(article.slug, pageWithRelated(page, () => relatedTo(article.id).map((id) => byId.get(id)!)));
  });

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
  return { summaries: newestFirst, pages, listing, broken };
}
