/** What a reader sees when a page fails to load or render: what happened and a way home. */
import { vi } from "../../i18n/vi";
import { HOME_HREF } from "../paths";
import { PageMeta } from "../head/PageMeta";

export function RouteErrorPage() {
  return (
    <section className="route-error" aria-labelledby="error-title">
      <PageMeta title={vi.error.title} description={vi.error.body} noindex />
      <h1 id="error-title" className="page-title">
        {vi.error.title}
      </h1>
      <p>{vi.error.body}</p>
      {/* A plain anchor, not <Link>: after a failure a full reload is the safer way home. */}
      <p>
        <a href={HOME_HREF} className="home-link">
          {vi.notFound.backHome}
        </a>
      </p>
    </section>
  );
}
