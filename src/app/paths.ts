/** URL shapes, in one place so links and routes cannot drift apart. */
export const ARTICLE_PREFIX = "/bai-viet/";

export function articlePath(slug: string): string {
  return ARTICLE_PREFIX + encodeURIComponent(slug);
}
