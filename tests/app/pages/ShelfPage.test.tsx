/** The archive's ways in: an author's and a month's shelves, the authors' index and the archive (src/app/pages). */
import { screen, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { buildCorpus } from "../../../src/content/corpus";
import { parseArticle } from "../../../src/content/parse";
import { shelfDataFiles } from "../../../src/node/shelf-data";
import { fakeSource } from "../fixtures";
import { renderAt } from "../render";

// 45 dumps in March and April 2020 by Hoàng Giang, every third with Lan Anh, and one undated by Lan Anh.
const dump = (n: number) =>
  parseArticle(`seeds/${String(n).padStart(3, "0")}.txt`, `Bài số ${n}\n${(n % 28) + 1}/0${3 + (n % 2)}/2020 08:00\n\nMở đầu bài ${n}.\n\nĐoạn.\n\n${n % 3 ? "Hoàng Giang" : "Lan Anh - Hoàng Giang"}`);
const corpus = buildCorpus([...Array.from({ length: 45 }, (_, i) => dump(i + 1)), parseArticle("seeds/900.txt", "Bài không ngày\n\nMở đầu.\n\nĐoạn.\n\nLan Anh")]);
const files = Object.fromEntries([...shelfDataFiles(corpus)].map(([path, json]) => [path, JSON.parse(json) as unknown]));
const source = () => fakeSource({ articles: corpus.summaries, files });

const main = () => screen.getByRole("main");
const trail = () => within(screen.getByRole("navigation", { name: "Đường dẫn" })).getAllByRole("listitem").map((li) => li.textContent);
const articleLinks = () => within(main()).getAllByRole("link").filter((a) => a.getAttribute("href")?.startsWith("/bai-viet/"));

describe("an author's page", () => {
  test("names the author, counts their articles and lists the newest first, with the trail and the author's feed", async () => {
    await renderAt("/tac-gia/hoang-giang", source());
    expect(await screen.findByRole("heading", { level: 1, name: "Hoàng Giang" })).toBeInTheDocument();
    expect(within(main()).getByText("Tác giả · 45 bài viết")).toBeInTheDocument();
    // 45 articles: the last page holds 5, so the landing shows it and the full page before it.
    expect(articleLinks()).toHaveLength(25);
    const dates = within(main()).getAllByRole("time").map((t) => Date.parse(t.getAttribute("datetime")!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(trail()).toEqual(["Trang chủ", "Tác giả", "Hoàng Giang"]);
    expect(within(main()).getByRole("link", { name: "Tin cũ hơn" })).toHaveAttribute("href", "/tac-gia/hoang-giang/trang/1");
    expect(document.head.querySelector('link[rel="alternate"][href="/tac-gia/hoang-giang/rss.xml"]')).not.toBeNull();
  });

  test("page N, from the oldest, leads to the newer page, the last to the landing", async () => {
    await renderAt("/tac-gia/hoang-giang/trang/1", source());
    expect(await screen.findByRole("heading", { level: 1, name: "Hoàng Giang — Trang 1" })).toBeInTheDocument();
    expect(articleLinks()).toHaveLength(20);
    expect(within(main()).getByRole("link", { name: "Tin mới hơn" })).toHaveAttribute("href", "/tac-gia/hoang-giang/trang/2");
    expect(within(main()).queryByRole("link", { name: "Tin cũ hơn" })).toBeNull();
    expect(trail()).toEqual(["Trang chủ", "Tác giả", "Hoàng Giang", "Trang 1"]);
  });

  test("an unknown author, or a page past the last, is not found", async () => {
    for (const path of ["/tac-gia/khong-co-ai", "/tac-gia/hoang-giang/trang/9", "/tac-gia/hoang-giang/trang/0"]) {
      const view = await renderAt(path, source());
      expect(await screen.findByRole("heading", { level: 1, name: "Không tìm thấy trang" }), path).toBeInTheDocument();
      view.unmount();
    }
  });
});

describe("the authors' index", () => {
  test("lists every author by given name under a letter, with their counts, each linking to their page", async () => {
    await renderAt("/tac-gia", source());
    expect(await screen.findByRole("heading", { level: 1, name: "Tác giả" })).toBeInTheDocument();
    const letters = within(main()).getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(letters).toEqual(["A", "G"]);
    const lan = within(main()).getByRole("link", { name: "Lan Anh" });
    expect(lan).toHaveAttribute("href", "/tac-gia/lan-anh");
    expect(lan.closest("li")).toHaveTextContent("Lan Anh 16 bài viết");
    expect(within(main()).getByRole("link", { name: "Hoàng Giang" }).closest("li")).toHaveTextContent("45 bài viết");
  });
});

describe("the date archive", () => {
  test("/luu-tru shows each year with its count, its months newest first, and the undated", async () => {
    await renderAt("/luu-tru", source());
    expect(await screen.findByRole("heading", { level: 1, name: "Lưu trữ" })).toBeInTheDocument();
    expect(within(main()).getByRole("heading", { level: 2, name: "2020 45 bài viết" })).toBeInTheDocument();
    const months = within(main()).getAllByRole("link").filter((a) => a.getAttribute("href")?.startsWith("/luu-tru/"));
    expect(months.map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["Tháng 4/2020", "/luu-tru/2020/4"],
      ["Tháng 3/2020", "/luu-tru/2020/3"],
      ["Bài không rõ ngày", "/luu-tru/khong-ngay"],
    ]);
  });

  test("a month lists its articles, the trail through the archive, and links the months either side", async () => {
    await renderAt("/luu-tru/2020/3", source());
    expect(await screen.findByRole("heading", { level: 1, name: "Tháng 3/2020" })).toBeInTheDocument();
    expect(articleLinks()).toHaveLength(22);
    expect(trail()).toEqual(["Trang chủ", "Lưu trữ", "Tháng 3/2020"]);
    const months = screen.getByRole("navigation", { name: "Tháng trước và tháng sau" });
    expect(within(months).getByRole("link")).toHaveAttribute("href", "/luu-tru/2020/4");
    expect(within(months).getByRole("link")).toHaveTextContent("Tháng sau: Tháng 4/2020");
  });

  test("the undated shelf says why its articles are there", async () => {
    await renderAt("/luu-tru/khong-ngay", source());
    expect(await screen.findByRole("heading", { level: 1, name: "Bài không rõ ngày" })).toBeInTheDocument();
    expect(articleLinks().map((a) => a.textContent)).toEqual(["Bài không ngày"]);
  });

  test("a month without articles, or written otherwise than the site writes it, is not found", async () => {
    for (const path of ["/luu-tru/2020/5", "/luu-tru/2020/03", "/luu-tru/2020/13"]) {
      const view = await renderAt(path, source());
      expect(await screen.findByRole("heading", { level: 1, name: "Không tìm thấy trang" }), path).toBeInTheDocument();
      view.unmount();
    }
  });
});

describe("the masthead menu", () => {
  test("leads to home, the archive, the topics and the authors, marking the page being read", async () => {
    await renderAt("/luu-tru", source());
    const nav = await screen.findByRole("navigation", { name: "Điều hướng chính" });
    expect(within(nav).getAllByRole("link").map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["Trang chủ", "/"],
      ["Lưu trữ", "/luu-tru"],
      ["Chủ đề", "/chu-de"],
      ["Tác giả", "/tac-gia"],
    ]);
    expect(within(nav).getByRole("link", { name: "Lưu trữ" })).toHaveAttribute("aria-current", "page");
  });
});
