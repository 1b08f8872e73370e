/**
 * /bai-viet/:slug — the article with its sidebar. In development two more cases: the slug of a
 * dump that failed to parse shows that file's problems, and the old slug of an article whose
 * headline was just rewritten follows it to its new address.
 */
import { Navigate } from "react-router-dom";
import type { Article } from "../../content/types";
import { PageMeta } from "../head/PageMeta";
import { ArticleJsonLd } from "../head/ArticleJsonLd";
import { absoluteUrl } from "../head/site";
import { ArticleNav } from "../components/ArticleNav";
import { ArticleView } from "../components/ArticleView";
import { Sidebar } from "../components/Sidebar";
import { useArticlePage } from "../data/article-store";
import { useHydrated } from "../data/hydrated";
import { latestExcept, useNews } from "../data/news-source";
import { ARCHIVE_PATH, UNDATED_PATH, articlePath, monthPath } from "../paths";
import { Breadcrumbs, type Step } from "../components/Breadcrumbs";
import { monthOf } from "../../content/months";
import { vi } from "../../i18n/vi";
import { BrokenFilePage } from "./BrokenFilePage";
import { NotFoundPage } from "./NotFoundPage";
import { LIST_SIZES } from "../../content/list-sizes";

const LATEST_COUNT = LIST_SIZES.latest;

/** What a link preview says: the sapo, or the first paragraph of an article without one. */
function descriptionOf(article: Article): string | undefined {
  if (article.lead) return article.lead;
  const first = article.body.find((b) => b.type === "paragraph");
  return first?.type === "paragraph" ? first.text : undefined;
}

/** `slug`: the route's, decoded. */
/** Where an article sits: the archive and its month, or the undated shelf. */
function trailOf(article: Article): Step[] {
  const month = monthOf(article.publishedAt);
  const archive = { name: vi.archive, path: ARCHIVE_PATH };
  return month ? [archive, { name: vi.shelves.month(month.month, month.year), path: monthPath(month.year, month.month) }] : [archive, { name: vi.shelves.undated, path: UNDATED_PATH }];
}

export function ArticleRoute({ slug }: { slug: string }) {
  const news = useNews();
  const page = useArticlePage(slug);
  // "Mới nhất" only once in the browser: in the HTML it would change every article's page with every new article.
  const hydrated = useHydrated();

  if (!page) {
    const broken = import.meta.env.DEV ? news.broken.find((b) => b.slug === slug) : undefined;
    if (broken) return <BrokenFilePage file={broken} />;
    // Only the dev server retitles: a build leaves <Navigate> (and its code) out.
    const moved = import.meta.env.DEV && news.moved && Object.hasOwn(news.moved, slug) ? news.moved[slug] : undefined;
    if (moved) return <Navigate to={articlePath(moved)} replace />;
    return <NotFoundPage latest={news.latest} />;
  }

  const { article, related, previous, next, topics } = page;
  return (
    <div className="article-layout">
      <PageMeta title={article.title} description={descriptionOf(article)} path={articlePath(article.slug)} article={article} />
      <ArticleJsonLd article={article} path={articlePath(article.slug)} description={descriptionOf(article)} />
      <div className="article-column">
        <Breadcrumbs steps={trailOf(article)} unshown={article.title} />
        <ArticleView article={article} address={absoluteUrl(articlePath(article.slug))} {...(topics ? { topics } : {})} />
        <ArticleNav previous={previous} next={next} />
      </div>
      <Sidebar currentSlug={article.slug} related={related} latest={hydrated ? latestExcept(news.latest, article.slug, LATEST_COUNT) : []} />
    </div>
  );
}
