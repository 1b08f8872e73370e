/** A plain not-found page: what happened, the way home, and something to read instead. */
import type { ArticleSummary } from "../../content/types";
import { vi } from "../../i18n/vi";
import { NoticePage } from "../components/NoticePage";
import { StoryList } from "../components/StoryList";
import { LIST_SIZES } from "../../content/list-sizes";

const LATEST_COUNT = LIST_SIZES.latest;

export function NotFoundPage({ latest }: { latest: readonly ArticleSummary[] }) {
  const stories = latest.slice(0, LATEST_COUNT);
  return (
    <NoticePage id="not-found-title" className="not-found" title={vi.notFound.title} body={vi.notFound.body}>
      {stories.length > 0 ? (
        <>
          <h2 className="section-heading">{vi.latest}</h2>
          <StoryList stories={stories} />
        </>
      ) : null}
    </NoticePage>
  );
}
