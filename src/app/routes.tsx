/**
 * The route table, built from a NewsSource rather than from the virtual module directly, so
 * tests can hand in fixtures and use createMemoryRouter with the very same routes.
 *
 *   /                 home
 *   /bai-viet/:slug   article (dev: a broken file's problems)
 *   *                 not found
 */
import { Outlet, ScrollRestoration, data, redirect, type RouteObject } from "react-router-dom";
import { Shell } from "./components/Shell";
import { articlePath } from "./paths";
import { newestFirst, type ArticleRouteData, type NewsSource } from "./data/news-source";
import { ArticleRoute } from "./pages/ArticleRoute";
import { HomePage } from "./pages/HomePage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { RouteErrorPage } from "./pages/RouteErrorPage";

export type { NewsSource, ArticleRouteData } from "./data/news-source";

export function createRoutes(source: NewsSource): RouteObject[] {
  const articles = newestFirst(source.articles);
  const { broken } = source;

  async function articleLoader(slug: string | undefined): Promise<ArticleRouteData> {
    const pending = slug === undefined ? null : source.loadArticle(slug);
    if (pending) return { kind: "article", page: await pending };
    // A dump that failed to parse has no article, but its author wants to see why, where the
    // article would be. `broken` is empty in production builds; the DEV check makes sure.
    const file = import.meta.env.DEV ? broken.find((b) => b.slug === slug) : undefined;
    if (file) return { kind: "broken", file };
    // Dev: the open article's title was edited, so its slug moved; follow it.
    const moved = slug !== undefined && source.moved && Object.hasOwn(source.moved, slug) ? source.moved[slug] : undefined;
    if (moved) throw redirect(articlePath(moved));
    throw data(null, { status: 404 });
  }

  return [
    {
      id: "root",
      element: (
        <Shell>
          <Outlet />
          <ScrollRestoration />
        </Shell>
      ),
      // Shown while the first article chunk loads: the paper's frame, not a blank page.
      hydrateFallbackElement: <Shell>{null}</Shell>,
      errorElement: (
        <Shell>
          <RouteErrorPage latest={articles} />
        </Shell>
      ),
      children: [
        {
          index: true,
          element: <HomePage articles={articles} broken={broken} />,
          errorElement: <RouteErrorPage latest={articles} />,
        },
        {
          path: "bai-viet/:slug",
          loader: ({ params }) => articleLoader(params.slug),
          element: <ArticleRoute latest={articles} />,
          errorElement: <RouteErrorPage latest={articles} />,
        },
        { path: "*", element: <NotFoundPage latest={articles} /> },
      ],
    },
  ];
}
