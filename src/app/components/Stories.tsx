/**
 * A list page's stories: each headline (a link), its date and a two-line excerpt. Home, its
 * list pages and the shelves (an author's, a month's) show them so.
 */
import type { ArticleSummary } from "../../content/types";
import { ArticleLink } from "./ArticleLink";
import { StoryDate } from "./StoryDate";

export function Stories({ stories }: { stories: readonly ArticleSummary[] }) {
  if (stories.length === 0) return null;
  return (
    <ol className="home-list">
      {stories.map((s) => (
        <StoryItem key={s.slug} story={s} />
      ))}
    </ol>
  );
}

function StoryItem({ story }: { story: ArticleSummary }) {
  return (
    <li className="home-item">
      <h2 className="home-item-title">
        <ArticleLink slug={story.slug}>{story.title}</ArticleLink>
      </h2>
      <p className="home-item-date">
        <StoryDate story={story} form="short" />
      </p>
      {story.excerpt ? <p className="home-item-excerpt">{story.excerpt}</p> : null}
    </li>
  );
}
