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

  test("pages a long list at /trang/N with rel prev/next links", async () => {
    const many: ArticleSummary[] = Array.from({ length: LIST_SIZE + 3 }, (_, i) => ({
      ...older,
      id: `m${i}`,
      slug: `bai-${i}`,
      title: `Bài số ${i}`,
      publishedAt: new Date(Date.UTC(2020, 0, 1) - i * 3_600_000).toISOString(),
    }));
    await renderAt("/trang/2", fakeSource({ articles: many }));
    await screen.findByText("Trang 2/2");
    const titles = within(main())
      .getAllByRole("link")
      .filter((a) => a.getAttribute("href")?.startsWith("/bai-viet/"))
      .map((a) => a.textContent);
    expect(titles).toEqual([`Bài số ${LIST_SIZE}`, `Bài số ${LIST_SIZE + 1}`, `Bài số ${LIST_SIZE + 2}`]);
    const nav = screen.getByRole("navigation", { name: "Phân trang" });
    expect(within(nav).getByRole("link", { name: "Trang trước" })).toHaveAttribute("rel", "prev");
    expect(within(nav).getByRole("link", { name: "Trang trước" })).toHaveAttribute("href", "/");
    expect(within(nav).queryByRole("link", { name: "Trang sau" })).toBeNull();
  });

  test("links home's first page to /trang/2", async () => {
    const many: ArticleSummary[] = Array.from({ length: LIST_SIZE + 1 }, (_, i) => ({ ...older, id: `m${i}`, slug: `bai-${i}` }));
    await renderAt("/", fakeSource({ articles: many }));
    const nav = screen.getByRole("navigation", { name: "Phân trang" });
    expect(within(nav).getByRole("link", { name: "Trang sau" })).toHaveAttribute("href", "/trang/2");
  });

  test.each(["/trang/3", "/trang/0", "/trang/abc"])("%s, a page that does not exist, is not found", async (path) => {
    await renderAt(path);
    expect(await screen.findByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeInTheDocument();
  });

  test("/trang/1 is home", async () => {
    const { pathname } = await renderAt("/trang/1");
    expect(pathname()).toBe("/");
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
