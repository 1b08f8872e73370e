/** What the prerender tests share: small corpora of generated summaries, and a built index.html as a template. */
import type { Corpus } from "../../src/content/corpus";
import { recordOf } from "../../src/content/records";
import type { ArticlePage, ArticleSummary } from "../../src/content/types";
import { listingOf } from "../../src/content/listing";
import { topicIndexOf } from "../../src/content/topic-index";
import type { Template } from "../../src/node/page-document";
import { seedSummary } from "../app/fixtures";

export function summary(n: number): ArticleSummary {
  return { ...seedSummary, id: `id_${n}`, slug: `bai-${n}`, title: `Bài ${n}` };
}

export function corpusOf(summaries: ArticleSummary[], pages: ArticlePage[] = []): Corpus {
  const bySlug = new Map(pages.map((p) => [p.article.slug, p]));
  const entries = new Map(
    pages.map(({ article, related, previous, next }) => [article.slug, { file: `${article.id}.txt`, record: recordOf(article), related, previous, next }]),
  );
  const topics = topicIndexOf(summaries, (slug) => entries.get(slug)?.record.entities);
  return { summaries, entries, page: (slug) => bySlug.get(slug) ?? null, searchTokens: () => "", listing: listingOf(summaries), topics, aboutOf: (slug) => ({ related: entries.get(slug)?.related ?? [] }), broken: [], boilerplate: { lines: 0, articles: 0 } };
}

/** The authors', topics' and the archive's pages (page-routes.test.ts tests them on their own). */
export const isShelf = (url: string) => /^\/(?:tac-gia|chu-de|luu-tru)(?:\/|$)/.test(url);

export const manyArticles = (count: number) => corpusOf(Array.from({ length: count }, (_, i) => summary(i + 1)));

/** A built index.html as templateFrom leaves it: no entry script or modulepreload (the boot script loads those). */
const TEMPLATE_HTML = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" crossorigin href="/assets/index-def.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

export const template: Template = {
  html: TEMPLATE_HTML,
  boot: "/assets/boot-b.js",
  manifest: "/manifest.webmanifest",
  entry: ["/assets/vendor-v.js", "/assets/index-abc.js"],
  fonts: ["/assets/noto-serif-latin-wght-normal-1.woff2", "/assets/noto-serif-vietnamese-wght-normal-2.woff2"],
  data: "/",
  // The entry's chunks (loaded by the boot script anyway) are among a page's imports: they must not be preloaded again.
  pageChunks: { home: ["/assets/HomePage-x.js", "/assets/index-abc.js"], article: ["/assets/ArticleRoute-y.js", "/assets/shared-z.js", "/assets/vendor-v.js"] },
};
