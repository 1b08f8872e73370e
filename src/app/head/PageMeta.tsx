/**
 * Everything a page says about itself to browsers, search engines and link previews: <title>,
 * description, canonical URL, OpenGraph, a Twitter card and, for articles, JSON-LD. React 19
 * hoists <title>, <meta> and <link> into <head> (the prerenderer puts them there too, where
 * hydration finds them); the JSON-LD script stays where it is rendered, which search engines read.
 */
import type { Article } from "../../content/types";
import { cutAtWord } from "../../content/excerpt";
import { vi } from "../../i18n/vi";
import { newsArticleJsonLd, serializeJsonLd } from "./json-ld";
import { SITE, SITE_URL, absoluteUrl } from "./site";
import { FEED_FILE } from "../routes";

export const DESCRIPTION_MAX = 160;

type Props = {
  /** The page's own title; the site name is added after it. Omit for home. */
  title?: string;
  description?: string;
  /** App path of the page ("/bai-viet/x"); canonical and og:url. Omit for pages with none (not found). */
  path?: string;
  article?: Article;
  /** Not-found and error pages ask search engines not to index them. */
  noindex?: boolean;
};

/** The article's NewsArticle JSON-LD, serialised safely for a <script> element. */
function jsonLd(article: Article, url: string, description: string, images: string[]): string {
  return serializeJsonLd(newsArticleJsonLd({ article, url, description, siteName: SITE.name, siteUrl: SITE_URL, images }));
}

export function PageMeta({ title, description, path, article, noindex = false }: Props) {
  const fullTitle = title ? vi.documentTitle(title, SITE.name) : SITE.name;
  const text = cutAtWord(description ?? SITE.description, DESCRIPTION_MAX);
  const url = path === undefined ? undefined : absoluteUrl(path);
  // A figure's src already carries the base path.
  const images = (article?.body ?? []).flatMap((b) => (b.type === "figure" && b.src ? [SITE_URL + b.src] : []));
  return (
    <>
      <title>{fullTitle}</title>
      <meta name="description" content={text} />
      {noindex ? <meta name="robots" content="noindex" /> : null}
      {url ? <link rel="canonical" href={url} /> : null}
      {/* The site's feed of its latest articles (src/node/feed.ts), for feed readers to find. */}
      <link rel="alternate" type="application/rss+xml" title={SITE.name} href={`${import.meta.env.BASE_URL ?? "/"}${FEED_FILE}`} />
      <meta property="og:site_name" content={SITE.name} />
      <meta property="og:locale" content={vi.ogLocale} />
      <meta property="og:type" content={article ? "article" : "website"} />
      <meta property="og:title" content={title ?? SITE.name} />
      <meta property="og:description" content={text} />
      {url ? <meta property="og:url" content={url} /> : null}
      {images[0] ? <meta property="og:image" content={images[0]} /> : null}
      {article?.publishedAt ? <meta property="article:published_time" content={article.publishedAt} /> : null}
      <meta name="twitter:card" content={images[0] ? "summary_large_image" : "summary"} />
      <meta name="twitter:title" content={title ?? SITE.name} />
      <meta name="twitter:description" content={text} />
      {article && url ? (
        <script
          type="application/ld+json"
          // JSON-LD is data, not code; serializeJsonLd escapes "<" so text cannot close the tag.
          dangerouslySetInnerHTML={{ __html: jsonLd(article, url, text, images) }} // JSON-LD only
        />
      ) : null}
    </>
  );
}
