/**
 * schema.org NewsArticle as JSON-LD, and the one safe way to put JSON inside <script>: every
 * "<" (so "</script>" inside a headline cannot close the tag), ">" , "&" and the two line
 * separators JavaScript once treated as line ends are written as \\u escapes.
 */
import type { Article } from "../../content/types";

const ESCAPES: Record<string, string> = { "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029" };

export function serializeJsonLd(value: unknown): string {
  // One pass: every prerendered article serialises two of these.
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => ESCAPES[c]!);
}

export type NewsArticleLd = Record<string, unknown>;

export function newsArticleJsonLd(options: {
  article: Article;
  url: string;
  description: string;
  siteName: string;
  siteUrl: string;
  images: string[];
}): NewsArticleLd {
  const { article, url, description, siteName, siteUrl, images } = options;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description,
    ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
    ...(article.byline ? { author: { "@type": "Person", name: article.byline } } : {}),
    ...(images.length > 0 ? { image: images } : {}),
    inLanguage: "vi",
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    publisher: { "@type": "Organization", name: siteName, url: siteUrl },
  };
}

/** One step of a breadcrumb trail: its name, and its absolute URL (none for the page itself). */
export type Crumb = { name: string; url?: string };

/** schema.org BreadcrumbList: the trail search engines show instead of a page's address. */
export function breadcrumbListJsonLd(crumbs: readonly Crumb[]): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, i) => ({ "@type": "ListItem", position: i + 1, name: crumb.name, ...(crumb.url ? { item: crumb.url } : {}) })),
  };
}
