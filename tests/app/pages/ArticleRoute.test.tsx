/** The article page at /bai-viet/:slug, rendered through the real routes over fixtures. */
import { screen, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { renderAt } from "../render";
import { SEED_SLUG, fakeSource, newer, older, seedArticle, seedPage } from "../fixtures";

const SEED_PATH = `/bai-viet/${SEED_SLUG}`;

async function openSeed() {
  const view = await renderAt(SEED_PATH);
  await screen.findByRole("heading", { level: 1, name: seedArticle.title });
  return view;
}

function article() {
  return screen.getByRole("article");
}

describe("the seed article", () => {
  test("has one h1, the headline, and sets the document title", async () => {
    await openSeed();
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    expect(document.title).toBe(`${seedArticle.title} — Tin Hải Hà`);
  });

  test("sits under its month in the archive: a breadcrumb trail, and the same trail as JSON-LD with its headline", async () => {
    await openSeed();
    const nav = screen.getByRole("navigation", { name: "Đường dẫn" });
    expect(within(nav).getAllByRole("link").map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["Trang chủ", "/"],
      ["Lưu trữ", "/luu-tru"],
      ["Tháng 3/2020", "/luu-tru/2020/3"],
    ]);
    const ld = JSON.parse(nav.querySelector('script[type="application/ld+json"]')!.textContent!) as { "@type": string; itemListElement: Array<{ position: number; name: string; item?: string }> };
    expect(ld["@type"]).toBe("BreadcrumbList");
    expect(ld.itemListElement.map((i) => i.name)).toEqual(["Trang chủ", "Lưu trữ", "Tháng 3/2020", seedArticle.title]);
    expect(ld.itemListElement[2]).toMatchObject({ position: 3, item: expect.stringMatching(/\/luu-tru\/2020\/3$/) });
    expect(ld.itemListElement[3]!.item).toBeUndefined();
  });

  test("shows the dateline as <time datetime> in Vietnamese", async () => {
    await openSeed();
    const time = within(article()).getByText("Thứ Hai, 16/03/2020, 11:28 (GMT+7)");
    expect(time.tagName).toBe("TIME");
    expect(time).toHaveAttribute("datetime", "2020-03-16T11:28:00+07:00");
  });

  test("shows the lead and every paragraph, in order", async () => {
    await openSeed();
    const texts = [seedArticle.lead!, ...seedArticle.body.flatMap((b) => (b.type === "paragraph" ? [b.text] : []))];
    expect(texts).toHaveLength(11);
    const found = texts.map((t) => within(article()).getByText(t));
    for (let i = 1; i < found.length; i++) {
      // DOCUMENT_POSITION_FOLLOWING: each paragraph comes after the one before it.
      expect(found[i - 1]!.compareDocumentPosition(found[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  test("shows figures as figure + figcaption with caption and credit", async () => {
    await openSeed();
    const figures = seedArticle.body.filter((b) => b.type === "figure");
    for (const block of figures) {
      const caption = within(article()).getByText(block.caption, { exact: false, selector: "figcaption" });
      expect(caption.closest("figure")).not.toBeNull();
      expect(caption).toHaveTextContent(`Chú thích ảnh: ${block.caption}`);
    }
    expect(within(article()).getByText("Ảnh: Minh Hà")).toBeInTheDocument();
  });

  test("a figure with src is an <img> with alt, size and lazy loading", async () => {
    await openSeed();
    const block = seedArticle.body.find((b) => b.type === "figure" && b.src);
    if (block?.type !== "figure") throw new Error("fixture needs a figure with src");
    const img = within(article()).getByRole("img", { name: block.alt });
    expect(img.tagName).toBe("IMG");
    expect(img).toHaveAttribute("src", block.src);
    expect(img).toHaveAttribute("alt", block.alt);
    expect(img).toHaveAttribute("width", "1200");
    expect(img).toHaveAttribute("height", "800");
    expect(img).toHaveAttribute("loading", "lazy");
    expect(img).toHaveAttribute("decoding", "async");
  });

  test("a figure without src is a caption card that still gives its alt text to screen readers", async () => {
    await openSeed();
    const block = seedArticle.body.find((b) => b.type === "figure" && !b.src);
    if (block?.type !== "figure") throw new Error("fixture needs a figure without src");
    const mark = within(article()).getByRole("img", { name: block.alt });
    expect(mark.tagName).toBe("DIV");
    expect(mark.closest("figure")).toHaveClass("figure-card");
  });

  test("shows pull quotes as figure > blockquote with the speaker's name and role", async () => {
    await openSeed();
    const quotes = article().querySelectorAll("figure > blockquote");
    expect(quotes).toHaveLength(2);
    const [first, second] = [...quotes].map((q) => q.closest("figure")!);
    expect(within(first!).getByText(/^Chúng tôi xác định rõ/)).toBeInTheDocument();
    expect(within(first!).getByText("Trần Văn Trí")).toBeInTheDocument();
    expect(within(first!).getByText("Bí thư Đảng ủy, Chủ tịch UBND xã Quảng Thành")).toBeInTheDocument();
    expect(within(second!).getByText("Đặng Xuân Túc")).toBeInTheDocument();
    expect(first!.querySelector("figcaption")).toHaveTextContent("Trần Văn Trí");
  });

  test("names each pull quote for screen readers, apart from the body it repeats", async () => {
    await openSeed();
    expect(within(article()).getByRole("figure", { name: "Trích dẫn lời Trần Văn Trí" })).toContainElement(
      within(article()).getByText(/^Chúng tôi xác định rõ/).closest("blockquote"),
    );
    expect(within(article()).getByRole("figure", { name: "Trích dẫn lời Đặng Xuân Túc" })).toBeInTheDocument();
  });

  test("describes an article without a sapo by its first paragraph", async () => {
    const noLead = { ...seedArticle, lead: null };
    await renderAt(SEED_PATH, fakeSource({ pages: { [SEED_SLUG]: { ...seedPage, article: noLead } } }));
    await screen.findByRole("heading", { level: 1, name: seedArticle.title });
    const description = document.head.querySelector('meta[name="description"]')!.getAttribute("content")!;
    expect(description.startsWith("Đảng bộ xã Quảng Thành có tổng số 157 đảng viên")).toBe(true);
  });

  test("ends with the byline, the name leading to the author's page", async () => {
    await openSeed();
    const name = within(article()).getByRole("link", { name: "Hoàng Giang" });
    expect(name).toHaveAttribute("href", "/tac-gia/hoang-giang");
    expect(name.closest("p")).toHaveClass("article-byline");
    expect(name.closest("p")).toHaveTextContent(/^Hoàng Giang$/);
  });

  test("links the previous and next articles by date", async () => {
    await openSeed();
    const nav = screen.getByRole("navigation", { name: "Bài trước và bài sau" });
    const prev = within(nav).getByRole("link", { name: /Bài trước/ });
    const next = within(nav).getByRole("link", { name: /Bài sau/ });
    expect(prev).toHaveAttribute("href", `/bai-viet/${older.slug}`);
    expect(prev).toHaveAttribute("rel", "prev");
    expect(prev).toHaveTextContent(older.title);
    expect(next).toHaveAttribute("href", `/bai-viet/${newer.slug}`);
    expect(next).toHaveAttribute("rel", "next");
  });

  test("lists related news in an aside, never linking the article itself", async () => {
    await openSeed();
    const aside = screen.getByRole("complementary", { name: "Tin liên quan" });
    expect(within(aside).getByRole("heading", { name: "Tin liên quan" })).toBeInTheDocument();
    const hrefs = within(aside)
      .getAllByRole("link")
      .map((a) => a.getAttribute("href"));
    const expected = seedPage.related.filter((s) => s.slug !== SEED_SLUG).map((s) => `/bai-viet/${s.slug}`);
    expect(hrefs).toEqual(expected);
    expect(hrefs).not.toContain(`/bai-viet/${SEED_SLUG}`);
    // Each title sits over its date.
    expect(within(aside).getByText("10/03/2020")).toHaveAttribute("datetime", older.publishedAt);
  });

  test("shows the latest articles, without the current one", async () => {
    await openSeed();
    const aside = screen.getByRole("complementary", { name: "Mới nhất" });
    const hrefs = within(aside)
      .getAllByRole("link")
      .map((a) => a.getAttribute("href"));
    expect(hrefs[0]).toBe(`/bai-viet/${newer.slug}`);
    expect(hrefs).not.toContain(`/bai-viet/${SEED_SLUG}`);
  });

  test("shows tags discreetly after the byline, when the article has them", async () => {
    const withTags = { ...seedPage, article: { ...seedArticle, tags: ["Hải Hà", "xây dựng Đảng"] } };
    await renderAt(SEED_PATH, fakeSource({ pages: { [SEED_SLUG]: withTags } }));
    await screen.findByRole("heading", { level: 1 });
    const list = screen.getByRole("heading", { name: "Từ khóa" }).nextElementSibling!;
    expect(within(list as HTMLElement).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Hải Hà",
      "xây dựng Đảng",
    ]);
  });
});

describe("datelines without an instant", () => {
  test("the dateline is shown as written, without <time>", async () => {
    const odd = { ...seedArticle, publishedAt: null, dateline: "31/02/2020, 25:61" };
    await renderAt(SEED_PATH, fakeSource({ pages: { [SEED_SLUG]: { ...seedPage, article: odd } } }));
    await screen.findByRole("heading", { level: 1 });
    const text = within(article()).getByText("31/02/2020, 25:61");
    expect(text.tagName).not.toBe("TIME");
    expect(article().querySelector("time")).toBeNull();
  });

  test("an undated article shows its reading time alone under the headline, no stray separator", async () => {
    const undated = { ...seedArticle, publishedAt: null, dateline: null, readingMinutes: 5 };
    await renderAt(SEED_PATH, fakeSource({ pages: { [SEED_SLUG]: { ...seedPage, article: undated } } }));
    await screen.findByRole("heading", { level: 1 });
    expect(article().querySelector(".article-dateline")).toHaveTextContent(/^5 phút đọc$/);
  });

  test("a date without clock time has no time part", async () => {
    const dateOnly = { ...seedArticle, publishedAt: "2020-03-16T00:00:00+07:00", hasTime: false };
    await renderAt(SEED_PATH, fakeSource({ pages: { [SEED_SLUG]: { ...seedPage, article: dateOnly } } }));
    await screen.findByRole("heading", { level: 1 });
    expect(within(article()).getByText("Thứ Hai, 16/03/2020").tagName).toBe("TIME");
  });
});
