/** ArticleLink: a plain link to the article that starts loading it before the click. */
import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Route, Routes, useLocation } from "react-router-dom";
import { afterEach, describe, expect, it, vi as mock } from "vitest";
import { ArticleLink } from "../../../src/app/components/ArticleLink";
import { SiteLinks } from "../../../src/app/components/SiteLink";
import { ArticleStoreContext, createArticleStore } from "../../../src/app/data/article-store";
import { SEED_SLUG, fakeSource, newer, seedArticle } from "../fixtures";

/** Links as the app renders them (inside SiteLinks), or alone (`inApp: false`: a plain link). */
function renderLinks(slugs: string[] = [SEED_SLUG], extra: Partial<Parameters<typeof ArticleLink>[0]> = {}, inApp = true) {
  const source = fakeSource();
  const loadArticle = mock.spyOn(source, "loadArticle");
  const store = createArticleStore(source);
  const links = (
    <ul>
      {slugs.map((slug) => (
        <li key={slug}>
          <ArticleLink slug={slug} {...extra}>
            {slug}
          </ArticleLink>
        </li>
      ))}
    </ul>
  );
  render(
    <MemoryRouter>
      <ArticleStoreContext value={store}>{inApp ? <SiteLinks>{links}</SiteLinks> : links}</ArticleStoreContext>
    </MemoryRouter>,
  );
  return { loadArticle, link: (slug = SEED_SLUG) => screen.getByRole("link", { name: slug }) };
}

afterEach(() => mock.unstubAllGlobals());

describe("ArticleLink", () => {
  it("is an ordinary link to /bai-viet/<slug>", () => {
    const { link } = renderLinks();
    expect(link()).toHaveAttribute("href", `/bai-viet/${SEED_SLUG}`);
    expect(link().tagName).toBe("A");
  });

  it("does not load anything until a reader shows interest", () => {
    const { loadArticle } = renderLinks([SEED_SLUG, newer.slug]);
    expect(loadArticle).not.toHaveBeenCalled();
  });

  it("prefetches the article when hovered", async () => {
    const { loadArticle, link } = renderLinks([SEED_SLUG, newer.slug]);
    await userEvent.hover(link());
    expect(loadArticle).toHaveBeenCalledTimes(1);
    expect(loadArticle).toHaveBeenCalledWith(SEED_SLUG);
  });

  it("prefetches the article when focused from the keyboard", async () => {
    const { loadArticle, link } = renderLinks();
    await userEvent.tab();
    expect(link()).toHaveFocus();
    expect(loadArticle).toHaveBeenCalledWith(SEED_SLUG);
  });

  it("prefetches the article when touched", () => {
    const { loadArticle, link } = renderLinks();
    fireEvent.touchStart(link());
    expect(loadArticle).toHaveBeenCalledWith(SEED_SLUG);
  });

  it("loads each article once, however often its link is hovered and focused", async () => {
    const { loadArticle, link } = renderLinks([SEED_SLUG, newer.slug]);
    await userEvent.hover(link());
    await userEvent.unhover(link());
    await userEvent.hover(link());
    fireEvent.focus(link());
    await userEvent.hover(link(newer.slug));
    expect(loadArticle.mock.calls.map((c) => c[0])).toEqual([SEED_SLUG, newer.slug]);
  });

  it("leaves no unhandled rejection when the prefetch fails (a reader offline, hovering)", async () => {
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", listener);
    try {
      const source = fakeSource({ loadArticle: () => Promise.reject(new Error("offline")) });
      render(
        <MemoryRouter>
          <ArticleStoreContext value={createArticleStore(source)}>
            <ArticleLink slug={SEED_SLUG}>{seedArticle.title}</ArticleLink>
          </ArticleStoreContext>
        </MemoryRouter>,
      );
      await userEvent.hover(screen.getByRole("link"));
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    } finally {
      process.off("unhandledRejection", listener);
    }
    expect(screen.getByRole("link")).toBeInTheDocument();
    expect(unhandled).toEqual([]);
  });

  it("still calls the handlers it was given", async () => {
    const onMouseEnter = mock.fn();
    const onFocus = mock.fn();
    const onTouchStart = mock.fn();
    const { link } = renderLinks([SEED_SLUG], { onMouseEnter, onFocus, onTouchStart });
    await userEvent.hover(link());
    fireEvent.focus(link());
    fireEvent.touchStart(link());
    expect(onMouseEnter).toHaveBeenCalledTimes(1);
    expect(onFocus).toHaveBeenCalledTimes(1);
    expect(onTouchStart).toHaveBeenCalledTimes(1);
  });

  it("is the same link outside the app, a plain one", () => {
    const { link } = renderLinks([SEED_SLUG], {}, false);
    expect(link()).toHaveAttribute("href", `/bai-viet/${SEED_SLUG}`);
  });

  it("navigates inside the app on a plain click, under the router's base, and leaves other clicks to the browser", async () => {
    const store = createArticleStore(fakeSource());
    const Where = () => <p>ở {useLocation().pathname}</p>;
    render(
      <MemoryRouter basename="/tin" initialEntries={["/tin/"]}>
        <ArticleStoreContext value={store}>
          <SiteLinks>
            <ArticleLink slug={SEED_SLUG}>bài</ArticleLink>
            <Routes>
              <Route path="*" element={<Where />} />
            </Routes>
          </SiteLinks>
        </ArticleStoreContext>
      </MemoryRouter>,
    );
    const link = screen.getByRole("link", { name: "bài" });
    expect(link).toHaveAttribute("href", `/tin/bai-viet/${SEED_SLUG}`);
    // A click with a modifier opens a tab in a browser: the router does not take it.
    fireEvent.click(link, { ctrlKey: true });
    expect(screen.getByText("ở /")).toBeInTheDocument();
    await userEvent.click(link);
    expect(screen.getByText(`ở /bai-viet/${SEED_SLUG}`)).toBeInTheDocument();
  });

  it("passes other props through to the anchor", () => {
    const { link } = renderLinks([SEED_SLUG], { className: "tieu-de", rel: "next" });
    expect(link()).toHaveClass("tieu-de");
    expect(link()).toHaveAttribute("rel", "next");
  });
});

describe("ArticleLink scrolled into view", () => {
  it("prefetches once the link comes near the viewport, and stops watching it", () => {
    const observers: FakeObserver[] = [];
    class FakeObserver {
      watched = new Set<Element>();
      constructor(readonly callback: IntersectionObserverCallback) {
        observers.push(this);
      }
      observe(el: Element) {
        this.watched.add(el);
      }
      unobserve(el: Element) {
        this.watched.delete(el);
      }
      disconnect() {
        this.watched.clear();
      }
      /** The browser reporting `el` as intersecting or not. */
      report(el: Element, isIntersecting: boolean) {
        this.callback([{ target: el, isIntersecting } as IntersectionObserverEntry], this as unknown as IntersectionObserver);
      }
    }
    mock.stubGlobal("IntersectionObserver", FakeObserver);

    const { loadArticle, link } = renderLinks([SEED_SLUG, newer.slug]);
    // One observer for every link, made on first use: jsdom has none, so it is this fake.
    const observer = observers.find((o) => o.watched.has(link()));
    if (!observer) throw new Error("the link is not watched by the stubbed IntersectionObserver");
    expect(observers).toHaveLength(1);
    expect(observer.watched.has(link(newer.slug))).toBe(true);

    observer.report(link(), false);
    expect(loadArticle).not.toHaveBeenCalled();
    observer.report(link(), true);
    expect(loadArticle.mock.calls.map((c) => c[0])).toEqual([SEED_SLUG]);
    expect(observer.watched.has(link()), "no longer watched once fetched").toBe(false);
    expect(observer.watched.has(link(newer.slug))).toBe(true);
  });
});
