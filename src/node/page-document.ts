/**
 * One page's HTML document: the client's own index.html (so the same CSS and CSP apply) with the
 * page's head tags, its head script and its rendered body filled in; and the two documents the
 * service worker answers with offline (offline.html, shell.html).
 */
import type { RenderedPage } from "../app/server.tsx";
import { dataPaths } from "../app/data/data-paths.ts";
import type { PageKind } from "../app/routes.ts";
import type { Route } from "./page-routes.ts";
const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

export type Template = {
  /** The client's index.html without its entry script and modulepreloads (the boot script loads them). */
  html: string;
  /** The head script (src/app/boot.ts: the reader's preferences, then the app once painted), as a /-absolute URL with the base. */
  boot: string;
  /** The web app manifest's URL, linked by the boot script after the first paint; null: none. */
  manifest: string | null;
  /** The entry chunk and every chunk it imports, dependencies first: what the boot script evaluates. */
  entry: string[];
  /** The fonts every page sets its text in, as /-absolute URLs with the base: the stylesheet loads them, the service worker keeps them. */
  fonts: string[];
  /** The base path, for the data files' URLs (src/app/data/data-paths.ts); null: a build without data. */
  data: string | null;
  /** The code-split chunks each kind of page needs beyond the entry (the page and its imports). */
  pageChunks: Partial<Record<PageKind, string[]>>;
};

/**
 * One page's document: the template with the page's head tags, head script and body filled in.
 *
 * The app's JavaScript is not loaded by the HTML itself: the page is complete without it, and
 * on a slow link fetching it next to the stylesheet and the fonts would delay the first paint.
 * The head script (src/app/boot.ts, a tiny classic script) requests it right after the first
 * paint instead — the entry and its chunks (`data-load`) together with everything
 * hydration will wait for (`data-preload`: the page's code; `data-fetch`: data/index.json and the
 * page's own data file), all in parallel — then evaluates the entry.
 */
export function documentFor(template: Template, route: Route, page: RenderedPage, { app = true }: DocumentOptions = {}): string {
  const modules = (template.pageChunks[route.page] ?? []).filter((href) => !template.entry.includes(href));
  const base = template.data;
  const data =
    base === null
      ? []
      : [
          base + dataPaths.index,
          ...(route.slug !== undefined ? [base + dataPaths.article(route.slug)] : []),
          ...(route.lists ?? []).map((n) => base + dataPaths.list(n)),
          ...(route.data ?? []).map((path) => base + path),
        ];
  const { top, beforeHeadEnd, sep, middle, bottom, entry } = templateParts(template);
  // The page's title and meta first, ahead of the scripts and styles; then the head script
  // (src/app/boot.ts), blocking on purpose: it applies the reader's preferences before the
  // stylesheet, so a reader who chose dark mode or larger text never sees a frame of the
  // defaults, and once the page is painted it loads the app (not on a page without it).
  const lists = app
    ? ` data-load="${entry}" data-preload="${listOfUrls(modules)}" data-fetch="${listOfUrls(data)}"${template.manifest ? ` data-manifest="${escapeAttr(template.manifest)}"` : ""}`
    : "";
  const head = `${page.head}\n    <script src="${escapeAttr(template.boot)}"${lists}></script>`;
  // 404.html answers any unknown address; the mark tells the client not to look for one.
  const mark = route.page === "other" && app ? ' data-status="404"' : "";
  return `${top}${head}${sep}${beforeHeadEnd}</head>${middle}<div id="root"${mark}>${page.body}</div>${bottom}`;
}

/** A template cut where every page's parts go, once per template: 100,000 pages searched it 4 times each. */
type TemplateParts = { top: string; beforeHeadEnd: string; sep: string; middle: string; bottom: string; entry: string };
const templatePartsOf = new WeakMap<Template, TemplateParts>();
const ROOT_ELEMENT = '<div id="root"></div>';

function templateParts(template: Template): TemplateParts {
  let parts = templatePartsOf.get(template);
  if (parts) return parts;
  const { html } = template;
  const rootAt = html.indexOf(ROOT_ELEMENT);
  if (rootAt < 0) throw new Error(`index.html has no ${ROOT_ELEMENT}`);
  const headEnd = html.indexOf("</head>");
  if (headEnd < 0 || headEnd > rootAt) throw new Error("index.html has no </head> before its root element");
  // The page's head goes before the first script or stylesheet, or at the end of <head> when there is none.
  const firstScript = html.search(/<script\b|<link rel="stylesheet"/);
  const inHead = firstScript >= 0 && firstScript < headEnd;
  parts = {
    top: html.slice(0, inHead ? firstScript : headEnd),
    beforeHeadEnd: inHead ? html.slice(firstScript, headEnd) : "",
    sep: inHead ? "\n    " : "\n",
    middle: html.slice(headEnd + "</head>".length, rootAt),
    bottom: html.slice(rootAt + ROOT_ELEMENT.length),
    entry: listOfUrls(template.entry),
  };
  templatePartsOf.set(template, parts);
  return parts;
}

/** URLs as one attribute's value, separated by spaces (the boot script splits it). */
function listOfUrls(hrefs: readonly string[]): string {
  for (const href of hrefs) if (/\s/.test(href)) throw new Error(`a chunk URL with white space cannot go in a list: ${href}`);
  return escapeAttr(hrefs.join(" "));
}

/** `app: false` — a page without the app (offline.html): no boot script, nothing for the app to read. */
export type DocumentOptions = { app?: boolean };

/** The page the service worker answers with offline for a page it has not saved (src/app/offline/sw.ts). */
export const OFFLINE_FILE = "offline.html";
/**
 * The app with no page in it: what the service worker answers offline for a page whose data it
 * keeps but not its HTML (an article reached by a link in the app, or by search). The app then
 * renders that page from the kept data, as it does in development.
 */
export const SHELL_FILE = "shell.html";

/** offline.html: the offline page without the app (a route of no kind: "other"). */
export function offlineDocument(template: Template, page: RenderedPage): string {
  return documentFor(template, { url: OFFLINE_FILE, file: OFFLINE_FILE, page: "other" }, page, { app: false });
}

/** shell.html: the app with no page in it, an article's chunk preloaded (the shell serves articles and list pages). */
export function shellDocument(template: Template, site: { name: string; description: string } | undefined): string {
  const title = escapeAttr(site?.name ?? "");
  const description = escapeAttr(site?.description ?? "");
  const head = [`<title>${title}</title>`, `<meta name="description" content="${description}">`, `<meta name="robots" content="noindex">`].join("\n    ");
  return documentFor(template, { url: SHELL_FILE, file: SHELL_FILE, page: "article" }, { head, body: "" });
}
