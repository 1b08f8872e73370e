/**
 * Article pages by slug, loaded once and shared by everything that wants one: a link's
 * prefetch (hover, focus, scrolled into view), the page that renders it, hydration and the
 * prerenderer. Rendering reads through `useArticlePage`, which returns a loaded page at once
 * and suspends (React 19 `use`) only when the data is still on its way.
 */
import { createContext, use, useContext } from "react";
import type { ArticlePage } from "../../content/types";
import type { NewsSource } from "./news-source";

type Entry =
  | { status: "pending"; promise: Promise<ArticlePage | null> }
  | { status: "done"; page: ArticlePage | null }
  | { status: "failed"; error: unknown; promise: Promise<ArticlePage | null> };

export type ArticleStore = {
  /** Starts loading (once) and resolves to the page, or null for an unknown slug. */
  load(slug: string): Promise<ArticlePage | null>;
  /** Like load, for links: never rejects, never blocks. */
  prefetch(slug: string): void;
  /** The entry as it stands, starting the load if needed. */
  entry(slug: string): Entry;
  /** Forgets a failed load so the next render tries again. */
  forget(slug: string): void;
};

export function createArticleStore(source: Pick<NewsSource, "loadArticle">): ArticleStore {
  const entries = new Map<string, Entry>();

  function entry(slug: string): Entry {
    const known = entries.get(slug);
    if (known) return known;
    const pending = source.loadArticle(slug);
    if (pending === null) {
      const done: Entry = { status: "done", page: null };
      entries.set(slug, done);
      return done;
    }
    const promise = pending.then(
      (page) => {
        entries.set(slug, { status: "done", page: page ?? null });
        return page ?? null;
      },
      (error: unknown) => {
        entries.set(slug, { status: "failed", error, promise });
        throw error;
      },
    );
    const started: Entry = { status: "pending", promise };
    entries.set(slug, started);
    return started;
  }

  return {
    entry,
    load(slug) {
      const e = entry(slug);
      return e.status === "done" ? Promise.resolve(e.page) : e.promise;
    },
    prefetch(slug) {
      const e = entry(slug);
      if (e.status === "pending") e.promise.catch(() => {});
    },
    forget(slug) {
      if (entries.get(slug)?.status === "failed") entries.delete(slug);
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
  const e = useArticleStore().entry(slug);
  if (e.status === "done") return e.page;
  if (e.status === "failed") throw e.error;
  return use(e.promise);
}
