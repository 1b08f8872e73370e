/**
 * The reader tools, with their code loaded when the page is idle after hydration. The buttons
 * are in the prerendered HTML from the start; React keeps that HTML, and replays a click on
 * it, until the code arrives. Reading needs none of it, so it stays out of the first load
 * (docs/performance.md). The prerenderer loads it before rendering, so the HTML has the tools.
 */
import { Suspense } from "react";
import type { Article } from "../../../content/types";
import { lazyPage } from "../../pages/lazy-page";

/** Resolves once the page has loaded and the browser is idle; at once where there is no window. */
function afterIdle(): Promise<void> {
  if (typeof window === "undefined") return Promise.resolve();
  return new Promise((resolve) => {
    const idle = () =>
      typeof window.requestIdleCallback === "function" ? window.requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 200);
    if (document.readyState === "complete") idle();
    else window.addEventListener("load", idle, { once: true });
  });
}

const LazyReaderTools = lazyPage(() => afterIdle().then(() => import("./ReaderTools").then((m) => m.ReaderTools)));

/** For the prerenderer (src/app/server.tsx): render the tools, never their placeholder. */
export const preloadReaderTools = LazyReaderTools.preload;

export function ReaderTools({ article }: { article: Article }) {
  // On a client-side visit before the code has arrived: an empty row of the same height.
  return (
    <Suspense fallback={<div className="reader-tools" />}>
      <LazyReaderTools article={article} />
    </Suspense>
  );
}
