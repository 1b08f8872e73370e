/** The search page at /tim-kiem?q=… and the masthead's search box that leads to it. */
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, useLocation } from "react-router-dom";
import { describe, expect, test, vi as mock } from "vitest";
import { App } from "../../../src/app/App";
import { createArticleStore } from "../../../src/app/data/article-store";
import type { NewsSource } from "../../../src/app/data/news-source";
import { searchDocument } from "../../../src/content/search";
import { buildSearchFiles } from "../../../src/content/search-build";
import { memoryFiles, type SearchFiles } from "../../../src/content/search-files";
import type { Article } from "../../../src/content/types";
import { SEED_SLUG, fakeSource, newer, older, seedArticle, seedSummary } from "../fixtures";

const asArticle = (s: typeof newer, lead: string): Article => ({
  id: s.id,
  slug: s.slug,
  readingMinutes: s.readingMinutes,
  title: s.title,
  dateline: s.dateline,
  publishedAt: s.publishedAt,
  hasTime: s.hasTime,
  lead,
  byline: null,
  body: [],
  relatedPlaceholders: 0,
});

const hostile: Article = {
  ...asArticle(older, "Một bài có thẻ trong tiêu đề."),
  id: "999_hostile",
  slug: "bai-co-the-script",
  title: "Bài <script>alert(1)</script> ở Hải Hà",
};

// Oldest first, as the build numbers them.
const searchIndex = buildSearchFiles([
  searchDocument(hostile, "Một bài có <b>thẻ</b> trong tiêu đề."),
  searchDocument(asArticle(older, older.excerpt!), older.excerpt),
  searchDocument(seedArticle, seedSummary.excerpt),
  searchDocument(asArticle(newer, newer.excerpt!), newer.excerpt),
]);

/** The index's files, each request counted. */
function countedFiles(files: SearchFiles = memoryFiles(searchIndex)) {
  const requests = mock.fn((path: string) => path);
  return { requests, files: { json: (path: string) => (requests(path), files.json(path)), bytes: (path: string) => (requests(path), files.bytes(path)) } as SearchFiles };
}

function sourceWithSearch(searchFiles: SearchFiles = memoryFiles(searchIndex)): NewsSource {
  return { ...fakeSource(), searchFiles };
}

async function renderAt(path: string, source: NewsSource = sourceWithSearch()) {
  const where = { path };
  function LocationProbe() {
    const { pathname, search } = useLocation();
    where.path = pathname + search;
    return null;
  }
  await act(async () => {
    render(
      <MemoryRouter initialEntries={[path]}>
        <App source={source} store={createArticleStore(source)} />
        <LocationProbe />
      </MemoryRouter>,
    );
  });
  return { location: () => where.path };
}

const main = () => screen.getByRole("main");
const status = () => within(main()).getByRole("status");

describe("the masthead's search box", () => {
  test("is a labelled search field in a search landmark that submits q to /tim-kiem", async () => {
    await renderAt("/");
    const form = screen.getByRole("search", { name: "Tìm kiếm bài viết" });
    expect(form.tagName).toBe("FORM");
    expect(form).toHaveAttribute("action", "/tim-kiem");
    expect((form as HTMLFormElement).method).toBe("get");
    const box = within(form).getByRole("searchbox", { name: "Từ khóa tìm kiếm" });
    expect(box).toHaveAttribute("type", "search");
    expect(box).toHaveAttribute("name", "q");
    expect(within(screen.getByRole("banner")).getByRole("searchbox")).toBe(box);
  });

  test("is on every page", async () => {
    await renderAt(`/bai-viet/${SEED_SLUG}`);
    await screen.findByRole("heading", { level: 1, name: seedArticle.title });
    expect(screen.getByRole("searchbox")).toBeInTheDocument();
  });

  test("typing on home shows the results as you type, the box keeping focus; the index loads only then", async () => {
    const { requests, files } = countedFiles();
    const user = userEvent.setup();
    const { location } = await renderAt("/", sourceWithSearch(files));
    expect(requests).not.toHaveBeenCalled();
    const box = screen.getByRole("searchbox");
    await user.type(box, "hai ha");
    // Home lists the seed too: wait for the results.
    const results = await screen.findByRole("list", { name: "Kết quả tìm kiếm" });
    expect(within(results).getByRole("link", { name: seedArticle.title })).toHaveAttribute("href", `/bai-viet/${SEED_SLUG}`);
    expect(location()).toBe("/tim-kiem?q=hai+ha");
    expect(requests).toHaveBeenCalled();
    expect(box).toHaveFocus();
    expect(box).toHaveValue("hai ha");
  });

  test("Enter searches at once", async () => {
    const user = userEvent.setup();
    const { location } = await renderAt("/");
    await user.type(screen.getByRole("searchbox"), "Đảng bộ{Enter}");
    expect(location()).toBe("/tim-kiem?q=%C4%90%E1%BA%A3ng+b%E1%BB%99");
    const results = await screen.findByRole("list", { name: "Kết quả tìm kiếm" });
    expect(within(results).getByRole("link", { name: seedArticle.title })).toBeInTheDocument();
  });

  test("shows the query of the address it was opened at", async () => {
    await renderAt("/tim-kiem?q=Hải%20Hà");
    expect(screen.getByRole("searchbox")).toHaveValue("Hải Hà");
  });
});

describe("/tim-kiem", () => {
  test("with no query: a heading, a prompt, no results, and the index is not loaded", async () => {
    const { requests, files } = countedFiles();
    await renderAt("/tim-kiem", sourceWithSearch(files));
    expect(screen.getByRole("heading", { level: 1, name: "Tìm kiếm" })).toBeInTheDocument();
    expect(status()).toHaveTextContent("Gõ từ khóa");
    expect(within(main()).queryByRole("list")).not.toBeInTheDocument();
    expect(requests).not.toHaveBeenCalled();
    expect(document.title).toBe("Tìm kiếm — Tin Hải Hà");
    expect(document.head.querySelector('meta[name="robots"]') ?? document.querySelector('meta[name="robots"]')).toHaveAttribute("content", "noindex");
  });

  test.each(["hai ha", "HẢI HÀ", "Hải Hà", "dang bo tieu bieu"])("%j finds the seed, title linked, date and excerpt shown", async (q) => {
    await renderAt(`/tim-kiem?q=${encodeURIComponent(q)}`);
    const link = await screen.findByRole("link", { name: seedArticle.title });
    expect(link).toHaveAttribute("href", `/bai-viet/${SEED_SLUG}`);
    const item = link.closest("li")!;
    expect(within(item).getByText("16/03/2020")).toHaveAttribute("datetime", seedArticle.publishedAt);
    expect(item).toHaveTextContent(seedSummary.excerpt!.slice(0, 40));
  });

  test("announces the count and marks the matched words in titles and excerpts", async () => {
    await renderAt("/tim-kiem?q=hai%20ha");
    const list = await screen.findByRole("list", { name: "Kết quả tìm kiếm" });
    expect(status()).toHaveTextContent(/^\d+ kết quả cho “hai ha”$/);
    expect(status()).toHaveAttribute("role", "status");
    const count = Number(status().textContent!.split(" ")[0]);
    expect(within(list).getAllByRole("listitem")).toHaveLength(count);
    const link = within(list).getByRole("link", { name: seedArticle.title });
    expect([...link.querySelectorAll("mark")].map((m) => m.textContent)).toEqual(["Hải Hà"]);
    const marksInExcerpts = [...list.querySelectorAll("p mark")].map((m) => m.textContent);
    expect(marksInExcerpts).toContain("Hải Hà");
  });

  test("a title holding markup shows it as text", async () => {
    await renderAt("/tim-kiem?q=hai%20ha");
    const link = await screen.findByRole("link", { name: hostile.title });
    expect(link.textContent).toBe(hostile.title);
    expect(main().querySelector("script, b")).toBeNull();
    expect(within(main()).getByText(/<b>thẻ<\/b>/)).toBeInTheDocument();
  });

  test("no hits: says Không tìm thấy kết quả, and offers the latest articles instead", async () => {
    await renderAt("/tim-kiem?q=xqzvw%20jjkk");
    expect(await within(main()).findByText("Không tìm thấy kết quả cho “xqzvw jjkk”")).toBe(status());
    expect(within(main()).queryByRole("list", { name: "Kết quả tìm kiếm" })).not.toBeInTheDocument();
    expect(within(main()).getByRole("heading", { level: 2, name: "Mới nhất" })).toBeInTheDocument();
    expect(within(main()).getByRole("link", { name: newer.title })).toHaveAttribute("href", `/bai-viet/${newer.slug}`);
  });

  test("says so, as any page that failed to load, when the index cannot be loaded", async () => {
    const offline: SearchFiles = { json: () => Promise.reject(new Error("offline")), bytes: () => Promise.reject(new Error("offline")) };
    await renderAt("/tim-kiem?q=hai", sourceWithSearch(offline));
    expect(await screen.findByRole("heading", { level: 1, name: "Không tải được trang" })).toBeInTheDocument();
    expect(within(main()).getByRole("link", { name: "Về trang chủ" })).toBeInTheDocument();
  });

  test("a source without an index fails the same way", async () => {
    await renderAt("/tim-kiem?q=hai", fakeSource());
    expect(await screen.findByRole("heading", { level: 1, name: "Không tải được trang" })).toBeInTheDocument();
  });

  test("a long list comes a page at a time: the next page on demand, past the first 50", async () => {
    const many = buildSearchFiles(
      Array.from({ length: 65 }, (_, i) =>
        searchDocument({ ...asArticle(older, `Tin số ${i} ở Quảng Thành.`), id: `q${i}`, slug: `tin-${i}`, title: `Quảng Thành tin ${i}` }, null),
      ),
    );
    const user = userEvent.setup();
    await renderAt("/tim-kiem?q=quang%20thanh", sourceWithSearch(memoryFiles(many)));
    const list = await screen.findByRole("list", { name: "Kết quả tìm kiếm" });
    expect(status()).toHaveTextContent("65 kết quả cho “quang thanh”");
    expect(within(list).getAllByRole("listitem")).toHaveLength(20);
    for (const shown of [40, 60, 65]) {
      await user.click(within(main()).getByRole("button", { name: /^Xem thêm \d+ kết quả$/ }));
      await mock.waitFor(() => expect(within(list).getAllByRole("listitem")).toHaveLength(shown));
    }
    expect(within(main()).queryByRole("button", { name: /Xem thêm/ })).not.toBeInTheDocument();
    const slugs = within(list).getAllByRole("link").map((a) => a.getAttribute("href"));
    expect(new Set(slugs).size).toBe(65);
  });
});

describe("topics in search", () => {
  const names = { "data/topic-names/index.json": ["ca", "ch", "ha", "la"], "data/topic-names/ha.json": [["Hải Hà", "hai-ha", 6, "p"], ["Hải Hạ Lâm", "hai-ha-lam", 1, "n"], ["Cái Chiên", "cai-chien", 1, "p"]] };
  const withTopics = () => ({ ...fakeSource({ files: names }), searchFiles: memoryFiles(searchIndex) });

  test("lists the topics whose names match the query (folded) above the articles, each linking to its page", async () => {
    await renderAt(`/tim-kiem?q=${encodeURIComponent("hai ha")}`, withTopics());
    const topics = await screen.findByRole("region", { name: "Chủ đề phù hợp" });
    expect(within(topics).getAllByRole("link").map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["Hải Hà", "/chu-de/hai-ha"],
      ["Hải Hạ Lâm", "/chu-de/hai-ha-lam"],
    ]);
    expect(within(topics).getByText("Địa danh · 6 bài viết")).toBeInTheDocument();
    const results = await screen.findByRole("list", { name: "Kết quả tìm kiếm" });
    // Topics first, then the articles.
    expect(topics.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test("shows no topics when none matches or the letters have no names file", async () => {
    await renderAt(`/tim-kiem?q=${encodeURIComponent("Quảng Ninh")}`, withTopics());
    await screen.findByText(/kết quả|Không tìm thấy/i);
    expect(screen.queryByRole("region", { name: "Chủ đề phù hợp" })).toBeNull();
  });
});
