/** What a reader sees when a page fails to load or render: what happened and a way home. */
import { vi } from "../../i18n/vi";

export function RouteErrorPage() {
  return (
    <section className="route-error" aria-labelledby="error-title">
      <title>{vi.documentTitle(vi.error.title)}</title>
      <h1 id="error-title" className="page-title">
        {vi.error.title}
      </h1>
      <p>{vi.error.body}</p>
      {/* A plain anchor, not <Link>: after a failure a full reload is the safer way home. */}
      <p>
        <a href="/" className="home-link">
          {vi.notFound.backHome}
        </a>
      </p>
    </section>
  );
}
