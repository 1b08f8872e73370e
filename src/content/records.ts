/**
 * An article split for a large corpus: the record the corpus holds (no body; what lists read of
 * the body computed once), the body left on disk until a page or a data file needs it, and the
 * term counts ranking reads. A parse worker splits each article as it parses it, so the text is
 * walked once, on any core, and never again while the dump is unchanged.
 */
import type { Article, ArticleBody, Block, ArticleRecord, ParseResult, RecordResult, RemovedLine, RemovedReason } from "./types.ts";
import { boilerplateCandidates, withoutBoilerplate } from "./boilerplate.ts";
import { excerpt } from "./excerpt.ts";
import { relatedTerms, type RelatedInput, type TermCounts } from "./related-terms.ts";
import { readableTexts } from "./readable-text.ts";
import { searchDocument } from "./search.ts";
import { searchTokens } from "./search-build.ts";
import { authorsOf } from "./authors.ts";
import { entitiesIn } from "./entities.ts";
import { encodeEntities, namedInHeadline } from "./topics.ts";

export const EXCERPT_MAX = 200;

export function bodyText(body: readonly Block[]): string {
  return readableTexts(body).join("\n");
}

/** The entities an article's lead, body and captions name, and its tags (entities.ts), those its headline names marked, as its record keeps them. */
export function articleEntities(article: Pick<Article, "title" | "lead" | "body" | "tags">): string {
  const inHeadline = namedInHeadline(article.title);
  const entities = entitiesIn([article.lead ?? "", ...readableTexts(article.body)], article.tags);
  return encodeEntities(entities.map((e) => (inHeadline(e.name) ? { ...e, headline: true as const } : e)));
}

/** What related ranking reads of an article: its headline, and its sapo and body as one text. */
export function relatedInputOf(article: Article): RelatedInput {
  return { id: article.id, title: article.title, text: [article.lead ?? "", bodyText(article.body)].join("\n"), publishedAt: article.publishedAt };
}

/** An article's list excerpt: its lead, else its first paragraph, cut at EXCERPT_MAX. */
function excerptOf(article: Article): string | null {
  const firstParagraph = article.body.find((b) => b.type === "paragraph");
  const source = article.lead ?? (firstParagraph?.type === "paragraph" ? firstParagraph.text : null);
  return source === null ? null : excerpt(source, EXCERPT_MAX);
}

/** An article as the corpus holds it, and the body it leaves aside. */
export function recordOf(article: Article): ArticleRecord {
  const { lead: _lead, byline: _byline, body: _body, relatedPlaceholders: _placeholders, tags: _tags, tailText: _tail, removed: _removed, photoCredit: _credit, readingMinutes: _minutes, ...rest } = article;
  const lineKeys = boilerplateCandidates(article.body);
  const authors = authorsOf(article.byline);
  const entities = articleEntities(article);
  return {
    ...rest,
    readingMinutes: article.readingMinutes,
    excerpt: excerptOf(article),
    ...(article.removed ? { removedCounts: removedCounts(article.removed) } : {}),
    ...(lineKeys ? { lineKeys } : {}),
    ...(authors.length > 0 ? { authors } : {}),
    ...(entities !== "" ? { entities } : {}),
  };
}

/** Furniture counted by reason: what a build's report adds up, without reading any body. */
export function removedCounts(removed: readonly RemovedLine[]): Partial<Record<RemovedReason, number>> {
  const counts: Partial<Record<RemovedReason, number>> = {};
  for (const { reason } of removed) counts[reason] = (counts[reason] ?? 0) + 1;
  return counts;
}

export function bodyOf({ lead, byline, body, relatedPlaceholders, tags, tailText, removed, photoCredit }: Article): ArticleBody {
  return {
    lead, byline, body, relatedPlaceholders,
    ...(tags ? { tags } : {}),
    ...(tailText ? { tailText } : {}),
    ...(photoCredit ? { photoCredit } : {}),
    ...(removed ? { removed } : {}),
  };
}

/** The article again, from its record and its body: what its page and data file show. */
export function articleOf(record: ArticleRecord, body: ArticleBody): Article {
  const { excerpt: _excerpt, removedCounts: _counts, lineKeys: _keys, authors: _authors, entities: _entities, boilerplate, ...rest } = record;
  if (!boilerplate) return { ...rest, ...body };
  // The corpus found some of its lines in many dumps: an outlet's boilerplate, not its text.
  return { ...rest, ...body, ...withoutBoilerplate(body.body, body.removed, boilerplate) };
}

/** What an article's record leaves aside: its body, and what ranking and search read of its text. */
export type Extract = { body: ArticleBody; terms: TermCounts; search: string };

/** A parse result split: the record result the corpus holds, and (for an article) what it leaves aside. */
export type SplitResult = { result: RecordResult; extract: Extract | null };

export function splitResult(parsed: ParseResult): SplitResult {
  const { article } = parsed;
  if (!article) return { result: { ...parsed, article: null }, extract: null };
  const record = recordOf(article);
  return { result: { ...parsed, article: record }, extract: extractOf(article, record) };
}

/** An article's body, term counts (relatedTerms) and search words (searchTokens). */
export function extractOf(article: Article, record: ArticleRecord = recordOf(article)): Extract {
  return { body: bodyOf(article), terms: relatedTerms(relatedInputOf(article)), search: searchTokens(searchDocument(article, record.excerpt)) };
}
