/**
 * Article pages by slug, loaded once and shared by everything that wants one: a link's
 * prefetch (hover, focus, scrolled into view), the page that renders it, hydration and the
 * prerenderer. Rendering reads through `useArticlePage`, which returns a loaded page at once
 * and suspends (React 19 `use`) only when the data is still on its way.
 */
import { createContext, use, useContext } from "react";
import type { ArticlePage } from "../../content/types";
import type { NewsSource } from "./news-source";

/**
 * A load in flight or done. The promise carries React's own `status`/`value` fields once it
 * settles, so `use()` reads a loaded page synchronously — during hydration too — instead of
 * suspending for a tick, and every render of a page calls `use()` the same way.
 */
type TrackedPromise = Promise<ArticlePage | null> & { status?: "pending" | "fulfilled" | "rejected"; value?: ArticlePage | null; reason?: unknown };

export type ArticleStore = {
  /** Starts loading (once) and resolves to the page, or null for an unknown slug. */
  load(slug: string): Promise<ArticlePage | null>;
  /** Like load, for links: never rejects, never blocks. */
  prefetch(slug: string): void;
  /** The load for a slug, started if needed (the same promise every time, for `use`). */
  promise(slug: string): Promise<ArticlePage | null>;
  /** Forgets a failed load so the next render tries again. */
  forget(slug: string): void;
};

function track(pending: Promise<ArticlePage | null>): TrackedPromise {
  const tracked = pending as TrackedPromise;
  tracked.status = "pending";
  tracked.then(
    (value) => {
      tracked.status = "fulfilled";
      tracked.value = value;
    },
    (reason: unknown) => {
      tracked.status = "rejected";
      tracked.reason = reason;
    },
  );
  return tracked;
}

function settled(value: ArticlePage | null): TrackedPromise {
  const done = Promise.resolve(value) as TrackedPromise;
  done.status = "fulfilled";
  done.value = value;
  return done;
}

export function createArticleStore(source: Pick<NewsSource, "loadArticle">): ArticleStore {
  const loads = new Map<string, TrackedPromise>();

  function promise(slug: string): TrackedPromise {
    let p = loads.get(slug);
    if (!p) {
      const pending = source.loadArticle(slug);
      p = pending === null ? settled(null) : track(pending.then((page) => page ?? null));
      loads.set(slug, p);
    }
    return p;
  }

  return {
    promise,
    load: (slug) => promise(slug),
    prefetch(slug) {
      promise(slug).catch(() => {});
    },
    forget(slug) {
      if (loads.get(slug)?.status === "rejected") loads.delete(slug);
    },
  };
}

export const ArticleStoreContext = createContext<ArticleStore | null>(null);

export function useArticleStore(): ArticleStore {
  const store = useContext(ArticleStoreContext);
  if (!store) throw new Error("useArticleStore needs an <ArticleStoreContext> provider");
  return store;
}

/** The page for a slug (null when no article has it); suspends while it loads. */
export function useArticlePage(slug: string): ArticlePage | null {
  return use(useArticleStore().promise(slug));
}
