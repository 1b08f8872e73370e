/**
 * The route table, as plain declarative routes (React Router's data router alone would cost
 * ~16 KB gzip of the 95 KB first-load budget). Data comes from a NewsSource and an
 * ArticleStore handed in, so the browser, the prerenderer and the tests render the very same
 * tree over real or fake data.
 *
 *   /                 home, page 1
 *   /trang/:page      home, older pages
 *   /bai-viet/:slug   article (dev: a broken file's problems, or a redirect after a retitle)
 *   /tim-kiem?q=…     search
 *   *                 not found
 */
import { Suspense, type ReactNode } from "react";
import { Route, Routes } from "react-router-dom";
import { ArticleLinks } from "./components/ArticleLink";
import { Shell } from "./components/Shell";
import { RouteErrorBoundary } from "./components/RouteErrorBoundary";
import { ArticleStoreContext, type ArticleStore } from "./data/article-store";
import { NewsContext, type NewsSource } from "./data/news-source";
import { ArticleRoute, HomePage, SearchPage } from "./pages";
import { NotFoundPage } from "./pages/NotFoundPage";

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
                    <Route index element={<HomePage />} />
                    <Route path="trang/:page" element={<HomePage />} />
                    <Route path="bai-viet/:slug" element={<ArticleRoute />} />
                    <Route path="tim-kiem" element={<SearchPage />} />
                    <Route path="*" element={<NotFoundPage latest={latest} />} />
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
