/**
 * The offline notice (src/app/offline/): what the route error page says offline, and offline.html as
 * the prerenderer renders it and the service worker fills it in.
 */
import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi as mock } from "vitest";
import { vi } from "../../src/i18n/vi";
import { SAVED_LIST, withSavedPages } from "../../src/app/offline/pages";
import { renderOfflinePage } from "../../src/app/server";
import { fakeSource } from "./fixtures";
import { renderAt } from "./render";
import { SITE } from "../../src/app/head/site";

function offline(value: boolean) {
  mock.spyOn(navigator, "onLine", "get").mockReturnValue(!value);
}

afterEach(() => {
  mock.restoreAllMocks();
});

describe("the route error page", () => {
  it("offline, says so when an article's data cannot be fetched, with the way home", async () => {
    mock.spyOn(console, "error").mockImplementation(() => {});
    offline(true);
    await renderAt("/bai-viet/chua-doc", fakeSource({ loadArticle: () => Promise.reject(new TypeError("Failed to fetch dynamically imported module")) }));
    expect(await screen.findByRole("heading", { level: 1, name: vi.offline.title })).toBeInTheDocument();
    expect(screen.getByText(vi.offline.body)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: vi.notFound.backHome })).toHaveAttribute("href", "/");
    expect(document.title).toBe(vi.documentTitle(vi.offline.title, SITE.name));
  });

  it("online, is the load error it always was", async () => {
    mock.spyOn(console, "error").mockImplementation(() => {});
    offline(false);
    await renderAt("/bai-viet/loi", fakeSource({ loadArticle: () => Promise.reject(new Error("chunk failed")) }));
    expect(await screen.findByRole("heading", { level: 1, name: vi.error.title })).toBeInTheDocument();
  });
});

describe("offline.html (renderOfflinePage)", () => {
  const { head, body } = renderOfflinePage(fakeSource(), "/");
  const dom = (html: string) => Object.assign(document.createElement("div"), { innerHTML: html });

  it("is the offline notice in the paper's frame, kept out of search engines, at no address of the site", () => {
    const page = dom(body);
    expect(page.querySelector("h1")?.textContent).toBe(vi.offline.title);
    expect(page.querySelector(".masthead")).not.toBeNull();
    expect(page.querySelector("footer")).not.toBeNull();
    expect(page.querySelector("main p")?.textContent).toBe(vi.offline.body);
    expect(head).toContain(`<title>${vi.documentTitle(vi.offline.title, SITE.name)}</title>`);
    expect(head).toContain('<meta name="robots" content="noindex"/>');
    expect(head).not.toContain("canonical");
    // Nothing in the masthead claims to be the current page.
    expect(page.querySelector('[aria-current="page"]')).toBeNull();
  });

  it("holds an empty, hidden list of saved articles, which the service worker fills in and shows", () => {
    const list = dom(body).querySelector(`[${SAVED_LIST}]`) as HTMLElement;
    expect(list.hidden).toBe(true);
    expect(list.querySelector("h2")?.textContent).toBe(vi.offline.saved);
    expect(list.querySelectorAll("li")).toHaveLength(0);

    const filled = dom(withSavedPages(body, [{ href: "/bai-viet/mot", title: "Bài một" }])).querySelector(`[${SAVED_LIST}]`) as HTMLElement;
    expect(filled.hidden).toBe(false);
    const links = [...filled.querySelectorAll("li a")].map((a) => [a.getAttribute("href"), a.textContent]);
    expect(links).toEqual([["/bai-viet/mot", "Bài một"]]);
  });
});
