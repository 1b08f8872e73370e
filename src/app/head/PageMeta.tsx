/**
 * Everything a page says about itself to browsers, search engines and link previews: <title>,
 * description, canonical URL, OpenGraph and a Twitter card. React 19 hoists <title>, <meta> and
 * <link> into <head> (the prerenderer puts them there too, where hydration finds them). An
 * article's JSON-LD is ArticleJsonLd's, in the article's own chunk: no other page loads its code.
 */
import type { Article } from "../../content/types";
import { cutAtWord } from "../../content/excerpt";
import { vi } from "../../i18n/vi";
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
  /** The page's own feed beside the site's (an author's): its title and path. */
  feed?: { title: string; path: string };
};

/** An article's images as absolute URLs (a figure's src already carries the base path). */
export const imagesOf = (article: Pick<Article, "body"> | undefined): string[] =>
  (article?.body ?? []).flatMap((b) => (b.type === "figure" && b.src ? [SITE_URL + b.src] : []));

/** The description a page gives: its own, or the site's, cut at a word. */
export const descriptionText = (description: string | undefined): string => cutAtWord(description ?? SITE.description, DESCRIPTION_MAX);

export function PageMeta({ title, description, path, article, noindex = false, feed }: Props) {
  const fullTitle = title ? vi.documentTitle(title, SITE.name) : SITE.name;
  const text = descriptionText(description);
  const url = path === undefined ? undefined : absoluteUrl(path);
  const images = imagesOf(article);
  return (
    <>
      <title>{fullTitle}</title>
      <meta name="description" content={text} />
      {noindex ? <meta name="robots" content="noindex" /> : null}
      {url ? <link rel="canonical" href={url} /> : null}
      {/* The site's feed of its latest articles (src/node/feed.ts), for feed readers to find. */}
      <link rel="alternate" type="application/rss+xml" title={SITE.name} href={`${import.meta.env.BASE_URL ?? "/"}${FEED_FILE}`} />
      {feed ? <link rel="alternate" type="application/rss+xml" title={feed.title} href={`${(import.meta.env.BASE_URL ?? "/").replace(/\/$/, "")}${feed.path}`} /> : null}
      <meta property="og:site_name" content={SITE.name} />
      <meta property="og:locale" content={vi.ogLocale} />
      <meta property="og:type" content={article ? "article" : "website"} />
      <meta property="og:title" content={title ?? SITE.name} />
      <meta property="og:description" content={text} />
      {url ? <meta property="og:url" content={url} /> : null}
      {images[0] ? <meta property="og:image" content={images[0]} /> : null}
      {article?.publishedAt ? <meta property="article:published_time" content={article.publishedAt} /> : null}
      {/* The card's title and description are og:title and og:description: Twitter/X falls back to them. */}
      <meta name="twitter:card" content={images[0] ? "summary_large_image" : "summary"} />
    </>
  );
}
