/**
 * A shelf of the archive: an author's articles (/tac-gia/<slug>), a topic's (/chu-de/<slug>, with
 * its kind and the topics most often named with it), a month's (/luu-tru/2020/3) or the undated
 * ones (/luu-tru/khong-ngay), newest first. The landing shows the newest pages (its
 * head file holds them); /…/trang/N shows page N, numbered from the oldest as home's are, so a
 * new article changes only a shelf's last pages. A month links the months before and after it.
 */
import type { ReactNode } from "react";
import type { ArticleSummary } from "../../content/types";
import type { AuthorHead, MonthHead, ShelfHead } from "../../content/shelves";
import type { TopicHead, TopicLink } from "../../content/topic-index";
import { pageAfterHome } from "../../content/listing";
import { monthFromParams, monthKey, type YearMonth } from "../../content/months";
import { vi } from "../../i18n/vi";
import { PageMeta } from "../head/PageMeta";
import { Breadcrumbs, type Step } from "../components/Breadcrumbs";
import { Pagination } from "../components/Pagination";
import { SiteLink } from "../components/SiteLink";
import { Stories } from "../components/Stories";
import { TopicLinks } from "../components/Topics";
import { useDataFile } from "../data/article-store";
import { dataPaths, shelfKeys } from "../data/data-paths";
import { ROUTES, authorFeedPath, topicFeedPath, type RouteKind } from "../routes";
import { SITE } from "../head/site";
import { ARCHIVE_PATH, AUTHORS_PATH, TOPICS_PATH, authorPath, monthPath, pageNumber, topicPath, UNDATED_PATH } from "../paths";
import { NotFoundPage } from "./NotFoundPage";
import { useNews } from "../data/news-source";

export type ShelfRoute = Extract<RouteKind, "author" | "authorList" | "topic" | "topicList" | "month" | "monthList" | "undated" | "undatedList">;
type Props = { route: ShelfRoute; params: Readonly<Record<string, string>> };

/** What a shelf is, from its route: its data key, its landing's and its pages' paths, where it sits in the trail. */
type Shelf = { key: string; landing: string; pagePath: (page: number) => string; trail: Step[]; month?: YearMonth; feed?: string };

function shelfOf(route: ShelfRoute, params: Props["params"]): Shelf | null {
  if (route === "author" || route === "authorList") {
    const slug = params.slug ?? "";
    return {
      key: shelfKeys.author(slug),
      landing: authorPath(slug),
      pagePath: (page) => ROUTES.authorList.toPath({ slug, page }),
      trail: [{ name: vi.authors, path: AUTHORS_PATH }],
      feed: authorFeedPath(slug),
    };
  }
  if (route === "topic" || route === "topicList") {
    const slug = params.slug ?? "";
    return {
      key: shelfKeys.topic(slug),
      landing: topicPath(slug),
      pagePath: (page) => ROUTES.topicList.toPath({ slug, page }),
      trail: [{ name: vi.topics.title, path: TOPICS_PATH }],
      feed: topicFeedPath(slug),
    };
  }
  const trail = [{ name: vi.archive, path: ARCHIVE_PATH }];
  if (route === "undated" || route === "undatedList") return { key: shelfKeys.undated, landing: UNDATED_PATH, pagePath: (page) => ROUTES.undatedList.toPath({ page }), trail };
  const month = monthFromParams(params.year, params.month);
  if (!month) return null;
  return { key: shelfKeys.month(monthKey(month)), landing: monthPath(month.year, month.month), pagePath: (page) => ROUTES.monthList.toPath({ ...month, page }), trail, month };
}

export function ShelfPage({ route, params }: Props) {
  const { latest } = useNews();
  const shelf = shelfOf(route, params);
  const head = useDataFile<Head>(dataPaths.shelf(shelf?.key ?? "none"));
  const page = params.page === undefined ? null : pageNumber(params.page);
  if (!shelf || !head || (page !== null && !(page >= 1 && page <= head.pageCount))) return <NotFoundPage latest={latest} />;
  const title = head.name ?? (shelf.month ? vi.shelves.month(shelf.month.month, shelf.month.year) : vi.shelves.undated);
  return page === null ? <ShelfLanding shelf={shelf} head={head} title={title} /> : <ShelfList shelf={shelf} head={head} title={title} page={page} />;
}

type Head = ShelfHead & Partial<MonthHead> & Partial<AuthorHead> & Partial<Pick<TopicHead, "kind" | "related">>;
type ViewProps = { shelf: Shelf; head: Head; title: string };

function ShelfLanding({ shelf, head, title }: ViewProps) {
  const older = pageAfterHome(head.homePages);
  return (
    <ShelfFrame shelf={shelf} head={head} title={title} heading={title} path={shelf.landing}>
      <Stories stories={head.newest} />
      <Pagination newer={null} older={older === null ? null : shelf.pagePath(older)} />
    </ShelfFrame>
  );
}

function ShelfList({ shelf, head, title, page }: ViewProps & { page: number }) {
  const stories = useDataFile<ArticleSummary[]>(dataPaths.shelf(shelf.key, page)) ?? [];
  const heading = vi.shelves.page(title, page);
  const status = vi.pagination.status(page);
  return (
    <ShelfFrame shelf={shelf} head={head} title={title} heading={heading} path={shelf.pagePath(page)} current={status}>
      <Stories stories={stories} />
      <Pagination newer={page < head.pageCount ? shelf.pagePath(page + 1) : shelf.landing} older={page > 1 ? shelf.pagePath(page - 1) : null} status={status} />
    </ShelfFrame>
  );
}

function ShelfFrame({ shelf, head, title, heading, path, current, children }: ViewProps & { heading: string; path: string; current?: string; children: ReactNode }) {
  const steps: Step[] = [...shelf.trail, current ? { name: title, path: shelf.landing } : { name: title }, ...(current ? [{ name: current }] : [])];
  const feed = shelf.feed ? { title: (head.kind ? vi.topics.feed : vi.shelves.authorFeed)(title, SITE.name), path: shelf.feed } : undefined;
  return (
    <div className="home shelf">
      <PageMeta title={heading} path={path} {...(feed ? { feed } : {})} />
      <Breadcrumbs steps={steps} />
      <header className="shelf-header">
        <h1 className="list-title">{heading}</h1>
        {/* The count on the landing only: page N stays byte for byte the same as the shelf grows. */}
        <p className="shelf-meta">
          {head.name ? (head.kind ? vi.topics.kinds[head.kind] : vi.shelves.author) : null}
          {head.name && !current ? " · " : null}
          {current ? null : vi.shelves.count(head.count)}
        </p>
        {shelf.key === shelfKeys.undated ? <p className="shelf-meta">{vi.shelves.undatedNote}</p> : null}
      </header>
      {children}
      {head.year !== undefined ? <MonthNav previous={head.previous ?? null} next={head.next ?? null} /> : null}
      {head.related && head.related.length > 0 && !current ? <RelatedTopics topics={head.related} /> : null}
    </div>
  );
}

function MonthNav({ previous, next }: { previous: YearMonth | null; next: YearMonth | null }) {
  if (!previous && !next) return null;
  return (
    <nav className="pagination month-nav" aria-label={vi.shelves.monthNav}>
      {previous ? (
        <SiteLink to={monthPath(previous.year, previous.month)}>
          {vi.shelves.previousMonth}: {vi.shelves.month(previous.month, previous.year)}
        </SiteLink>
      ) : (
        <span />
      )}
      {next ? (
        <SiteLink to={monthPath(next.year, next.month)}>
          {vi.shelves.nextMonth}: {vi.shelves.month(next.month, next.year)}
        </SiteLink>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** A topic's landing: the topics most often named with it. */
function RelatedTopics({ topics }: { topics: readonly TopicLink[] }) {
  return (
    <section className="related-topics" aria-labelledby="chu-de-lien-quan">
      <h2 id="chu-de-lien-quan" className="index-letter">
        {vi.topics.related}
      </h2>
      <TopicLinks topics={topics} className="topic-links" />
    </section>
  );
}
