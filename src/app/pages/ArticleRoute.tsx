/**
 * /bai-viet/:slug — the article with its sidebar, or (dev only) the problems of the file that
 * should have been this article. Which one is the loader's decision; this only draws it.
 */
import { useLoaderData } from "react-router-dom";
import type { ArticleSummary } from "../../content/types";
import { vi } from "../../i18n/vi";
import { ArticleNav } from "../components/ArticleNav";
import { ArticleView } from "../components/ArticleView";
import { Sidebar } from "../components/Sidebar";
import type { ArticleRouteData } from "../data/news-source";
import { BrokenFilePage } from "./BrokenFilePage";

const LATEST_COUNT = 5;

export function ArticleRoute({ latest }: { latest: readonly ArticleSummary[] }) {
  const data = useLoaderData() as ArticleRouteData;
  if (data.kind === "broken") return <BrokenFilePage file={data.file} />;

  const { article, related, previous, next } = data.page;
  const latestOthers = latest.filter((s) => s.slug !== article.slug).slice(0, LATEST_COUNT);
  return (
    <div className="article-layout">
      <title>{vi.documentTitle(article.title)}</title>
      <div className="article-column">
        <ArticleView article={article} />
        <ArticleNav previous={previous} next={next} />
      </div>
      <Sidebar currentSlug={article.slug} related={related} latest={latestOthers} />
    </div>
  );
}
