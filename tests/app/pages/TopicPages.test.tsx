/** Topics (issue 13): the topics' index, a topic's page, the article's "Chủ đề" row and "Cùng nói về …" (src/app/pages). */
import { readFileSync, readdirSync } from "node:fs";
import { screen, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { buildCorpus } from "../../../src/content/corpus";
import { parseArticle } from "../../../src/content/parse";
import { shelfDataFiles } from "../../../src/node/shelf-data";
import { fakeSource } from "../fixtures";
import { renderAt } from "../render";

// The real seeds: their places, people and organisations are the topics.
const seeds = readdirSync("seeds").filter((f) => f.endsWith(".txt")).sort();
const corpus = buildCorpus(seeds.map((f) => parseArticle(`seeds/${f}`, readFileSync(`seeds/${f}`))));
const files = Object.fromEntries([...shelfDataFiles(corpus)].map(([path, json]) => [path, JSON.parse(json) as unknown]));
const SEED_SLUG = "kinh-nghiem-tu-mot-dang-bo-tieu-bieu-o-hai-ha";
const source = () => fakeSource({ articles: corpus.summaries, files, pages: Object.fromEntries(corpus.summaries.map((s) => [s.slug, corpus.page(s.slug)!])) });

const main = () => screen.getByRole("main");
const trail = () => within(screen.getByRole("navigation", { name: "Đường dẫn" })).getAllByRole("listitem").map((li) => li.textContent);

describe("a topic's page", () => {
  test("names the topic and its kind, counts and lists its articles newest first, the seed among them, with the topics named with it and a feed", async () => {
    await renderAt("/chu-de/quang-thanh", source());
    expect(await screen.findByRole("heading", { level: 1, name: "Quảng Thành" })).toBeInTheDocument();
    const count = corpus.topics.topics.get("quang-thanh")!.newestFirst.length;
    expect(within(main()).getByText(`Địa danh · ${count} bài viết`)).toBeInTheDocument();
    const articles = within(main()).getAllByRole("link").filter((a) => a.getAttribute("href")?.startsWith("/bai-viet/"));
    expect(articles.map((a) => a.getAttribute("href"))).toContain(`/bai-viet/${SEED_SLUG}`);
    const dates = within(main()).getAllByRole("time").map((t) => Date.parse(t.getAttribute("datetime")!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(trail()).toEqual(["Trang chủ", "Chủ đề", "Quảng Thành"]);
    const related = within(main()).getByRole("region", { name: "Thường được nhắc cùng" });
    expect(within(related).getByRole("link", { name: "Hải Đông" })).toHaveAttribute("href", "/chu-de/hai-dong");
    expect(document.head.querySelector('link[rel="alternate"][href="/chu-de/quang-thanh/rss.xml"]')).not.toBeNull();
  });

  test("a person's page says so; an unknown topic or a page past the last is not found", async () => {
    const view = await renderAt("/chu-de/tran-van-tri", source());
    expect(await screen.findByRole("heading", { level: 1, name: "Trần Văn Trí" })).toBeInTheDocument();
    expect(within(main()).getByText(/^Nhân vật · /)).toBeInTheDocument();
    view.unmount();
    for (const path of ["/chu-de/khong-co", "/chu-de/quang-thanh/trang/9"]) {
      const v = await renderAt(path, source());
      expect(await screen.findByRole("heading", { level: 1, name: "Không tìm thấy trang" }), path).toBeInTheDocument();
      v.unmount();
    }
  });
});

describe("the topics' index", () => {
  test("opens with the most used, then lists every topic A–Z under its letter, with kind and count", async () => {
    await renderAt("/chu-de", source());
    expect(await screen.findByRole("heading", { level: 1, name: "Chủ đề" })).toBeInTheDocument();
    const popular = within(main()).getByRole("region", { name: "Nhắc đến nhiều nhất" });
    expect(within(popular).getAllByRole("link")[0]).toHaveTextContent("Hải Hà");
    const letters = within(main()).getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(letters).toEqual([...letters].sort());
    for (const name of ["Hải Hà", "Quảng Thành", "Hải Đông", "Trần Văn Trí", "Đặng Xuân Túc"]) {
      expect(within(main()).getAllByRole("link", { name }).length, name).toBeGreaterThan(0);
    }
    expect(within(main()).queryByRole("link", { name: "Đảng ủy" })).toBeNull();
    expect(trail()).toEqual(["Trang chủ", "Chủ đề"]);
  });
});

describe("the article's topics", () => {
  test("a 'Chủ đề' row of at most six links under the dateline, and related stories say which topics they share", async () => {
    await renderAt(`/bai-viet/${SEED_SLUG}`, source());
    const row = await screen.findByRole("navigation", { name: "Chủ đề" });
    const links = within(row).getAllByRole("link");
    expect(links.length).toBeGreaterThan(0);
    expect(links.length).toBeLessThanOrEqual(6);
    expect(within(row).getByRole("link", { name: "Trần Văn Trí" })).toHaveAttribute("href", "/chu-de/tran-van-tri");
    const related = screen.getByRole("complementary", { name: "Tin liên quan" });
    expect(within(related).getAllByText(/^Cùng nói về /).length).toBeGreaterThan(0);
  });
});
