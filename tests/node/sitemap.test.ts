/** sitemap.xml, its files of at most 50,000 URLs, and robots.txt naming it. */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/content/corpus";
import { parseArticle } from "../../src/content/parse";
import { writeSitemaps } from "../../src/node/prerender";
import { SITEMAP_LIMIT, robotsTxt, siteRoot, sitemapFiles } from "../../src/node/sitemap";

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);

describe("sitemapFiles", () => {
  const entries = Array.from({ length: 7 }, (_, i) => ({ path: `/bai-viet/bai-${i}`, lastmod: "2020-03-16T11:28:00+07:00" }));

  it("splits the URLs into files of at most the limit, every URL once, and indexes them", () => {
    const files = sitemapFiles(entries, "https://tin.example.vn", 3);
    expect(files.map(([name]) => name)).toEqual(["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"]);
    const listed = files.slice(0, -1).flatMap(([, xml]) => locs(xml));
    expect(listed).toEqual(entries.map((e) => `https://tin.example.vn${e.path}`));
    for (const [, xml] of files.slice(0, -1)) expect(locs(xml).length).toBeLessThanOrEqual(3);
    expect(locs(files.at(-1)![1])).toEqual(["https://tin.example.vn/sitemap-1.xml", "https://tin.example.vn/sitemap-2.xml", "https://tin.example.vn/sitemap-3.xml"]);
    expect(files.at(-1)![1]).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  });

  it("keeps to the protocol's 50,000 by default", () => {
    expect(SITEMAP_LIMIT).toBe(50_000);
    const many = Array.from({ length: 50_001 }, (_, i) => ({ path: `/bai-viet/${i}` }));
    const files = sitemapFiles(many, "https://x.vn");
    expect(files.map(([name]) => name)).toEqual(["sitemap-1.xml", "sitemap-2.xml", "sitemap.xml"]);
    expect(locs(files[0]![1])).toHaveLength(50_000);
    expect(locs(files[1]![1])).toEqual(["https://x.vn/bai-viet/50000"]);
  });

  it("dates each URL by its day, leaves out unreadable dates, and escapes XML", () => {
    const [, xml] = sitemapFiles([{ path: "/a?x=1&y=<2>", lastmod: "2020-03-16T23:28:00+07:00" }, { path: "/b", lastmod: "không rõ" }], "https://x.vn")[0]!;
    expect(xml).toContain("<loc>https://x.vn/a?x=1&amp;y=&lt;2&gt;</loc><lastmod>2020-03-16</lastmod>");
    expect(xml).toContain("<url><loc>https://x.vn/b</loc></url>");
  });

  it("puts the base path in every URL, and robots.txt names the index", () => {
    const root = siteRoot("https://tin.example.vn/", "/tin/");
    expect(root).toBe("https://tin.example.vn/tin");
    expect(robotsTxt(root)).toBe("User-agent: *\nAllow: /\nSitemap: https://tin.example.vn/tin/sitemap.xml\n");
  });
});

describe("writeSitemaps", () => {
  it("lists home and every article of the corpus once, then the authors' index, the topics', the archive and each month", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sitemap-"));
    try {
      const corpus = buildCorpus([
        parseArticle("a.txt", "Tin một\n16/03/2020\n\nMở đầu.\n\nĐoạn thân bài.\n\nHoàng Giang"),
        parseArticle("b.txt", "Tin hai\n17/03/2020\n\nMở đầu."),
        parseArticle("bad.txt", ""),
      ]);
      writeSitemaps(dir, corpus, "https://x.vn");
      expect(readdirSync(dir).sort()).toEqual(["robots.txt", "sitemap-1.xml", "sitemap.xml"]);
      const urls = locs(readFileSync(path.join(dir, "sitemap-1.xml"), "utf8"));
      expect(urls).toEqual(["https://x.vn/", ...corpus.summaries.map((s) => `https://x.vn/bai-viet/${s.slug}`), "https://x.vn/tac-gia", "https://x.vn/tac-gia/hoang-giang", "https://x.vn/chu-de", "https://x.vn/luu-tru", "https://x.vn/luu-tru/2020/3"]);
      expect(new Set(urls).size).toBe(urls.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
