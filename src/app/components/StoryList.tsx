/**
 * A short list of other articles: title (serif, 600) over its date (muted). Used by the
 * sidebar asides and the not-found page; the heading and landmark belong to the caller.
 */
import type { ArticleSummary } from "../../content/types";
import { ArticleLink } from "./ArticleLink";
import { StoryDate } from "./StoryDate";

export function StoryList({ stories }: { stories: readonly ArticleSummary[] }) {
  return (
    <ul className="story-list">
      {stories.map((s) => (
        <li key={s.slug}>
          <ArticleLink slug={s.slug} className="story-list-title">
            {s.title}
          </ArticleLink>
          <span className="story-list-date">
            <StoryDate story={s} form="short" />
          </span>
        </li>
      ))}
    </ul>
  );
}
