/**
 * What a reader downloads on the first load of one page, measured in Chromium: every response
 * the page receives, classified as JS, CSS, font, HTML or other, each body's raw size and its
 * size gzipped by us at level 9 (so the number does not depend on how the server compresses).
 *
 * Shared by the byte budgets (tests/browser/budgets.test.ts) and the bench (scripts/bench.ts),
 * so the test and the report always count the same way.
 *
 * "First load" is everything the page fetches until it is ready (the load event has fired, the
 * <h1> has text and the app has hydrated it), the fonts are loaded and the network has been quiet
 * for a moment — except
 * prefetches of other pages: a JS or fetch/XHR request that starts after the page is ready, or
 * any request sent with a `Sec-Purpose: prefetch` header, is listed apart under `prefetched`.
 * The HTTP cache is disabled for the page, so a browser that already saw the site still measures
 * a first visit.
 */
import { gzipSync } from "node:zlib";
import type { Page, Request, Response } from "playwright-core";

/** Kilobytes as Vite's build report prints them: 1 kB = 1000 bytes. */
export const KB = 1000;

/** The byte budgets of a first load, for home and an article (docs/performance.md). */
export const BUDGETS = {
  /** Sum of every .js response, each gzipped at level 9. */
  jsGzip: 95 * KB,
  /** Sum of every .css response, each gzipped at level 9. */
  cssGzip: 12 * KB,
  /** Sum of the font files as sent (woff2 is compressed already). */
  fontRaw: 60 * KB,
  /** The only font files a page may ask for: Noto Serif's latin and vietnamese subsets. */
  fontFile: /^noto-serif-(latin|vietnamese)-[\w-]*\.woff2$/,
} as const;

export type Kind = "js" | "css" | "font" | "html" | "other";
export const KINDS: readonly Kind[] = ["js", "css", "font", "html", "other"];

export type LoadedFile = {
  url: string;
  /** The URL's path (what the table prints). */
  path: string;
  kind: Kind;
  /** Chromium's resource type: document, script, stylesheet, font, fetch, other… */
  resourceType: string;
  status: number;
  /** Body bytes as the page received them, after any HTTP content decoding. */
  raw: number;
  /** The same body gzipped by us, level 9. */
  gzip: number;
  /** When the request started, in ms from navigation start (Resource Timing); null if unknown. */
  startMs: number | null;
};

export type Sizes = { files: number; raw: number; gzip: number };

export type FirstLoad = {
  url: string;
  /** The page's <h1> text once ready. */
  h1: string;
  /** When the page was ready (load event, <h1> text, hydrated), in ms from navigation start. */
  readyMs: number;
  /** Counted in the first load. */
  files: LoadedFile[];
  /** Prefetches of other pages, not counted. */
  prefetched: LoadedFile[];
  /** Requests that failed (URL and reason); normally none. */
  failed: string[];
  totals: Record<Kind | "total", Sizes>;
  prefetchedTotal: Sizes;
};

export type MeasureOptions = {
  /** How long the network must be quiet before the measurement ends. */
  quietMs?: number;
  /** Upper bound for the whole measurement. */
  timeoutMs?: number;
};

const FONT_EXT = /\.(woff2?|ttf|otf|eot)$/i;
const CSS_EXT = /\.css$/i;
const JS_EXT = /\.m?js$/i;
const HTML_EXT = /(\.html?|\/)$/i;
/** Data requests a prefetch of another page may make besides JS chunks (favicons and such are "other"). */
const DATA_TYPES = new Set(["fetch", "xhr"]);

/** Sorts a response into js/css/font/html/other by Chromium's resource type, else by extension. */
export function classify(resourceType: string, url: string): Kind {
  const path = new URL(url).pathname;
  if (resourceType === "font" || FONT_EXT.test(path)) return "font";
  if (resourceType === "stylesheet" || CSS_EXT.test(path)) return "css";
  if (resourceType === "script" || JS_EXT.test(path)) return "js";
  if (resourceType === "document" || HTML_EXT.test(path)) return "html";
  return "other";
}

/** Bytes of `body` gzipped at level 9. */
export function gzipSize(body: Uint8Array): number {
  return gzipSync(body, { level: 9 }).length;
}

/** Adds up files (all of them, or one kind). */
export function sum(files: readonly LoadedFile[], kind?: Kind): Sizes {
  const chosen = kind ? files.filter((file) => file.kind === kind) : files;
  return {
    files: chosen.length,
    raw: chosen.reduce((total, file) => total + file.raw, 0),
    gzip: chosen.reduce((total, file) => total + file.gzip, 0),
  };
}

/** The file name at the end of a URL's path. */
export function fileName(file: Pick<LoadedFile, "path">): string {
  return file.path.split("/").pop() || file.path;
}

/** Font files other than Noto Serif latin/vietnamese woff2 (empty when the page keeps to them). */
export function unexpectedFonts(load: FirstLoad): string[] {
  return load.files.filter((file) => file.kind === "font" && !BUDGETS.fontFile.test(fileName(file))).map((file) => file.path);
}

/** One line per file: path, kind, raw and gzip bytes (for failure messages and logs). */
export function listFiles(files: readonly LoadedFile[]): string {
  return files
    .map((file) => `  ${file.kind.padEnd(5)} ${file.path}  ${kb(file.raw)} raw, ${kb(file.gzip)} gzip (${file.resourceType}, ${file.status})`)
    .join("\n");
}

/** 12345 → "12.3 kB". */
export function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} kB`;
}

/**
 * Records when the first non-empty <h1> appears, and when the app has hydrated it (React attaches
 * its props to the DOM node it adopts; checked once a frame). Runs in the page before its own
 * scripts. A string, not a function: tsx and Vitest may wrap named inner functions in helpers the
 * page lacks.
 *
 * A prerendered page is on screen before its JavaScript is even requested (the boot script loads
 * the app after the first paint, src/app/boot.ts), often after the load event: the app's own code
 * and data are part of the first load until it has hydrated, whenever they are requested.
 */
const WATCH_HEADLINE = `(() => {
  const state = { h1At: -1, h1: "", hydratedAt: -1 };
  window.__firstLoad = state;
  const observer = new MutationObserver(() => {
    const text = (document.querySelector("h1")?.textContent ?? "").trim();
    if (!text) return;
    state.h1At = performance.now();
    state.h1 = text;
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  const hydrated = () => {
    const h1 = document.querySelector("h1");
    if (h1 && Object.keys(h1).some((key) => key.startsWith("__reactProps$"))) state.hydratedAt = performance.now();
    else requestAnimationFrame(hydrated);
  };
  requestAnimationFrame(hydrated);
})();`;

/** A response body, null for a redirect (no body; its target is a request of its own), or why it could not be read. */
type Body = Buffer | null | { error: string };
type Seen = { request: Request; response: Response | null; body: Promise<Body>; failure: string | null };

/** Watches the page's requests and tells when the network has been idle for `quietMs`. */
function watchNetwork(page: Page) {
  const seen: Seen[] = [];
  const byRequest = new Map<Request, Seen>();
  let inFlight = 0;
  let lastChange = Date.now();
  const settle = () => {
    inFlight -= 1;
    lastChange = Date.now();
  };
  const onRequest = (request: Request) => {
    if (!/^https?:/.test(request.url())) return;
    const entry: Seen = { request, response: null, body: Promise.resolve(null), failure: null };
    seen.push(entry);
    byRequest.set(request, entry);
    inFlight += 1;
    lastChange = Date.now();
  };
  const onResponse = (response: Response) => {
    const entry = byRequest.get(response.request());
    if (!entry) return;
    entry.response = response;
    // Redirects have no body; anything else is read now, before the page can move on.
    entry.body =
      response.status() >= 300 && response.status() < 400
        ? Promise.resolve(null)
        : response.body().catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }));
  };
  const onFinished = (request: Request) => {
    if (byRequest.has(request)) settle();
  };
  const onFailed = (request: Request) => {
    const entry = byRequest.get(request);
    if (!entry) return;
    entry.failure = request.failure()?.errorText ?? "failed";
    settle();
  };
  page.on("request", onRequest);
  page.on("response", onResponse);
  page.on("requestfinished", onFinished);
  page.on("requestfailed", onFailed);
  return {
    seen,
    async quiet(quietMs: number, deadline: number) {
      while (Date.now() < deadline) {
        if (inFlight <= 0 && Date.now() - lastChange >= quietMs) return;
        await new Promise((wait) => setTimeout(wait, 50));
      }
    },
    stop() {
      page.off("request", onRequest);
      page.off("response", onResponse);
      page.off("requestfinished", onFinished);
      page.off("requestfailed", onFailed);
    },
  };
}

/** Request start times from Resource Timing, per URL in order (the document starts at 0). */
async function startTimes(page: Page): Promise<Map<string, number[]>> {
  const entries = await page.evaluate(() => [
    ...performance.getEntriesByType("navigation").map((entry) => [entry.name, 0] as const),
    ...performance.getEntriesByType("resource").map((entry) => [entry.name, entry.startTime] as const),
  ]);
  const times = new Map<string, number[]>();
  for (const [name, start] of entries) times.set(name, [...(times.get(name) ?? []), start]);
  return times;
}

function isPrefetch(file: LoadedFile, request: Request, readyMs: number): boolean {
  const headers = request.headers();
  if (/prefetch/i.test(headers["sec-purpose"] ?? headers["purpose"] ?? "")) return true;
  const late = file.startMs !== null && file.startMs > readyMs;
  return late && (file.kind === "js" || (file.kind === "other" && DATA_TYPES.has(file.resourceType)));
}

/**
 * Opens `url` in a new document of `page` with the HTTP cache disabled and returns what the first
 * load fetched. The page is left open on `url`.
 */
export async function measureFirstLoad(page: Page, url: string, options: MeasureOptions = {}): Promise<FirstLoad> {
  const quietMs = options.quietMs ?? 500;
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await page.addInitScript(WATCH_HEADLINE);
  const network = watchNetwork(page);
  try {
    await page.goto(url, { waitUntil: "load", timeout: Math.max(1_000, deadline - Date.now()) });
    const ready = await page.waitForFunction(
      () => {
        const state = (window as unknown as { __firstLoad?: { h1At: number; h1: string; hydratedAt: number } }).__firstLoad;
        const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
        if (!state || state.h1At < 0 || state.hydratedAt < 0 || !navigation || navigation.loadEventEnd <= 0) return null;
        return { readyMs: Math.max(state.h1At, state.hydratedAt, navigation.loadEventEnd), h1: state.h1 };
      },
      undefined,
      { timeout: Math.max(1_000, deadline - Date.now()), polling: 50 },
    ).catch(async (error: unknown) => {
      const state = await page.evaluate(() => ({
        h1: document.querySelector("h1")?.textContent ?? null,
        loaded: (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? 0,
        hydrated: ((window as unknown as { __firstLoad?: { hydratedAt: number } }).__firstLoad?.hydratedAt ?? -1) >= 0,
      }));
      throw new Error(
        `${url} was never ready (load event, an <h1> with text, hydrated): h1 ${JSON.stringify(state.h1)}, ` +
          `load event ${state.loaded > 0 ? "fired" : "not fired"}, ${state.hydrated ? "hydrated" : "not hydrated"}. ` +
          `${error instanceof Error ? error.message : String(error)}`,
      );
    });
    const { readyMs, h1 } = (await ready.jsonValue()) as { readyMs: number; h1: string };
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    await network.quiet(quietMs, deadline);
    const times = await startTimes(page);

    const files: LoadedFile[] = [];
    const prefetched: LoadedFile[] = [];
    const failed: string[] = [];
    for (const entry of network.seen) {
      const { request, response } = entry;
      if (entry.failure !== null || !response) {
        failed.push(`${request.url()}: ${entry.failure ?? "no response"}`);
        continue;
      }
      const body = await entry.body;
      if (body === null) continue; // a redirect
      if (!Buffer.isBuffer(body)) {
        failed.push(`${request.url()}: its body could not be read (${body.error})`);
        continue;
      }
      const file: LoadedFile = {
        url: request.url(),
        path: new URL(request.url()).pathname,
        kind: classify(request.resourceType(), request.url()),
        resourceType: request.resourceType(),
        status: response.status(),
        raw: body.length,
        gzip: gzipSize(body),
        startMs: times.get(request.url())?.shift() ?? null,
      };
      (isPrefetch(file, request, readyMs) ? prefetched : files).push(file);
    }
    const totals = Object.fromEntries([...KINDS.map((kind) => [kind, sum(files, kind)]), ["total", sum(files)]]) as FirstLoad["totals"];
    return { url, h1, readyMs, files, prefetched, failed, totals, prefetchedTotal: sum(prefetched) };
  } finally {
    network.stop();
    await cdp.detach().catch(() => {});
  }
}
