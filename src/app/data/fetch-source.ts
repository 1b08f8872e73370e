/**
 * The browser's NewsSource: data/index.json, then each article's and each list page's file as it
 * is wanted (addresses in data-paths.ts). The prerendered page's boot script preloads the index
 * and the page's own file with the app's code, so hydration waits for nothing new.
 */
import type { ArticlePage, ArticleSummary } from "../../content/types";
import { DATA_FILE, SLUG, dataPaths } from "./data-paths";
import type { NewsSource, SiteIndex } from "./news-source";

/** The JSON at `url`; null when the host has no such file (an article removed since a link was made). */
async function getJson<T>(url: string): Promise<T | null> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    // The browser's own message ("Failed to fetch") does not say what: the page's error does.
    throw new Error(`Failed to fetch ${url}`, { cause: error });
  }
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${response.url} ${response.status}`);
  return (await response.json()) as T;
}

export async function fetchNewsSource(base: string): Promise<NewsSource> {
  const index = await getJson<SiteIndex>(base + dataPaths.index);
  if (!index) throw new Error(`${base}${dataPaths.index} is missing: the site was not built with its data`);
  return {
    ...index,
    loadArticle: (slug) => (SLUG.test(slug) ? getJson<ArticlePage>(base + dataPaths.article(slug)) : null),
    loadList: (page) =>
      Number.isInteger(page) && page >= 1 && page <= index.pageCount ? getJson<ArticleSummary[]>(base + dataPaths.list(page)) : null,
    loadData: (path) => (DATA_FILE.test(path) ? getJson<unknown>(base + path) : null),
  };
}
