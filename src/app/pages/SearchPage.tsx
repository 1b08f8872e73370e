/**
 * /tim-kiem?q=… — search results as you type in the masthead's box (SearchForm). The page is
 * prerendered with no query; in the browser it reads `?q=` once hydrated, loads the index (its
 * own data module, fetched only now) and lists the best matches: title linked to the article,
 * date, excerpt, the matched words marked. The count is announced politely.
 *
 * Everything heavy — minisearch, the folding, the index — is in this page's chunk or the index's
 * module, never in the first load of another page.
 */
import { useDeferredValue, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
import { Link, useResolvedPath, useSearchParams } from "react-router-dom";
import { highlight, search, type SearchData, type SearchHit, type SearchIndex } from "../../content/search";
import { loadSearchIndex } from "../../content/search-index";
import { vi } from "../../i18n/vi";
import { Dateline } from "../components/Dateline";
import { NoticePage } from "../components/NoticePage";
import { StoryList } from "../components/StoryList";
import { useArticleStore } from "../data/article-store";
import { useNews } from "../data/news-source";
import { PageMeta } from "../head/PageMeta";
import { articlePath } from "../paths";

type Loader = () => Promise<SearchData> | null;
type IndexState = { status: "idle" | "loading" | "failed" } | { status: "ready"; index: SearchIndex };

/** "Mới nhất" under "no results", as on the not-found page. */
const LATEST_COUNT = 5;

const noSubscription = () => () => {};
/**
 * False while React hydrates the prerendered page (and on the server), true afterwards: the
 * prerendered page had no query, so the address's is read only once hydrated.
 */
const useHydrated = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

/** One index per loader (per corpus), loaded once and kept for the visit. A failure may be retried. */
const indexes = new WeakMap<Loader, Promise<SearchIndex>>();

function loadIndex(load: Loader): Promise<SearchIndex> {
  let loading = indexes.get(load);
  if (!loading) {
    const data = load();
    loading = data ? data.then(loadSearchIndex) : Promise.reject(new Error("this site has no search index"));
    loading.catch(() => indexes.delete(load));
    indexes.set(load, loading);
  }
  return loading;
}

/** The index, once `wanted`: loaded on first need, then ready at once for every later query. */
function useSearchIndex(load: Loader | undefined, wanted: boolean): IndexState {
  const [state, setState] = useState<IndexState>({ status: "idle" });
  const needed = wanted && state.status !== "ready";
  useEffect(() => {
    if (!needed) return;
    if (!load) {
      setState({ status: "failed" });
      return;
    }
    let live = true;
    setState({ status: "loading" });
    loadIndex(load).then(
      (index) => live && setState({ status: "ready", index }),
      () => live && setState({ status: "failed" }),
    );
    return () => {
      live = false;
    };
  }, [load, needed]);
  return state;
}

export function SearchPage() {
  const news = useNews();
  const [params] = useSearchParams();
  const typed = useHydrated() ? (params.get("q") ?? "") : "";
  // This route's own path ("/tim-kiem", even when addressed as "/tim-kiem/"): the canonical URL.
  const path = useResolvedPath(".").pathname;
  // Typing stays responsive: a new query's results may render a moment later.
  const query = useDeferredValue(typed).trim();
  const state = useSearchIndex(news.loadSearch, query !== "");
  const index = state.status === "ready" ? state.index : null;
  const outcome = useMemo(() => (index && query !== "" ? search(index, query) : null), [index, query]);

  // Without its index the page cannot work: it says so as any page that failed to load does.
  if (state.status === "failed") return <NoticePage id="error-title" className="route-error" title={vi.error.title} body={vi.error.body} />;
  let status: string;
  if (query === "") status = vi.search.prompt;
  else if (!outcome) status = vi.search.loading;
  else if (outcome.total === 0) status = vi.search.noResults(query);
  else status = vi.search.count(outcome.total, query);

  return (
    <div className="home search-page">
      <PageMeta title={query ? vi.search.titleFor(query) : vi.search.title} path={path} noindex />
      <h1 className="search-title">{vi.search.title}</h1>
      <p className="search-status" role="status">
        {status}
      </p>
      {/* The index is read in the browser; without JavaScript the box still leads here. */}
      <noscript>
        <p className="search-status">{vi.search.needsScript}</p>
      </noscript>
      {outcome && outcome.total === 0 && news.latest.length > 0 ? (
        <>
          <h2 className="section-heading">{vi.latest}</h2>
          <StoryList stories={news.latest.slice(0, LATEST_COUNT)} />
        </>
      ) : null}
      {outcome && outcome.hits.length > 0 ? (
        <>
          <ol className="search-results" aria-label={vi.search.results}>
            {outcome.hits.map((hit) => (
              <Result key={hit.slug} hit={hit} />
            ))}
          </ol>
          {outcome.total > outcome.hits.length ? <p className="search-status">{vi.search.more(outcome.hits.length)}</p> : null}
        </>
      ) : null}
    </div>
  );
}

function Result({ hit }: { hit: SearchHit }) {
  const store = useArticleStore();
  // Prefetched on hover, focus or touch only: results change with every key, and fetching every
  // one that scrolls into view would fetch dozens of articles nobody opens.
  const prefetch = () => store.prefetch(hit.slug);
  return (
    <li className="home-item">
      <h2 className="home-item-title">
        <Link to={articlePath(hit.slug)} onMouseEnter={prefetch} onFocus={prefetch} onTouchStart={prefetch}>
          <Marked text={hit.title} terms={hit.terms} />
        </Link>
      </h2>
      <p className="home-item-date">
        <Dateline form="short" publishedAt={hit.publishedAt} hasTime={hit.hasTime} dateline={hit.dateline} />
      </p>
      {hit.excerpt ? (
        <p className="search-excerpt">
          <Marked text={hit.excerpt} terms={hit.terms} />
        </p>
      ) : null}
    </li>
  );
}

/** The text with the matched words in <mark>: React text nodes only, so markup in a title stays text. */
function Marked({ text, terms }: { text: string; terms: readonly string[] }): ReactNode {
  return highlight(text, terms).map((piece, i) => (piece.match ? <mark key={i}>{piece.text}</mark> : piece.text));
}
