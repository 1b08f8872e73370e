/** The route table as a whole: not found, broken files, failures, and moving between pages. */
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test, vi as mock } from "vitest";
import { renderAt } from "./render";
import { SEED_SLUG, brokenFile, fakeSource, newer, seedArticle } from "./fixtures";

async function expectNotFound() {
  expect(await screen.findByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeInTheDocument();
  expect(screen.getByRole("link", { name: "Về trang chủ" })).toHaveAttribute("href", "/");
  // Something to read instead: the latest articles.
  expect(screen.getByRole("link", { name: newer.title })).toHaveAttribute("href", `/bai-viet/${newer.slug}`);
  expect(document.title).toBe("Không tìm thấy trang — Tin Hải Hà");
}

describe("the frame", () => {
  test("every page has the landmarks: banner, site navigation, main and footer", async () => {
    await renderAt(`/bai-viet/${SEED_SLUG}`);
    await screen.findByRole("heading", { level: 1, name: seedArticle.title });
    // jsdom's role rules also count the <header> inside <article>; browsers do not (axe agrees).
    expect(screen.getAllByRole("banner")[0]).toHaveClass("masthead");
    const nav = screen.getByRole("navigation", { name: "Điều hướng chính" });
    expect(within(nav).getByRole("link", { name: "Trang chủ" })).toHaveAttribute("href", "/");
    expect(screen.getByRole("main")).toBeInTheDocument();
    expect(screen.getByRole("contentinfo")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Bỏ qua để đến nội dung chính" })).toHaveAttribute("href", "#main");
  });

  test("the site navigation marks home as the current page on home only", async () => {
    await renderAt("/");
    const nav = screen.getByRole("navigation", { name: "Điều hướng chính" });
    expect(within(nav).getByRole("link", { name: "Trang chủ" })).toHaveAttribute("aria-current", "page");
  });
});

describe("not found", () => {
  test("an unknown article slug shows the not-found page", async () => {
    const { pathname } = await renderAt("/bai-viet/khong-co-bai-nay");
    await expectNotFound();
    expect(pathname()).toBe("/bai-viet/khong-co-bai-nay");
  });

  test("an unknown path shows the not-found page", async () => {
    await renderAt("/khong-co-trang/nao");
    await expectNotFound();
  });
});

describe("broken files (development)", () => {
  test("a broken file's slug shows its problems where the article would be", async () => {
    await renderAt(`/bai-viet/${brokenFile.slug}`, fakeSource({ broken: [brokenFile] }));
    expect(await screen.findByRole("heading", { level: 1, name: "Tệp bài viết bị lỗi" })).toBeInTheDocument();
    const list = screen.getByRole("list", { name: "Danh sách lỗi" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent("seeds/999_hong.txt:1 Lỗi Tệp không có dòng chữ nào.");
    expect(items[1]).toHaveTextContent("seeds/999_hong.txt:3 Cảnh báo Không tìm thấy dòng ngày tháng.");
  });
});

describe("an article whose title was edited (development)", () => {
  test("its old address redirects to its new slug", async () => {
    const { pathname } = await renderAt("/bai-viet/tieu-de-cu", fakeSource({ moved: { "tieu-de-cu": SEED_SLUG } }));
    expect(await screen.findByRole("heading", { level: 1, name: seedArticle.title })).toBeInTheDocument();
    expect(pathname()).toBe(`/bai-viet/${SEED_SLUG}`);
  });

  test("an inherited property name is not a moved slug", async () => {
    await renderAt("/bai-viet/constructor", fakeSource({ moved: {} }));
    await expectNotFound();
  });
});

describe("failures", () => {
  test("an article that fails to load shows a calm error with a way home", async () => {
    const error = mock.spyOn(console, "error").mockImplementation(() => {});
    const failing = fakeSource({ loadArticle: () => Promise.reject(new Error("chunk failed")) });
    await renderAt(`/bai-viet/${SEED_SLUG}`, failing);
    expect(await screen.findByRole("heading", { level: 1, name: "Không tải được trang" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Về trang chủ" })).toHaveAttribute("href", "/");
    // Still inside the paper's frame.
    expect(screen.getByRole("banner")).toBeInTheDocument();
    error.mockRestore();
  });

  test("Thử lại loads the page again, and shows it once the load succeeds", async () => {
    const error = mock.spyOn(console, "error").mockImplementation(() => {});
    let fail = true;
    const flaky = fakeSource();
    const source = { ...flaky, loadArticle: (slug: string) => (fail ? Promise.reject(new Error("network down")) : flaky.loadArticle(slug)) };
    await renderAt(`/bai-viet/${SEED_SLUG}`, source);
    const retry = await screen.findByRole("button", { name: "Thử lại" });
    fail = false;
    // The page suspends while it loads again: let React settle inside act.
    await act(async () => retry.click());
    expect(await screen.findByRole("heading", { level: 1, name: seedArticle.title })).toBeInTheDocument();
    error.mockRestore();
  });
});

describe("navigation", () => {
  test("from home to an article and back through the masthead", async () => {
    const user = userEvent.setup();
    const { pathname } = await renderAt("/");
    await user.click(await screen.findByRole("link", { name: seedArticle.title }));
    expect(await screen.findByRole("heading", { level: 1, name: seedArticle.title })).toBeInTheDocument();
    expect(pathname()).toBe(`/bai-viet/${SEED_SLUG}`);
    // Focus moves to the new content, not left on a vanished link.
    await waitFor(() => expect(screen.getByRole("main")).toHaveFocus());

    await user.click(screen.getByRole("link", { name: "Tin Hải Hà — Trang chủ" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Tin mới nhất" })).toBeInTheDocument();
    expect(pathname()).toBe("/");
  });
});
