/**
 * What the service worker (src/app/offline/sw.ts) reads in and writes into prerendered pages:
 * plain string functions over their HTML, shared with the offline page's markup
 * (OfflinePage.tsx) and tested in Node (tests/node/offline-pages.test.ts).
 */

/** Marks offline.html's list of saved articles: hidden and empty until the worker fills it. */
export const SAVED_LIST = "data-saved-pages";

/** An article kept for offline reading, as the offline page lists it. */
export type SavedPage = { href: string; title: string };

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'", "&#39;": "'" };
const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#x27|#39);/g, (entity) => ENTITIES[entity]!);
const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A page's own headline: its og:title (the <title> adds the site name); null if it has none. */
export function titleOf(html: string): string | null {
  const title = /<meta property="og:title" content="([^"]*)"/.exec(html)?.[1];
  return title ? decode(title) : null;
}

/** The head script of a prerendered page (src/node/page-document.ts) with what it loads and preloads, and the manifest it links. */
const BOOT_SCRIPT = /<script src="([^"]+)" data-load="([^"]*)" data-preload="([^"]*)" data-fetch="([^"]*)"(?: data-manifest="[^"]*")?><\/script>/;

/**
 * Everything the page's app needs (src/app/boot.ts): the boot script, the entry and its chunks,
 * the page's code, and its data files. Empty for a page without the app.
 */
export function appModules(html: string): string[] {
  const boot = BOOT_SCRIPT.exec(html);
  if (!boot) return [];
  return [boot[1]!, ...`${boot[2]} ${boot[3]} ${boot[4]}`.split(/\s+/)].filter(Boolean).map(decode);
}

/**
 * The page without its app: it still reads completely, as it does with JavaScript off. The head
 * script stays, with nothing to load: it still applies the reader's theme and text size.
 */
export function withoutApp(html: string): string {
  return html.replace(BOOT_SCRIPT, (_, src: string) => `<script src="${src}"></script>`);
}

/** offline.html with `pages` listed and shown; with none, unchanged (the list stays hidden). */
export function withSavedPages(html: string, pages: readonly SavedPage[]): string {
  const marker = html.indexOf(`${SAVED_LIST}=""`);
  if (marker < 0 || pages.length === 0) return html;
  const open = html.lastIndexOf("<", marker);
  const close = html.indexOf("</ul>", marker);
  if (open < 0 || close < 0) return html;
  const tag = html.slice(open, html.indexOf(">", marker) + 1);
  const items = pages.map((p) => `<li><a class="story-list-title" href="${escape(p.href)}">${escape(p.title)}</a></li>`).join("");
  return html.slice(0, open) + tag.replace(' hidden=""', "") + html.slice(open + tag.length, close) + items + html.slice(close);
}
