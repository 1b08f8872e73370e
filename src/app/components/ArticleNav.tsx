/** Previous (older) and next (newer) article by date, so a reader can walk the archive. */
import type { ArticleSummary } from "../../content/types";
import { vi } from "../../i18n/vi";
import { ArticleLink } from "./ArticleLink";

type Props = { previous: ArticleSummary | null; next: ArticleSummary | null };

export function ArticleNav({ previous, next }: Props) {
  if (!previous && !next) return null;
  return (
    <nav className="article-nav" aria-label={vi.articleNav}>
      {previous ? (
        <ArticleLink className="article-nav-link article-nav-prev" slug={previous.slug} rel="prev">
          <span className="article-nav-label">{vi.previous}</span>
          <span className="article-nav-title">{previous.title}</span>
        </ArticleLink>
      ) : (
        <span />
      )}
      {next ? (
        <ArticleLink className="article-nav-link article-nav-next" slug={next.slug} rel="next">
          <span className="article-nav-label">{vi.next}</span>
          <span className="article-nav-title">{next.title}</span>
        </ArticleLink>
      ) : null}
    </nav>
  );
}
