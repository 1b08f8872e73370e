/**
 * Sitemaps for search engines (sitemaps.org): `sitemap.xml` is an index of files of at most
 * 50,000 URLs each (the protocol's limit), listing home and every article once with its date;
 * `robots.txt` names the index. URLs are absolute, from SITE_URL and the base path.
 */

/** The protocol's limit of URLs in one sitemap file. */
export const SITEMAP_LIMIT = 50_000;
export const SITEMAP_INDEX = "sitemap.xml";
export const sitemapFile = (n: number) => `sitemap-${n}.xml`;

export type SitemapEntry = { path: string; lastmod?: string | null };

/** Text safe in XML content and attributes (the feed's too). */
export const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

/** "https://tin.example.vn" + "/tin/" → "https://tin.example.vn/tin": what paths go after. */
export function siteRoot(siteUrl: string, base: string): string {
  return siteUrl.replace(/\/+$/, "") + base.replace(/\/$/, "");
}

/** A date as W3C Datetime's day (YYYY-MM-DD), or nothing for an unreadable one. */
function day(instant: string | null | undefined): string | null {
  if (!instant) return null;
  const t = Date.parse(instant);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/**
 * The sitemap files for `entries` (paths of the app, "/" or "/bai-viet/x"): [file name, XML],
 * the numbered files first, then the index. `limit` is SITEMAP_LIMIT but in tests.
 */
export function sitemapFiles(entries: Iterable<SitemapEntry>, root: string, limit = SITEMAP_LIMIT): Array<[string, string]> {
  const files: Array<[string, string]> = [];
  let urls: string[] = [];
  const flush = () => {
    if (urls.length === 0) return;
    const body = urls.join("\n");
    files.push([sitemapFile(files.length + 1), `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`]);
    urls = [];
  };
  for (const { path, lastmod } of entries) {
    const date = day(lastmod);
    urls.push(`  <url><loc>${escapeXml(root + path)}</loc>${date ? `<lastmod>${date}</lastmod>` : ""}</url>`);
    if (urls.length === limit) flush();
  }
  flush();
  const index = files.map(([name]) => `  <sitemap><loc>${escapeXml(`${root}/${name}`)}</loc></sitemap>`).join("\n");
  files.push([SITEMAP_INDEX, `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${index}\n</sitemapindex>\n`]);
  return files;
}

/** robots.txt: everything may be crawled; the sitemap index is where the pages are listed. */
export function robotsTxt(root: string): string {
  return `User-agent: *\nAllow: /\nSitemap: ${root}/${SITEMAP_INDEX}\n`;
}
