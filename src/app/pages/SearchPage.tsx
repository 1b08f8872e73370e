/**
 * /tim-kiem?q=… — search results as you type in the masthead's box (SearchForm). The page is
 * prerendered with no query; in the browser it reads `?q=` once hydrated, loads the index (its
 * files a query needs, fetched only now) and lists the best matches, a page at a time: title
 * linked to the article, date, excerpt, the matched words marked. The count is announced politely.
 * Topics whose names match (places, people, organisations: src/content/topic-search.ts) are listed above the articles.
 *
 * Everything heavy — the query engine, the folding, the index — is in this page's chunk or the
 * index's files, never in the first load of another page.
 */
import { useDeferredValue, useEffect, useState, type ReactNode } from "react";
import { useLocation } from "react-router-dom";
import { SiteLink } from "../components/SiteLink";
import { highlight } from "../../content/search";
import { PAGE_OF_RESULTS, ShardedSearch, type ShardedHit } from "../../content/search-query";
import { vi } from "../../i18n/vi";
import { Dateline } from "../components/Dateline";
import { NoticePage } from "../components/NoticePage";
import { StoryList } from "../components/StoryList";
import { useArticleStore } from "../data/article-store";
import { useHydrated } from "../data/hydrated";
import { useNews, type NewsSource } from "../data/news-source";
import { PageMeta } from "../head/PageMeta";
import { articlePath } from "../paths";
import { TopicItem } from "../components/Topics";
import { dataPaths } from "../data/data-paths";
import { matchTopics, queryPrefix, type TopicName } from "../../content/topic-search";
import { kindOfCode } from "../../content/topics";
import { SEARCH_PATH } from "../search/path";
import { fetchSearchFiles } from "../search/fetch-files";
import { LIST_SIZES } from "../../content/list-sizes";

/** "Mới nhất" under "no results", as on the not-found page. */
const LATEST_COUNT = LIST_SIZES.latest;

/** One engine per news source, for the visit: it keeps every file it fetched. */
const engines = new WeakMap<NewsSource, ShardedSearch | null>();

function engineFor(news: NewsSource): ShardedSearch | null {
  let engine = engines.get(news);
  if (engine === undefined) {
    const files = news.searchFiles ?? (news.searchUrl ? fetchSearchFiles(news.searchUrl) : null);
    engines.set(news, (engine = files ? new ShardedSearch(files) : null));
  }
  return engine;
}

/** A query's results so far: the first page, then each page asked for appended. */
type Results = { query: string; total: number; approximate: boolean; hits: ShardedHit[] };
type SearchState = { status: "idle" | "loading" | "failed" } | { status: "ready"; results: Results; more: boolean };

/** The results for `query`, and a way to ask for the next page of them. */
function useResults(news: NewsSource, query: string): [SearchState, () => void] {
  const [state, setState] = useState<SearchState>({ status: "idle" });
  useEffect(() => {
    if (query === "") return setState({ status: "idle" });
    const engine = engineFor(news);
    if (!engine) return setState({ status: "failed" });
    let live = true;
    setState((s) => (s.status === "ready" ? s : { status: "loading" }));
    engine.search(query).then(
      ({ total, approximate, hits }) => live && setState({ status: "ready", results: { query, total, approximate, hits }, more: false }),
      () => live && setState({ status: "failed" }),
    );
    return () => {
      live = false;
    };
  }, [news, query]);
  const more = () => {
    if (state.status !== "ready" || state.more) return;
    const { results } = state;
    setState({ ...state, more: true });
    engineFor(news)!
      .search(results.query, results.hits.length)
      .then(
        // A later page may have needed every member block: its count is then exact.
        ({ total, approximate, hits }) =>
          setState((s) => (s.status === "ready" && s.results === results ? { status: "ready", results: { ...results, total, approximate, hits: [...results.hits, ...hits] }, more: false } : s)),
        () => setState({ status: "failed" }),
      );
  };
  return [state, more];
}

/** The topics whose names match the query (topic-search.ts): one small file of names a query, read as it is typed. */
function useTopics(query: string): { query: string; topics: TopicName[] } {
  const store = useArticleStore();
  const [found, setFound] = useState<{ query: string; topics: TopicName[] }>({ query: "", topics: [] });
  useEffect(() => {
    const prefix = queryPrefix(query);
    if (prefix === null) return setFound({ query, topics: [] });
    let live = true;
    // The list of files first (kept by the store): no request for letters no topic has.
    store
      .data(dataPaths.topicPrefixes)
      .then((prefixes) => (Array.isArray(prefixes) && prefixes.includes(prefix) ? store.data(dataPaths.topicNames(prefix)) : []))
      .then(
        (shard) => live && setFound({ query, topics: Array.isArray(shard) ? matchTopics(shard as TopicName[], query) : [] }),
        // Offline, or a file gone since: no topics, the articles still.
        () => live && setFound({ query, topics: [] }),
      );
    return () => {
      live = false;
    };
  }, [store, query]);
  return found;
}

export function SearchPage() {
  const news = useNews();
  const { search } = useLocation();
  // The prerendered page had no query: the address's is read once hydrated.
  const typed = useHydrated() ? (new URLSearchParams(search).get("q") ?? "") : "";
  // This route's own path ("/tim-kiem", even when addressed as "/tim-kiem/"): the canonical URL.
  const path = SEARCH_PATH;
  // Typing stays responsive: a new query's results may render a moment later.
  const query = useDeferredValue(typed).trim();
  const [state, more] = useResults(news, query);
  const topics = useTopics(query);
  // The results shown belong to the query typed, or to none yet (while its files load).
  const outcome = state.status === "ready" && state.results.query === query ? state.results : null;

  // Without its index the page cannot work: it says so as any page that failed to load does.
  if (state.status === "failed") return <NoticePage id="error-title" className="route-error" title={vi.error.title} body={vi.error.body} />;
  let status: string;
  if (query === "") status = vi.search.prompt;
  else if (!outcome) status = vi.search.loading;
  else if (outcome.total === 0) status = vi.search.noResults(query);
  else status = vi.search.count(outcome.total, query, outcome.approximate);
  const left = outcome ? outcome.total - outcome.hits.length : 0;

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
      {query !== "" && topics.query === query && topics.topics.length > 0 ? <FoundTopics topics={topics.topics} /> : null}
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
          {left > 0 ? (
            <p className="search-more">
              <span>{vi.search.shown(outcome.hits.length, outcome.total, outcome.approximate)}</span>{" "}
              <button type="button" className="tool-button" onClick={more} aria-busy={state.status === "ready" && state.more}>
                {vi.search.more(Math.min(left, PAGE_OF_RESULTS))}
              </button>
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

function Result({ hit }: { hit: ShardedHit }) {
  const store = useArticleStore();
  // Prefetched on hover, focus or touch only: results change with every key, and fetching every
  // one that scrolls into view would fetch dozens of articles nobody opens.
  const prefetch = () => store.prefetch(hit.slug);
  return (
    <li className="home-item">
      <h2 className="home-item-title">
        <SiteLink to={articlePath(hit.slug)} onMouseEnter={prefetch} onFocus={prefetch} onTouchStart={prefetch}>
          <Marked text={hit.title} terms={hit.terms} />
        </SiteLink>
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

/** Topics found by name, above the articles: each a link to its page, with its kind and count. */
function FoundTopics({ topics }: { topics: readonly TopicName[] }) {
  return (
    <section className="search-topics" aria-labelledby="search-topics-title">
      <h2 id="search-topics-title" className="section-heading">
        {vi.topics.found}
      </h2>
      <ul className="index-list">
        {topics.map(([name, slug, count, kind]) => (
          <TopicItem key={slug} name={name} slug={slug} kind={kindOfCode(kind)} count={count} />
        ))}
      </ul>
    </section>
  );
}
