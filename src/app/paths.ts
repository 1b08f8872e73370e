/** Links to the site's pages, made by the route table (routes.ts) so links and routes cannot drift apart. */
import { ROUTES, matchRoute } from "./routes";

export function articlePath(slug: string): string {
  return ROUTES.article.toPath({ slug });
}

/** List page N (numbered from the oldest, src/content/listing.ts): "/trang/N", its own static file. */
export function listPagePath(page: number): string {
  return ROUTES.list.toPath({ page });
}

/** The article slug in a path such as "/bai-viet/<slug>", or null for any other page. */
export function slugFromPath(pathname: string): string | null {
  const { kind, params } = matchRoute(pathname);
  return kind === "article" ? params.slug! : null;
}

/** The site's home as a plain href (for <a>, outside the router): the base path. */
export const HOME_HREF: string = import.meta.env.BASE_URL ?? "/";

/** A list page's number as a route writes it ("/trang/N"): a whole number from 1, else NaN (no such page). */
export function pageNumber(param: string): number {
  return /^[1-9]\d{0,6}$/.test(param) ? Number(param) : Number.NaN;
}

/** An author's page: "/tac-gia/hoang-giang". */
export function authorPath(slug: string): string {
  return ROUTES.author.toPath({ slug });
}

/** A topic's page: "/chu-de/quang-thanh". */
export function topicPath(slug: string): string {
  return ROUTES.topic.toPath({ slug });
}

/** A month's page in the archive: "/luu-tru/2020/3". */
export function monthPath(year: number, month: number): string {
  return ROUTES.month.toPath({ year, month });
}

export const AUTHORS_PATH: string = ROUTES.authors.toPath();
export const TOPICS_PATH: string = ROUTES.topics.toPath();
export const ARCHIVE_PATH: string = ROUTES.archive.toPath();
export const UNDATED_PATH: string = ROUTES.undated.toPath({});
