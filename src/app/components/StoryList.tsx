/**
 * A short list of other articles: title (serif, 600) over its date (muted), and for a related
 * one the topics it shares with the article being read ("Cùng nói về Quảng Thành"). Used by the
 * sidebar asides and the not-found page; the heading and landmark belong to the caller.
 */
import type { ArticleSummary } from "../../content/types";
import { ArticleLink } from "./ArticleLink";
import { StoryDate } from "./StoryDate";
import { vi } from "../../i18n/vi";

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
          {/* A related story's topics shared with the one being read (src/content/corpus.ts). */}
          {s.about && s.about.length > 0 ? <span className="story-list-about">{vi.topics.sharedWith(s.about)}</span> : null}
        </li>
      ))}
    </ul>
  );
}
