/**
 * The app: the page the route table (routes.ts) matches for the location, drawn by its kind's
 * page component with the route's parameters as props. The table's own matcher decides, as it
 * does for page preparation, the prerender list and the service worker, so nothing can match a
 * path differently (React Router's <Routes> was a second matcher, and ranking its routes on
 * every render was 8 % of a prerender; its data router alone would cost ~16 KB gzip). Data comes from a NewsSource and an ArticleStore handed in, so the browser,
 * the prerenderer and the tests render the very same tree over real or fake data.
 */
import { Suspense, type ReactElement, type ReactNode } from "react";
import { useLocation } from "react-router-dom";
import { SiteLinks } from "./components/SiteLink";
import { Shell } from "./components/Shell";
import { RouteErrorBoundary } from "./components/RouteErrorBoundary";
import { ArticleStoreContext, type ArticleStore } from "./data/article-store";
import { NewsContext, type NewsSource } from "./data/news-source";
import { ArchivePage, ArticleRoute, AuthorsPage, HomePage, SearchPage, ShelfPage, TopicsPage } from "./pages";
import type { ShelfRoute } from "./pages/ShelfPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { ROUTES, matchRoute, type RouteKind } from "./routes";
import type { ArticleSummary } from "../content/types";

/** Each kind of page's element: the one place a page kind becomes a component. */
function pageElement(route: RouteKind, params: Readonly<Record<string, string>>, latest: ArticleSummary[]): ReactElement {
  const kind = ROUTES[route].page;
  switch (kind) {
    case "home":
      return <HomePage page={params.page} />;
    case "article":
      return <ArticleRoute slug={params.slug ?? ""} />;
    case "search":
      return <SearchPage />;
    case "authors":
      return <AuthorsPage page={params.page} />;
    case "topics":
      return <TopicsPage page={params.page} />;
    case "archive":
      return <ArchivePage />;
    case "shelf":
      return <ShelfPage route={route as ShelfRoute} params={params} />;
    case "other":
      return <NotFoundPage latest={latest} />;
  }
}

export type AppProps = {
  source: NewsSource;
  store: ArticleStore;
  /** Shown in the frame instead of the routes: offline.html's notice (src/app/server.tsx). */
  page?: ReactNode;
};

export function App({ source, store, page }: AppProps) {
  const { latest } = source;
  const { pathname } = useLocation();
  const route = matchRoute(pathname);
  return (
    <NewsContext value={source}>
      <ArticleStoreContext value={store}>
        <SiteLinks>
          <Shell>
            {page ?? (
              <RouteErrorBoundary latest={latest}>
                {/* Rarely seen: links prefetch, and a navigation keeps the old page until the new one is ready. */}
                <Suspense fallback={null}>
                  {pageElement(route.kind, route.params, latest)}
                </Suspense>
              </RouteErrorBoundary>
            )}
          </Shell>
        </SiteLinks>
      </ArticleStoreContext>
    </NewsContext>
  );
}
