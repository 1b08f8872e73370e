/**
 * Home: the newest article as the lead story (large headline, its sapo), then the rest as a
 * list with dateline and a two-line excerpt, a page at a time so thousands of dumps stay light.
 */
import { Navigate, useParams } from "react-router-dom";
import type { ArticleSummary, BrokenFile } from "../../content/types";
import { vi } from "../../i18n/vi";
import { PageMeta } from "../head/PageMeta";
import { BrokenNotice } from "../components/BrokenNotice";
import { StoryDate } from "../components/StoryDate";
import { Pagination } from "../components/Pagination";
import { ArticleLink } from "../components/ArticleLink";
import { useListPage } from "../data/article-store";
import { useNews } from "../data/news-source";
import { homePagePath } from "../paths";
import { NotFoundPage } from "./NotFoundPage";

/** /trang/N → N; home is page 1. Anything that is not a whole number is not a page. */
function pageFrom(param: string | undefined): number {
  if (param === undefined) return 1;
  return /^[1-9]\d{0,6}$/.test(param) ? Number(param) : Number.NaN;
}

export function HomePage() {
  const { latest, broken, pageCount } = useNews();
  const param = useParams().page;
  const page = pageFrom(param);
  // One address per page: /trang/1 is home.
  if (page === 1 && param !== undefined) return <Navigate to={homePagePath(1)} replace />;
  if (!(page >= 1 && page <= pageCount)) return <NotFoundPage latest={latest} />;
  return <HomeList page={page} pageCount={pageCount} broken={broken} />;
}

function HomeList({ page, pageCount, broken }: { page: number; pageCount: number; broken: readonly BrokenFile[] }) {
  const onPage = useListPage(page) ?? [];
  // The lead story is the newest article overall, so only the first page has one.
  const lead = page === 1 ? onPage[0] : undefined;
  const rest = page === 1 ? onPage.slice(1) : onPage;

  return (
    <div className="home">
      <PageMeta {...(page === 1 ? {} : { title: vi.pagination.status(page, pageCount) })} path={homePagePath(page)} />
      <h1 className="sr-only">{vi.homeHeading}</h1>
      {/* Only the dev server lists broken dumps; a build leaves the notice (and its strings) out. */}
      {import.meta.env.DEV ? <BrokenNotice broken={broken} /> : null}
      {onPage.length === 0 ? <p className="empty">{vi.emptyCorpus}</p> : null}
      {lead ? <LeadStory story={lead} /> : null}
      {rest.length > 0 ? (
        <ol className="home-list">
          {rest.map((s) => (
            <HomeItem key={s.slug} story={s} />
          ))}
        </ol>
      ) : null}
      <Pagination page={page} pageCount={pageCount} />
    </div>
  );
}

function LeadStory({ story }: { story: ArticleSummary }) {
  return (
    <section className="lead-story" aria-labelledby={`lead-${story.id}`}>
      <h2 id={`lead-${story.id}`} className="lead-story-title">
        <ArticleLink slug={story.slug}>{story.title}</ArticleLink>
      </h2>
      <p className="lead-story-date">
        <StoryDate story={story} form="long" />
      </p>
      {story.excerpt ? <p className="lead-story-excerpt">{story.excerpt}</p> : null}
    </section>
  );
}

function HomeItem({ story }: { story: ArticleSummary }) {
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
