/** JSON-LD: safe inside <script> whatever the article says, and the NewsArticle fields search engines read. */
import { describe, expect, it } from "vitest";
import { newsArticleJsonLd, serializeJsonLd } from "../../../src/app/head/json-ld";
import type { Article } from "../../../src/content/types";
import { seedArticle } from "../fixtures";

const HOSTILE = {
  headline: 'Tin "nóng" </script><script>alert(1)</script> & <!-- bình luận --> ]]>',
  lines: "dòng một\u2028dòng hai\u2029hết",
  nested: { list: ["<b>", "a > b", "&amp;", "</SCRIPT >"] },
};

/** The script's text as an HTML parser reads it out of a document. */
function throughHtmlParser(json: string): { scripts: number; text: string; after: boolean } {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><body><script type="application/ld+json">${json}</script><p id="after">sau</p></body>`,
    "text/html",
  );
  return {
    scripts: doc.querySelectorAll("script").length,
    text: doc.querySelector("script")?.textContent ?? "",
    after: doc.getElementById("after") !== null,
  };
}

describe("serializeJsonLd", () => {
  it("writes no character that could end the script element or open a comment", () => {
    const json = serializeJsonLd(HOSTILE);
    expect(json).not.toMatch(/[<>&]/);
    expect(json.toLowerCase()).not.toContain("</script");
    expect(json).not.toContain("<!--");
  });

  it("escapes U+2028 and U+2029, which old JavaScript parsers took for line ends", () => {
    const json = serializeJsonLd(HOSTILE);
    expect(json).not.toMatch(/[\u2028\u2029]/);
    expect(json).toContain("\\u2028");
    expect(json).toContain("\\u2029");
  });

  it("round-trips through JSON.parse to the same value", () => {
    expect(JSON.parse(serializeJsonLd(HOSTILE))).toEqual(HOSTILE);
    const ld = newsArticleJsonLd({ article: seedArticle, url: "http://x/y", description: "d", siteName: "s", siteUrl: "http://x", images: [] });
    expect(JSON.parse(serializeJsonLd(ld))).toEqual(ld);
  });

  it("survives an HTML parser: one script element whose text is the whole value", () => {
    const parsed = throughHtmlParser(serializeJsonLd(HOSTILE));
    expect(parsed.scripts).toBe(1);
    expect(parsed.after).toBe(true);
    expect(JSON.parse(parsed.text)).toEqual(HOSTILE);
  });

  it("is plain JSON.stringify for ordinary Vietnamese text", () => {
    const value = { headline: "Kinh nghiệm từ một đảng bộ tiêu biểu ở Hải Hà" };
    expect(serializeJsonLd(value)).toBe(JSON.stringify(value));
  });
});

describe("newsArticleJsonLd", () => {
  const url = "https://tin.example.vn/bai-viet/kinh-nghiem-tu-mot-dang-bo-tieu-bieu-o-hai-ha";
  const base = { url, description: "Mô tả ngắn.", siteName: "Tin Hải Hà", siteUrl: "https://tin.example.vn" };

  it("describes the article as a schema.org NewsArticle", () => {
    const ld = newsArticleJsonLd({ ...base, article: seedArticle, images: ["https://tin.example.vn/images/2.jpg"] });
    expect(ld).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: seedArticle.title,
      description: "Mô tả ngắn.",
      datePublished: "2020-03-16T11:28:00+07:00",
      author: { "@type": "Person", name: "Hoàng Giang" },
      image: ["https://tin.example.vn/images/2.jpg"],
      inLanguage: "vi",
      mainEntityOfPage: { "@type": "WebPage", "@id": url },
      url,
      publisher: { "@type": "Organization", name: "Tin Hải Hà", url: "https://tin.example.vn" },
    });
  });

  it("leaves out the date, author and image it does not have, rather than writing null", () => {
    const bare: Article = { ...seedArticle, publishedAt: null, byline: null };
    const ld = newsArticleJsonLd({ ...base, article: bare, images: [] });
    expect(ld).not.toHaveProperty("datePublished");
    expect(ld).not.toHaveProperty("author");
    expect(ld).not.toHaveProperty("image");
    expect(Object.values(ld)).not.toContain(null);
  });
});
