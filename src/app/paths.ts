/** URL shapes, in one place so links and routes cannot drift apart. */
export const ARTICLE_PREFIX = "/bai-viet/";

export function articlePath(slug: string): string {
  return ARTICLE_PREFIX + encodeURIComponent(slug);
}

/** List page N (numbered from the oldest, src/content/listing.ts): "/trang/N", its own static file. */
export function listPagePath(page: number): string {
  return `/trang/${page}`;
}

/** The article slug in a path such as "/bai-viet/<slug>", or null for any other page. */
export function slugFromPath(pathname: string): string | null {
  if (!pathname.startsWith(ARTICLE_PREFIX)) return null;
  const rest = pathname.slice(ARTICLE_PREFIX.length).replace(/\/$/, "");
  if (rest === "" || rest.includes("/")) return null;
  try {
    return decodeURIComponent(rest);
  } catch {
    return null;
  }
}

/** The site's home as a plain href (for <a>, outside the router): the base path. */
export const HOME_HREF: string = import.meta.env.BASE_URL ?? "/";
