/**
 * The error element: a 404 (unknown slug) becomes the not-found page; anything else (a chunk
 * that failed to load, a bug) gets a calm message and a way home instead of a blank screen.
 */
import { isRouteErrorResponse, useRouteError } from "react-router-dom";
import type { ArticleSummary } from "../../content/types";
import { vi } from "../../i18n/vi";
import { NotFoundPage } from "./NotFoundPage";

export function RouteErrorPage({ latest }: { latest: readonly ArticleSummary[] }) {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage latest={latest} />;
  if (import.meta.env.DEV) console.error(error);
  return (
    <section className="route-error" aria-labelledby="error-title">
      <title>{vi.documentTitle(vi.error.title)}</title>
      <h1 id="error-title" className="page-title">
        {vi.error.title}
      </h1>
      <p>{vi.error.body}</p>
      <p>
        <a href="/" className="home-link">
          {vi.notFound.backHome}
        </a>
      </p>
    </section>
  );
}
