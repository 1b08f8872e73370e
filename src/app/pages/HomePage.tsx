/**
 * Home: the newest article as the lead story (large headline, its sapo), then the rest as a
 * list with dateline and a two-line excerpt; older articles on list pages of 20, /trang/N, so
 * thousands of dumps stay light.
 */
import { pageAfterHome } from "../../content/listing";
import type { ArticleSummary, BrokenFile } from "../../content/types";
import { vi } from "../../i18n/vi";
import { PageMeta } from "../head/PageMeta";
import { BrokenNotice } from "../components/BrokenNotice";
import { StoryDate } from "../components/StoryDate";
import { Pagination } from "../components/Pagination";
import { ArticleLink } from "../components/ArticleLink";
import { Stories } from "../components/Stories";
import { useListPage } from "../data/article-store";
import { useNews } from "../data/news-source";
import { listPagePath, pageNumber } from "../paths";
import { NotFoundPage } from "./NotFoundPage";

/** `/`: the newest pages (src/content/listing.ts); `/trang/N`: page N, numbered from the oldest. */
/** `page`: the route's page number as written (/trang/N); none on home. */
export function HomePage({ page: param }: { page?: string | undefined }) {
  const { latest, broken, pageCount, homePages } = useNews();
  if (param === undefined) return <HomeList pages={homePages} older={pageAfterHome(homePages)} broken={broken} />;
  const page = pageNumber(param);
  if (!(page >= 1 && page <= pageCount)) return <NotFoundPage latest={latest} />;
  return <ListPage page={page} pageCount={pageCount} />;
}

function HomeList({ pages, older, broken }: { pages: number[]; older: number | null; broken: readonly BrokenFile[] }) {
  // One or two pages, the same for a corpus: the hooks run the same number of times every render.
  const lists = pages.map((n) => useListPage(n) ?? []);
  const stories = lists.flat();
  // The lead story is the newest article overall.
  const [lead, ...rest] = stories;
  return (
    <div className="home">
      <PageMeta path="/" />
      <h1 className="sr-only">{vi.homeHeading}</h1>
      {/* Only the dev server lists broken dumps; a build leaves the notice (and its strings) out. */}
      {import.meta.env.DEV ? <BrokenNotice broken={broken} /> : null}
      {stories.length === 0 ? <p className="empty">{vi.emptyCorpus}</p> : null}
      {lead ? <LeadStory story={lead} /> : null}
      <Stories stories={rest} />
      <Pagination newer={null} older={older === null ? null : listPagePath(older)} />
    </div>
  );
}

function ListPage({ page, pageCount }: { page: number; pageCount: number }) {
  const stories = useListPage(page) ?? [];
  const title = vi.pagination.status(page);
  return (
    <div className="home">
      <PageMeta title={title} path={listPagePath(page)} />
      <h1 className="list-title">{title}</h1>
      <Stories stories={stories} />
      <Pagination newer={page < pageCount ? listPagePath(page + 1) : null} older={page > 1 ? listPagePath(page - 1) : null} status={title} />
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
