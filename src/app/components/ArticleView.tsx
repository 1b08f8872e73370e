/**
 * One article, in the order a Vietnamese paper prints it: headline, dateline (and the topics it is about), sapo, body,
 * byline with its photo credit and source (right-aligned), tags. A place line kept aside by the
 * parser opens the sapo, as papers print it ("YÊN BÁI – …"). Pure: takes the page, renders; no data fetching.
 */
import type { ReactNode } from "react";
import type { Article } from "../../content/types";
import { vi } from "../../i18n/vi";
import { ArticleCredit } from "./ArticleCredit";
import { BlockRenderer } from "./blocks/BlockRenderer";
import { Dateline, showsDate } from "./Dateline";
import { ReadingTime } from "./ReadingTime";
import { ReaderTools } from "./tools";
import { SiteLink } from "./SiteLink";
import { monthOf } from "../../content/months";
import { monthPath } from "../paths";
import { TopicLinks } from "./Topics";

/**
 * `address`: the article's absolute URL, printed under it (print stylesheet only); `topics`: the
 * places, people and organisations it is about (src/content/topic-index.ts), a row of links under the dateline.
 */
export function ArticleView({ article, address, topics = [] }: { article: Article; address?: string; topics?: ReadonlyArray<{ name: string; slug: string }> }) {
  return (
    <article className="article" lang="vi">
      <header className="article-head">
        <h1 className="article-title">{article.title}</h1>
        <p className="article-dateline">
          <MonthLink publishedAt={article.publishedAt}>
            <Dateline
              publishedAt={article.publishedAt}
              // Only an explicit false means "date without clock time".
              hasTime={article.hasTime !== false}
              dateline={article.dateline}
            />
          </MonthLink>
          <ReadingTime minutes={article.readingMinutes} afterDate={showsDate(article)} />
        </p>
        {topics.length > 0 ? (
          <nav className="article-topics" aria-label={vi.topics.row}>
            <span className="article-topics-label" aria-hidden="true">
              {vi.topics.row}
            </span>
            <TopicLinks topics={topics} />
          </nav>
        ) : null}
        <ReaderTools article={article} />
        {article.lead ? (
          <p className="article-lead">
            {article.place ? <span className="article-place">{article.place} – </span> : null}
            {article.lead}
          </p>
        ) : null}
      </header>
      <div className="article-body prose">
        <BlockRenderer blocks={article.body} />
      </div>
      <ArticleCredit article={article} />
      {address ? (
        <p className="print-only article-address">
          {vi.tools.printAddress} {address}
        </p>
      ) : null}
      {article.tags && article.tags.length > 0 ? (
        <div className="article-tags">
          <h2 className="article-tags-label">{vi.tags}</h2>
          <ul>
            {article.tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </article>
  );
}

/** The dateline as a link to its month in the archive (/luu-tru/2020/3); as it is when undated. */
function MonthLink({ publishedAt, children }: { publishedAt: string | null; children: ReactNode }) {
  const month = monthOf(publishedAt);
  if (!month) return <>{children}</>;
  return (
    <SiteLink to={monthPath(month.year, month.month)} className="article-month-link" title={vi.shelves.month(month.month, month.year)}>
      {children}
    </SiteLink>
  );
}
