/**
 * An article's schema.org NewsArticle as JSON-LD, where the article page renders it (search
 * engines read it in the body): its own component, so only the article's chunk carries the code.
 */
import type { Article } from "../../content/types";
import { newsArticleJsonLd } from "./json-ld";
import { JsonLd } from "./JsonLd";
import { descriptionText, imagesOf } from "./PageMeta";
import { SITE, SITE_URL, absoluteUrl } from "./site";

/** `path`: the article's path in the site; `description`: as PageMeta was given it. */
export function ArticleJsonLd({ article, path, description }: { article: Article; path: string; description?: string | undefined }) {
  const ld = newsArticleJsonLd({ article, url: absoluteUrl(path), description: descriptionText(description), siteName: SITE.name, siteUrl: SITE_URL, images: imagesOf(article) });
  return <JsonLd data={ld} />;
}
