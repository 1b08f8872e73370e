/** A plain not-found page: what happened, the way home, and something to read instead. */
import type { ArticleSummary } from "../../content/types";
import { vi } from "../../i18n/vi";
import { HOME_HREF } from "../paths";
import { PageMeta } from "../head/PageMeta";
import { StoryList } from "../components/StoryList";

const LATEST_COUNT = 5;

export function NotFoundPage({ latest }: { latest: readonly ArticleSummary[] }) {
  const stories = latest.slice(0, LATEST_COUNT);
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <PageMeta title={vi.notFound.title} description={vi.notFound.body} noindex />
      <h1 id="not-found-title" className="page-title">
        {vi.notFound.title}
      </h1>
      <p>{vi.notFound.body}</p>
      {/* A plain anchor, not <Link>: after a failure a full reload is the safer way home. */}
      <p>
        <a href={HOME_HREF} className="home-link">
          {vi.notFound.backHome}
        </a>
      </p>
      {stories.length > 0 ? (
        <>
          <h2 className="section-heading">{vi.latest}</h2>
          <StoryList stories={stories} />
        </>
      ) : null}
    </section>
  );
}
