/**
 * Article pages by slug and home pages by number, each loaded once and shared by everything
 * that wants it: a link's prefetch (hover, focus, scrolled into view), the page that renders
 * it, hydration and the prerenderer. Rendering reads through `useArticlePage`/`useListPage`,
 * which return loaded data at once and suspend (React 19 `use`) only while it is on its way.
 */
import { createContext, use, useContext } from "react";
import type { ArticlePage, ArticleSummary } from "../../content/types";
import type { NewsSource } from "./news-source";

/**
 * A load in flight or done. The promise carries React's own `status`/`value` fields once it
 * settles, so `use()` reads loaded data synchronously — during hydration too — instead of
 * suspending for a tick, and every render of a page calls `use()` the same way.
 */
type Tracked<T> = Promise<T> & { status?: "pending" | "fulfilled" | "rejected"; value?: T; reason?: unknown };

function track<T>(pending: Promise<T>): Tracked<T> {
  const tracked = pending as Tracked<T>;
  tracked.status = "pending";
  // Handlers return nothing: returning the promise itself would make the derived promise
  // adopt a rejection that nobody handles.
  tracked.then(
    (value) => void Object.assign(tracked, { status: "fulfilled", value }),
    (reason: unknown) => void Object.assign(tracked, { status: "rejected", reason }),
  );
  return tracked;
}

function settled<T>(value: T): Tracked<T> {
  return Object.assign(Promise.resolve(value) as Tracked<T>, { status: "fulfilled" as const, value });
}

/**
 * Loads by key once. A failure stays a failure (re-rendering must not fire request after
 * request) until `forget` clears it for a deliberate retry.
 */
function cache<K, V>(load: (key: K) => Promise<V | null> | null) {
  const loads = new Map<K, Tracked<V | null>>();
  const get = (key: K): Tracked<V | null> => {
    let p = loads.get(key);
    if (!p) {
      const pending = load(key);
      p = pending === null ? settled(null) : track(pending.then((v) => v ?? null));
      p.catch(() => {}); // a failure is shown where it is read, not reported as unhandled
      loads.set(key, p);
    }
    return p;
  };
  return {
    get,
    set: (key: K, value: V | null) => void loads.set(key, settled(value)),
    /** Drops every load that failed, so the next read tries again. */
    forgetFailed: () => {
      for (const [key, p] of loads) if (p.status === "rejected") loads.delete(key);
    },
  };
}

export type ArticleStore = {
  /** An article's page (the same promise every time, for `use`); null for an unknown slug. */
  article(slug: string): Promise<ArticlePage | null>;
  /** A home page's summaries; null for a page that does not exist. */
  list(page: number): Promise<ArticleSummary[] | null>;
  /** Another data file (NewsSource.loadData), by path; null when there is none. */
  data(path: string): Promise<unknown>;
  /** Starts loading an article for a link, without waiting or failing. */
  prefetch(slug: string): void;
  /** Records what is already known, e.g. that the server answered "not found" for a slug. */
  known(slug: string, page: ArticlePage | null): void;
  /** Drops every failed article and list load so the next render tries again (a reader's "Thử lại"). */
  retryFailed(): void;
};

export function createArticleStore(source: Pick<NewsSource, "loadArticle" | "loadList"> & Partial<Pick<NewsSource, "loadData">>): ArticleStore {
  const articles = cache<string, ArticlePage>((slug) => source.loadArticle(slug));
  const lists = cache<number, ArticleSummary[]>((page) => source.loadList(page));
  const files = cache<string, unknown>((path) => source.loadData?.(path) ?? null);
  return {
    article: articles.get,
    list: lists.get,
    data: files.get,
    prefetch: (slug) => void articles.get(slug),
    known: articles.set,
    retryFailed: () => {
      articles.forgetFailed();
      lists.forgetFailed();
      files.forgetFailed();
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
  return use(useArticleStore().article(slug));
}

/** Home page `page`'s summaries (null when there is no such page); suspends while it loads. */
export function useListPage(page: number): ArticleSummary[] | null {
  return use(useArticleStore().list(page));
}

/**
 * A data file the route table names for the page (data-paths.ts), as the type its writer
 * (src/node/site-data.ts) gives it; null when there is none. Suspends while it loads.
 */
export function useDataFile<T>(path: string): T | null {
  return use(useArticleStore().data(path)) as T | null;
}
