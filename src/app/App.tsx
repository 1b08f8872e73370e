/**
 * The app: the route table (routes.ts) as plain declarative routes (React Router's data router
 * alone would cost ~16 KB gzip of the 95 KB first-load budget), each kind of page drawn by its
 * page component. Data comes from a NewsSource and an ArticleStore handed in, so the browser,
 * the prerenderer and the tests render the very same tree over real or fake data.
 */
import { Suspense, type ReactElement, type ReactNode } from "react";
import { Route, Routes } from "react-router-dom";
import { ArticleLinks } from "./components/ArticleLink";
import { Shell } from "./components/Shell";
import { RouteErrorBoundary } from "./components/RouteErrorBoundary";
import { ArticleStoreContext, type ArticleStore } from "./data/article-store";
import { NewsContext, type NewsSource } from "./data/news-source";
import { ArticleRoute, HomePage, SearchPage } from "./pages";
import { NotFoundPage } from "./pages/NotFoundPage";
import { ROUTES, ROUTE_KINDS, type PageKind } from "./routes";
import type { ArticleSummary } from "../content/types";

/** Each kind of page's element: the one place a page kind becomes a component. */
function pageElement(kind: PageKind, latest: ArticleSummary[]): ReactElement {
  switch (kind) {
    case "home":
      return <HomePage />;
    case "article":
      return <ArticleRoute />;
    case "search":
      return <SearchPage />;
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
  return (
    <NewsContext value={source}>
      <ArticleStoreContext value={store}>
        <ArticleLinks>
          <Shell>
            {page ?? (
              <RouteErrorBoundary latest={latest}>
                {/* Rarely seen: links prefetch, and a navigation keeps the old page until the new one is ready. */}
                <Suspense fallback={null}>
                  <Routes>
                    {ROUTE_KINDS.map((kind) => {
                      const { pattern, page } = ROUTES[kind];
                      const element = pageElement(page, latest);
                      return pattern === "/" ? <Route key={kind} index element={element} /> : <Route key={kind} path={pattern.slice(1) || pattern} element={element} />;
                    })}
                  </Routes>
                </Suspense>
              </RouteErrorBoundary>
            )}
          </Shell>
        </ArticleLinks>
      </ArticleStoreContext>
    </NewsContext>
  );
}
