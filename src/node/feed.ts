/**
 * The site's feed for feed readers: RSS 2.0 of the latest FEED_SIZE articles at /rss.xml, newest
 * first, each with its absolute link, its sapo as description, its byline and its date in RFC 822
 * (RSS's date format); the channel named by the site's settings. Pages name it in their head
 * (<link rel="alternate">, src/app/head/PageMeta.tsx). Each author and each topic has one too,
 * at /tac-gia/<slug>/rss.xml and /chu-de/<slug>/rss.xml, named in the head of their pages.
 */
import type { Corpus } from "../content/corpus.ts";
import { FEED_FILE, ROUTES, authorFeedPath, topicFeedPath } from "../app/routes.ts";
import { vi } from "../i18n/vi.ts";
import { corpusShelves } from "./shelf-data.ts";

export { FEED_FILE };
import { escapeXml } from "./sitemap.ts";

/** How many of the latest articles a feed lists. */
export const FEED_SIZE = 50;

export type FeedChannel = { title: string; description: string; home: string; self: string };
export type FeedItem = { title: string; link: string; description: string | null; author: string | null; published: string | null };

/** XML 1.0 allows no control characters but tab, LF and CR: a dump's stray ones are dropped. */
// eslint-disable-next-line no-control-regex
const text = (s: string) => escapeXml(s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ""));

/** An instant as RFC 822 (RFC 1123's form): "Mon, 16 Mar 2020 04:28:00 GMT"; null for none. */
export function rfc822(instant: string | null): string | null {
  if (!instant) return null;
  const t = Date.parse(instant);
  return Number.isNaN(t) ? null : new Date(t).toUTCString();
}

export function rssXml(channel: FeedChannel, items: readonly FeedItem[]): string {
  const newest = items.map((i) => rfc822(i.published)).find((d) => d !== null) ?? null;
  const entries = items.map((item) => {
    const date = rfc822(item.published);
    return [
      "    <item>",
      `      <title>${text(item.title)}</title>`,
      `      <link>${text(item.link)}</link>`,
      `      <guid isPermaLink="true">${text(item.link)}</guid>`,
      ...(item.description ? [`      <description>${text(item.description)}</description>`] : []),
      // RSS's <author> wants an e-mail address; Dublin Core's creator takes a name.
      ...(item.author ? [`      <dc:creator>${text(item.author)}</dc:creator>`] : []),
      ...(date ? [`      <pubDate>${date}</pubDate>`] : []),
      "    </item>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "  <channel>",
    `    <title>${text(channel.title)}</title>`,
    `    <link>${text(channel.home)}</link>`,
    `    <description>${text(channel.description)}</description>`,
    "    <language>vi</language>",
    `    <atom:link href="${text(channel.self)}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [`    <lastBuildDate>${newest}</lastBuildDate>`] : []),
    ...entries,
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}

/** The site's feed: its latest articles, read whole (their sapo and byline), as RSS. `root`: the site's absolute root (sitemap.ts siteRoot). */
export function siteFeed(corpus: Corpus, root: string, site: { name: string; description: string }, size = FEED_SIZE): string {
  const items: FeedItem[] = corpus.summaries.slice(0, size).map((summary) => {
    const article = corpus.page(summary.slug)?.article;
    return {
      title: summary.title,
      link: root + ROUTES.article.toPath({ slug: summary.slug }),
      description: article?.lead ?? summary.excerpt,
      author: article?.byline ?? null,
      published: summary.publishedAt,
    };
  });
  return rssXml({ title: site.name, description: site.description, home: `${root}/`, self: `${root}/${FEED_FILE}` }, items);
}

/**
 * An author's or a topic's feed: its latest articles, from what the corpus holds (each one's
 * excerpt and authors), so an archive of many authors and topics reads no body for their feeds.
 * Null for an unknown author or topic.
 */
export function shelfFeed(corpus: Corpus, kind: "author" | "topic", slug: string, root: string, site: { name: string }, size = FEED_SIZE): string | null {
  const shelf = kind === "author" ? corpusShelves(corpus).authors.get(slug) : corpus.topics.topics.get(slug);
  if (!shelf) return null;
  const items: FeedItem[] = shelf.newestFirst.slice(0, size).map((summary) => {
    const authors = corpus.entries.get(summary.slug)?.record.authors?.join(", ");
    return {
      title: summary.title,
      link: root + ROUTES.article.toPath({ slug: summary.slug }),
      description: summary.excerpt,
      author: authors ?? (kind === "author" ? shelf.name : null),
      published: summary.publishedAt,
    };
  });
  if (kind === "author") {
    const home = root + ROUTES.author.toPath({ slug });
    return rssXml({ title: vi.shelves.authorFeed(shelf.name, site.name), description: `${vi.shelves.author}: ${shelf.name}`, home, self: root + authorFeedPath(slug) }, items);
  }
  const home = root + ROUTES.topic.toPath({ slug });
  return rssXml({ title: vi.topics.feed(shelf.name, site.name), description: `${vi.topics.title}: ${shelf.name}`, home, self: root + topicFeedPath(slug) }, items);
}

/** Every author's and every topic's feed, as [path below the base, XML]. */
export function* shelfFeeds(corpus: Corpus, root: string, site: { name: string }): Generator<[path: string, xml: string]> {
  for (const slug of corpusShelves(corpus).authors.keys()) yield [authorFeedPath(slug).slice(1), shelfFeed(corpus, "author", slug, root, site)!];
  for (const slug of corpus.topics.topics.keys()) yield [topicFeedPath(slug).slice(1), shelfFeed(corpus, "topic", slug, root, site)!];
}
