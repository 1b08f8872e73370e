/** PageMeta: what a page says about itself, hoisted by React 19 into <head>. */
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DESCRIPTION_MAX, PageMeta } from "../../../src/app/head/PageMeta";
import { SITE, SITE_URL } from "../../../src/app/head/site";
import type { Article } from "../../../src/content/types";
import { vi } from "../../../src/i18n/vi";
import { SEED_SLUG, seedArticle } from "../fixtures";
import { ArticleJsonLd } from "../../../src/app/head/ArticleJsonLd";

const SEED_PATH = `/bai-viet/${SEED_SLUG}`;

const head = () => document.head;
const meta = (attr: "name" | "property", key: string) =>
  head().querySelector(`meta[${attr}="${key}"]`)?.getAttribute("content") ?? null;
const canonical = () => head().querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null;
const jsonLd = () => [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? ""));

/** The seed without figure images, so the card is "summary". */
const noImages: Article = { ...seedArticle, body: seedArticle.body.map((b) => (b.type === "figure" ? { ...b, src: undefined } : b)) };

/** The article page's head tags and, beside them, its JSON-LD (ArticleJsonLd), as ArticleRoute renders them. */
function renderArticle(article: Article = seedArticle) {
  const path = `/bai-viet/${article.slug}`;
  const description = article.lead ?? undefined;
  return render(
    <>
      <PageMeta title={article.title} description={description} path={path} article={article} />
      <ArticleJsonLd article={article} path={path} description={description} />
    </>,
  );
}

describe("PageMeta on an article", () => {
  it("hoists the title, description and canonical into <head>, once each", () => {
    const { container } = renderArticle();
    expect(document.title).toBe(`${seedArticle.title} — Tin Hải Hà`);
    expect(head().querySelectorAll("title")).toHaveLength(1);
    expect(head().querySelectorAll('meta[name="description"]')).toHaveLength(1);
    expect(head().querySelectorAll('link[rel="canonical"]')).toHaveLength(1);
    expect(container.querySelector("title, meta, link")).toBeNull();
  });

  it("cuts the lead to a description of at most 160 characters, at a word", () => {
    renderArticle();
    const description = meta("name", "description")!;
    expect(DESCRIPTION_MAX).toBe(160);
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description).toMatch(/…$/);
    expect(seedArticle.lead!.startsWith(description.slice(0, -1))).toBe(true);
    expect(seedArticle.lead!.charAt(description.length - 1)).toMatch(/[\s,]/);
  });

  it("has an absolute canonical URL and the same og:url", () => {
    renderArticle();
    expect(canonical()).toBe(`${SITE_URL}${SEED_PATH}`);
    expect(canonical()).toMatch(/^https?:\/\/[^/]+\/bai-viet\/kinh-nghiem-tu-mot-dang-bo-tieu-bieu-o-hai-ha$/);
    expect(meta("property", "og:url")).toBe(canonical());
  });

  it("defaults the site URL to the preview server's", () => {
    if (process.env.SITE_URL) return;
    expect(SITE_URL).toBe("http://localhost:4173");
  });

  it("has the OpenGraph article tags", () => {
    renderArticle();
    expect(meta("property", "og:type")).toBe("article");
    expect(meta("property", "og:title")).toBe(seedArticle.title);
    expect(meta("property", "og:description")).toBe(meta("name", "description"));
    expect(meta("property", "og:locale")).toBe("vi_VN");
    expect(meta("property", "og:site_name")).toBe("Tin Hải Hà");
    expect(meta("property", "article:published_time")).toBe("2020-03-16T11:28:00+07:00");
  });

  it("uses the first figure with a picture as og:image and a large Twitter card", () => {
    renderArticle();
    expect(meta("property", "og:image")).toBe(`${SITE_URL}/images/000_5f679b6fde1a2fd2/2.jpg`);
    expect(meta("name", "twitter:card")).toBe("summary_large_image");
    // Its title and description are OpenGraph's, which cards fall back to: not written twice.
    expect(meta("name", "twitter:title")).toBeNull();
    expect(meta("name", "twitter:description")).toBeNull();
  });

  it("has no og:image and a plain summary card when no figure has a picture", () => {
    renderArticle(noImages);
    expect(meta("property", "og:image")).toBeNull();
    expect(meta("name", "twitter:card")).toBe("summary");
  });

  it("has no article:published_time for an undated article", () => {
    renderArticle({ ...seedArticle, publishedAt: null });
    expect(meta("property", "article:published_time")).toBeNull();
  });

  it("carries one JSON-LD NewsArticle with the article's facts", () => {
    renderArticle();
    const all = jsonLd();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      "@type": "NewsArticle",
      headline: seedArticle.title,
      datePublished: "2020-03-16T11:28:00+07:00",
      author: { name: "Hoàng Giang" },
      url: `${SITE_URL}${SEED_PATH}`,
      description: meta("name", "description"),
      image: [`${SITE_URL}/images/000_5f679b6fde1a2fd2/2.jpg`],
    });
  });

  it("keeps a headline with </script> inside its JSON-LD", () => {
    const title = "Tin </script><script>window.hacked = 1</script> nóng";
    renderArticle({ ...seedArticle, title });
    expect(jsonLd()[0].headline).toBe(title);
    expect(document.title).toBe(`${title} — Tin Hải Hà`);
  });

  it("says nothing about robots on a page that should be indexed", () => {
    renderArticle();
    expect(meta("name", "robots")).toBeNull();
  });
});

describe("PageMeta on home", () => {
  it("is titled with the site's name and describes the site", () => {
    render(<PageMeta path="/" />);
    expect(document.title).toBe("Tin Hải Hà");
    expect(meta("name", "description")).toBe(SITE.description);
    expect(meta("property", "og:type")).toBe("website");
    expect(meta("property", "og:title")).toBe("Tin Hải Hà");
    expect(canonical()).toBe(`${SITE_URL}/`);
    expect(jsonLd()).toEqual([]);
  });
});

describe("PageMeta on the not-found page", () => {
  it("asks not to be indexed and names no canonical URL", () => {
    render(<PageMeta title={vi.notFound.title} description={vi.notFound.body} noindex />);
    expect(document.title).toBe("Không tìm thấy trang — Tin Hải Hà");
    expect(meta("name", "robots")).toBe("noindex");
    expect(canonical()).toBeNull();
    expect(meta("property", "og:url")).toBeNull();
    expect(jsonLd()).toEqual([]);
  });
});

describe("leaving a page", () => {
  it("takes its head tags with it", () => {
    const { unmount } = renderArticle();
    unmount();
    expect(head().querySelector('meta[name="description"], link[rel="canonical"], meta[property^="og:"]')).toBeNull();
    expect(jsonLd()).toEqual([]);
  });

  it("replaces the tags when the page changes, never adding a second set", () => {
    const { rerender } = renderArticle();
    rerender(<PageMeta title="Bài khác" description="Mô tả khác." path="/bai-viet/bai-khac" />);
    expect(head().querySelectorAll("title")).toHaveLength(1);
    expect(document.title).toBe("Bài khác — Tin Hải Hà");
    expect(head().querySelectorAll('meta[name="description"]')).toHaveLength(1);
    expect(meta("name", "description")).toBe("Mô tả khác.");
    expect(head().querySelectorAll('link[rel="canonical"]')).toHaveLength(1);
    expect(canonical()).toBe(`${SITE_URL}/bai-viet/bai-khac`);
  });
});
