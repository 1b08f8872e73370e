/**
 * Prerendering: after the client build, every route becomes a static HTML file holding the
 * full page — home and its list pages, every article, and 404.html — built from the client's
 * own index.html, so the same CSS, entry script and CSP apply. The browser then hydrates.
 *
 *   /                 → index.html
 *   /trang/N          → trang/N/index.html
 *   /bai-viet/<slug>  → bai-viet/<slug>/index.html
 *   (not found)       → 404.html
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Corpus } from "../content/corpus.ts";
import type { NewsSource } from "../app/data/news-source.ts";
import type { RenderedPage } from "../app/server.tsx";

export const PAGE_SIZE = 20;
/** A path no route matches, so the app renders its not-found page for 404.html. */
export const NOT_FOUND_PATH = "/404";

export type Route = { url: string; file: string; articleId?: string };

export function routesOf(corpus: Corpus, pageSize = PAGE_SIZE): Route[] {
  const pages = Math.max(1, Math.ceil(corpus.summaries.length / pageSize));
  const routes: Route[] = [{ url: "/", file: "index.html" }];
  for (let n = 2; n <= pages; n++) routes.push({ url: `/trang/${n}`, file: `trang/${n}/index.html` });
  for (const s of corpus.summaries) {
    routes.push({ url: `/bai-viet/${s.slug}`, file: `bai-viet/${s.slug}/index.html`, articleId: s.id });
  }
  routes.push({ url: NOT_FOUND_PATH, file: "404.html" });
  return routes;
}

/** The corpus as the app's NewsSource, answered from memory (no chunks, no network). */
export function sourceOf(corpus: Corpus): NewsSource {
  const bySlug = new Map([...corpus.pages.values()].map((p) => [p.article.slug, p]));
  return {
    articles: corpus.summaries,
    broken: [],
    loadArticle: (slug) => {
      const page = bySlug.get(slug);
      return page ? Promise.resolve(page) : null;
    },
  };
}

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

export type Template = {
  html: string;
  /** Files every page needs early (fonts), as /-absolute URLs with the base. */
  preloadFonts: string[];
  /** The JS chunk holding each article's data, by article id. */
  articleChunks: Map<string, string>;
};

/** One page's document: the template with the page's head tags, preloads and body filled in. */
export function documentFor(template: Template, route: Route, page: RenderedPage): string {
  const preloads = [
    ...template.preloadFonts.map((href) => `<link rel="preload" href="${escapeAttr(href)}" as="font" type="font/woff2" crossorigin>`),
    ...(route.articleId && template.articleChunks.has(route.articleId)
      ? [`<link rel="modulepreload" crossorigin href="${escapeAttr(template.articleChunks.get(route.articleId)!)}">`]
      : []),
  ].join("\n    ");
  const root = '<div id="root"></div>';
  if (!template.html.includes(root)) throw new Error(`index.html has no ${root}`);
  // The page's title and meta first, ahead of the scripts and styles; preloads last in <head>.
  const firstScript = template.html.search(/<script\b|<link rel="stylesheet"/);
  const withHead = firstScript < 0 ? template.html.replace("</head>", () => `${page.head}\n</head>`)
    : `${template.html.slice(0, firstScript)}${page.head}\n    ${template.html.slice(firstScript)}`;
  return withHead
    .replace("</head>", () => `  ${preloads}\n  </head>`)
    .replace(root, () => `<div id="root">${page.body}</div>`);
}

export type Renderer = (url: string, source: NewsSource, basename: string) => Promise<RenderedPage>;

/** Writes every route's HTML into outDir; returns how many pages were written. */
export async function prerender(options: {
  outDir: string;
  corpus: Corpus;
  template: Template;
  render: Renderer;
  base: string;
  onProgress?: (done: number, total: number) => void;
}): Promise<number> {
  const { outDir, corpus, template, render, base } = options;
  const source = sourceOf(corpus);
  const routes = routesOf(corpus);
  let done = 0;
  for (const route of routes) {
    const page = await render(base.replace(/\/$/, "") + route.url, source, base);
    const file = path.join(outDir, route.file);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, documentFor(template, route, page));
    done++;
    options.onProgress?.(done, routes.length);
  }
  return done;
}
