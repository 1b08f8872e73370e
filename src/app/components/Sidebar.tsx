/**
 * "Tin liên quan" then "Mới nhất". Each is its own labelled <aside>, so a screen reader's
 * landmark list names them. The current article is filtered out here as well as upstream:
 * linking a page to itself is never useful.
 */
import type { ArticleSummary } from "../../content/types";
import { vi } from "../../i18n/vi";
import { StoryList } from "./StoryList";
import { LIST_SIZES } from "../../content/list-sizes";

const RELATED_MAX = LIST_SIZES.related;

type Props = { currentSlug: string; related: readonly ArticleSummary[]; latest: readonly ArticleSummary[] };

export function Sidebar({ currentSlug, related, latest }: Props) {
  const relatedStories = related.filter((s) => s.slug !== currentSlug).slice(0, RELATED_MAX);
  const latestStories = latest.filter((s) => s.slug !== currentSlug);
  return (
    <div className="sidebar">
      {relatedStories.length > 0 ? (
        <SideSection title={vi.related} stories={relatedStories} />
      ) : null}
      {latestStories.length > 0 ? <SideSection title={vi.latest} stories={latestStories} /> : null}
    </div>
  );
}

function SideSection({ title, stories }: { title: string; stories: readonly ArticleSummary[] }) {
  return (
    <aside className="side-section" aria-label={title}>
      <h2 className="section-heading">{title}</h2>
      <StoryList stories={stories} />
    </aside>
  );
}
