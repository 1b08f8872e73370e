/** The home page at /: lead story, then the rest newest first, a page at a time. */
import { screen, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import type { ArticleSummary } from "../../../src/content/types";
import { renderAt } from "../render";
import { LIST_SIZE, brokenFile, dateOnly, fakeSource, newer, older, seedSummary, undated } from "../fixtures";

const main = () => screen.getByRole("main");

describe("home", () => {
  test("lists every article newest first, undated last, each title linking to its page", async () => {
    await renderAt("/");
    await screen.findByRole("heading", { level: 1 });
    const links = within(main())
      .getAllByRole("link")
      .filter((a) => a.getAttribute("href")?.startsWith("/bai-viet/"));
    const expected = [newer, seedSummary, older, dateOnly, undated];
    expect(links.map((a) => a.textContent)).toEqual(expected.map((s) => s.title));
    expect(links.map((a) => a.getAttribute("href"))).toEqual(expected.map((s) => `/bai-viet/${s.slug}`));
  });

  test("the newest is the lead story, with its excerpt", async () => {
    await renderAt("/");
    const lead = await screen.findByRole("region", { name: newer.title });
    expect(within(lead).getByRole("heading", { level: 2 })).toHaveTextContent(newer.title);
    expect(within(lead).getByText(newer.excerpt!)).toBeInTheDocument();
    expect(within(lead).getByText("Thứ Sáu, 20/03/2020, 08:05 (GMT+7)")).toHaveAttribute("datetime", newer.publishedAt);
  });

  test("list items carry a <time> dateline and their excerpt", async () => {
    await renderAt("/");
    await screen.findByRole("heading", { level: 1 });
    const items = within(main()).getAllByRole("listitem");
    const seedItem = items.find((li) => within(li).queryByText(seedSummary.title));
    expect(within(seedItem!).getByText("16/03/2020")).toHaveAttribute("datetime", seedSummary.publishedAt);
    expect(within(seedItem!).getByText(seedSummary.excerpt!)).toBeInTheDocument();
    // An impossible date is shown as written, not as a <time>.
    const undatedItem = items.find((li) => within(li).queryByText(undated.title));
    expect(within(undatedItem!).getByText("31/02/2020").tagName).not.toBe("TIME");
  });

  test("has exactly one h1 and a skip link to the main content first", async () => {
    await renderAt("/");
    await screen.findByRole("heading", { level: 1 });
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    const links = screen.getAllByRole("link");
    expect(links[0]).toHaveTextContent("Bỏ qua để đến nội dung chính");
    expect(links[0]).toHaveAttribute("href", "#main");
    expect(main()).toHaveAttribute("id", "main");
    expect(screen.getByRole("banner")).toBeInTheDocument();
    expect(screen.getByRole("contentinfo")).toBeInTheDocument();
  });

  test("says so when there is nothing to read", async () => {
    await renderAt("/", fakeSource({ articles: [] }));
    expect(await screen.findByText("Chưa có bài viết nào.")).toBeInTheDocument();
  });

  /** n articles, newest first: "Bài số 0" is the newest. */
  const archive = (n: number): ArticleSummary[] =>
    Array.from({ length: n }, (_, i) => ({
      ...older,
      id: `m${i}`,
      slug: `bai-${i}`,
      title: `Bài số ${i}`,
      publishedAt: new Date(Date.UTC(2020, 0, 1) - i * 3_600_000).toISOString(),
    }));
  const articleTitles = () =>
    within(main())
      .getAllByRole("link")
      .filter((a) => a.getAttribute("href")?.startsWith("/bai-viet/"))
      .map((a) => a.textContent);

  test("pages a long archive at /trang/N numbered from the oldest, newest first on each, with rel prev/next links", async () => {
    const many = archive(2 * LIST_SIZE + 3);
    await renderAt("/trang/1", fakeSource({ articles: many }));
    expect(await screen.findByRole("heading", { level: 1, name: "Trang 1" })).toBeInTheDocument();
    // Page 1: the 20 oldest.
    expect(articleTitles()).toEqual(Array.from({ length: LIST_SIZE }, (_, i) => `Bài số ${LIST_SIZE + 3 + i}`));
    const nav = screen.getByRole("navigation", { name: "Phân trang" });
    expect(within(nav).getByRole("link", { name: "Tin mới hơn" })).toHaveAttribute("href", "/trang/2");
    expect(within(nav).getByRole("link", { name: "Tin mới hơn" })).toHaveAttribute("rel", "prev");
    expect(within(nav).queryByRole("link", { name: "Tin cũ hơn" })).toBeNull();
    expect(within(nav).getByText("Trang 1")).toBeInTheDocument();
  });

  test("the last page links to the one below it, and to nothing newer: home shows it", async () => {
    await renderAt("/trang/3", fakeSource({ articles: archive(2 * LIST_SIZE + 3) }));
    await screen.findByRole("heading", { level: 1, name: "Trang 3" });
    expect(articleTitles()).toEqual(["Bài số 0", "Bài số 1", "Bài số 2"]);
    const nav = screen.getByRole("navigation", { name: "Phân trang" });
    expect(within(nav).getByRole("link", { name: "Tin cũ hơn" })).toHaveAttribute("href", "/trang/2");
    expect(within(nav).getByRole("link", { name: "Tin cũ hơn" })).toHaveAttribute("rel", "next");
    expect(within(nav).queryByRole("link", { name: "Tin mới hơn" })).toBeNull();
  });

  test("home shows the newest page and, while it is not full, the one below; then links to the next older page", async () => {
    await renderAt("/", fakeSource({ articles: archive(2 * LIST_SIZE + 3) }));
    await screen.findByRole("heading", { level: 1 });
    expect(articleTitles()).toEqual(Array.from({ length: LIST_SIZE + 3 }, (_, i) => `Bài số ${i}`));
    const nav = screen.getByRole("navigation", { name: "Phân trang" });
    expect(within(nav).getByRole("link", { name: "Tin cũ hơn" })).toHaveAttribute("href", "/trang/1");
  });

  test("home without older pages has no pagination", async () => {
    await renderAt("/", fakeSource({ articles: archive(LIST_SIZE + 1) }));
    await screen.findByRole("heading", { level: 1 });
    expect(articleTitles()).toHaveLength(LIST_SIZE + 1);
    expect(screen.queryByRole("navigation", { name: "Phân trang" })).toBeNull();
  });

  test.each(["/trang/4", "/trang/0", "/trang/abc"])("%s, a page that does not exist, is not found", async (path) => {
    await renderAt(path, fakeSource({ articles: archive(2 * LIST_SIZE + 3) }));
    expect(await screen.findByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeInTheDocument();
  });

  test("in development, lists broken files with links to their problems", async () => {
    await renderAt("/", fakeSource({ broken: [brokenFile] }));
    const notice = await screen.findByRole("region", { name: "1 tệp bài viết chưa đọc được" });
    expect(within(notice).getByRole("link", { name: brokenFile.file })).toHaveAttribute(
      "href",
      `/bai-viet/${brokenFile.slug}`,
    );
  });

  test("shows no broken-file notice when every file parsed", async () => {
    await renderAt("/");
    await screen.findByRole("heading", { level: 1 });
    expect(screen.queryByText(/tệp bài viết chưa đọc được/)).toBeNull();
  });
});
