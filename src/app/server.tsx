/**
 * The prerenderer's entry (built for Node by the news plugin, see src/node/prerender.ts): one
 * URL in, the page's HTML out — the same <App> the browser hydrates, over the same data, so
 * hydration finds exactly what it would have rendered.
 */
import { renderToString } from "react-dom/server";
import { StaticRouter } from "react-router-dom";
import { App } from "./App";
import { createArticleStore } from "./data/article-store";
import type { NewsSource } from "./data/news-source";
import { preparePage } from "./pages";
import { OfflinePage, SavedPages } from "./offline/OfflinePage";
import { preloadReaderTools } from "./components/tools";
import { sourceFromData, type PageData } from "./data/page-data";

export type RenderedPage = {
  /** <title>, <meta> and <link> elements, for the document's <head>. */
  head: string;
  /** What goes inside <div id="root">. */
  body: string;
};

// React 19 renders <title>, <meta> and <link> found anywhere in the tree first, ahead of the
// rest; they belong in <head>, where hydration looks for them.
const HOISTED = /^(?:<title>[^<]*<\/title>|<meta\b[^>]*>|<link\b[^>]*>)+/;

export function splitHead(html: string): RenderedPage {
  const head = HOISTED.exec(html)?.[0] ?? "";
  return { head, body: html.slice(head.length) };
}

export async function renderPage(url: string, source: NewsSource, basename = "/"): Promise<RenderedPage> {
  const store = createArticleStore(source);
  const pathname = new URL(url, "http://prerender.invalid").pathname;
  // renderToString cannot wait for a suspended page: load its code and data first, and the
  // reader tools, which the browser loads only after hydration but the HTML must show.
  await Promise.all([preparePage(pathname.slice(basename.length - 1), store, source.homePages), preloadReaderTools()]);
  const html = renderToString(
    <StaticRouter location={url} basename={basename}>
      <App source={source} store={store} />
    </StaticRouter>,
  );
  return splitHead(html);
}

/** A page from its data alone (src/app/data/page-data.ts): what the prerender step and its worker threads call. */
export function renderPageFromData(url: string, data: PageData, basename = "/"): Promise<RenderedPage> {
  return renderPage(url, sourceFromData(data), basename);
}

/**
 * offline.html, which the service worker answers with offline for a page it has not saved
 * (src/app/offline/sw.ts): the offline notice in the paper's frame, at no address of the site.
 */
export function renderOfflinePage(source: NewsSource, basename = "/"): RenderedPage {
  const html = renderToString(
    <StaticRouter location={`${basename}offline.html`} basename={basename}>
      <App source={source} store={createArticleStore(source)} page={<OfflinePage><SavedPages /></OfflinePage>} />
    </StaticRouter>,
  );
  return splitHead(html);
}
