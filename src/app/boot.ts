/**
 * The head script of a prerendered page (production builds only: `npm run dev` has no
 * prerendered HTML and loads main.tsx directly from index.html). First the reader's theme and
 * text size (preferences/head.ts), before the first paint; then, once the page is painted, the app.
 * One script, blocking in <head> as the preferences must be: the only request before the first
 * paint besides the stylesheet and its fonts, so the first paint is all a page waits for
 * (docs/performance.md, "First paint is the final paint").
 *
 * A built page is complete and readable as HTML; the app's JavaScript only adds client-side
 * navigation and prefetching. Loaded by a parser-inserted module script, that JavaScript (~95 kB
 * gzip) would be fetched alongside the stylesheet and the fonts and, on a slow link, hold back
 * the first paint. So the page carries this tiny classic `defer` script instead (src/node/page-document.ts),
 * which starts the app only once the page has been painted:
 *
 *   data-load     the entry chunk and the chunks it imports, dependencies first
 *   data-preload  the chunks the page will need at once: its page code
 *   data-fetch    the data it will need at once: data/index.json and the page's own file
 *
 * Everything is requested at the same moment (modulepreload), then the `data-load` chunks are
 * evaluated one at a time with a yield between them, so no single task evaluates the whole app
 * while a reader may already be scrolling or tapping. A classic script (not a module) so that
 * it can find its own attributes through document.currentScript.
 */
import "./preferences/head";

(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  const list = (name: string) => (script?.getAttribute(name) ?? "").split(/\s+/).filter(Boolean);
  const load = list("data-load");
  const preload = list("data-preload");
  const data = list("data-fetch");
  const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    const hint = (href: string, rel: string, as?: string) => {
      const link = document.createElement("link");
      link.rel = rel;
      if (as) link.as = as;
      // fetch() asks same-origin with credentials: an anonymous CORS preload is what it matches.
      link.crossOrigin = "anonymous";
      link.href = href;
      document.head.append(link);
    };
    const manifest = script?.getAttribute("data-manifest");
    if (manifest) {
      const link = document.createElement("link");
      link.rel = "manifest";
      link.href = manifest;
      document.head.append(link);
    }
    for (const href of [...load, ...preload]) hint(href, "modulepreload");
    for (const href of data) hint(href, "preload", "fetch");
    for (const [i, href] of load.entries()) {
      if (i > 0) await nextTask();
      await import(/* @vite-ignore */ href);
    }
  };

  // After the first contentful paint, which the Paint Timing API reports once it is on screen.
  // A hidden page (a background tab, a prerender) paints nothing and reports no paint until it is
  // shown, so it starts at once; a browser without Paint Timing waits for one frame instead.
  if (document.visibilityState === "hidden") void start();
  else if (PerformanceObserver.supportedEntryTypes?.includes("paint")) {
    const observer = new PerformanceObserver((entries) => {
      if (!entries.getEntriesByName("first-contentful-paint").length) return;
      observer.disconnect();
      void start();
    });
    observer.observe({ type: "paint", buffered: true });
    document.addEventListener("visibilitychange", () => void start(), { once: true });
    // A safety net: a page that never reports a paint (an odd browser, an empty viewport) still
    // gets its app; any real first paint comes long before this.
    setTimeout(() => void start(), 3000);
  } else requestAnimationFrame(() => setTimeout(start, 0));
})();
