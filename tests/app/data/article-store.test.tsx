/** The article store: one load per slug (and per home page) shared by links, pages, hydration and the prerenderer. */
import { act, render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { afterEach, describe, expect, it, vi as mock } from "vitest";
import { ArticleStoreContext, createArticleStore, useArticlePage, type ArticleStore } from "../../../src/app/data/article-store";
import type { ArticlePage } from "../../../src/content/types";
import { SEED_SLUG, fakeSource, seedArticle, seedPage } from "../fixtures";

type Loader = (slug: string) => Promise<ArticlePage | null> | null;

/** A store over the seed alone, with spies on the source to count loads. */
function storeOver(loadArticle: Loader = (slug) => (slug === SEED_SLUG ? Promise.resolve(seedPage) : null)) {
  const source = fakeSource({ loadArticle });
  const loads = mock.spyOn(source, "loadArticle");
  const lists = mock.spyOn(source, "loadList");
  return { store: createArticleStore(source), loads, lists };
}

/** A loader that fails as a chunk fetch does, until `healed` is set. */
function flaky() {
  const state = { healed: false };
  const loadArticle: Loader = () => (state.healed ? Promise.resolve(seedPage) : Promise.reject(new Error("chunk failed")));
  return { state, loadArticle };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Unhandled rejections seen while `run` ran and a few ticks after. */
async function unhandledDuring(run: () => void | Promise<void>): Promise<unknown[]> {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => seen.push(reason);
  process.on("unhandledRejection", listener);
  try {
    await run();
    for (let i = 0; i < 5; i++) await tick();
  } finally {
    process.off("unhandledRejection", listener);
  }
  return seen;
}

describe("createArticleStore: articles", () => {
  it("loads each slug once, however many times and ways it is asked for", async () => {
    const { store, loads } = storeOver();
    store.prefetch(SEED_SLUG);
    store.prefetch(SEED_SLUG);
    const first = store.article(SEED_SLUG);
    await expect(first).resolves.toBe(seedPage);
    await expect(store.article(SEED_SLUG)).resolves.toBe(seedPage);
    expect(loads).toHaveBeenCalledTimes(1);
    expect(loads).toHaveBeenCalledWith(SEED_SLUG);
  });

  it("hands out the same promise every time, as React's use() needs", () => {
    const { store } = storeOver();
    expect(store.article(SEED_SLUG)).toBe(store.article(SEED_SLUG));
    expect(store.article("khong-co")).toBe(store.article("khong-co"));
  });

  it("keeps separate loads for separate slugs", async () => {
    const { store, loads } = storeOver();
    await store.article(SEED_SLUG);
    await store.article("khong-co");
    expect(loads.mock.calls.map((c) => c[0])).toEqual([SEED_SLUG, "khong-co"]);
  });

  it("resolves to null for an unknown slug, asking the source only once", async () => {
    const { store, loads } = storeOver();
    await expect(store.article("khong-co-bai-nay")).resolves.toBeNull();
    await expect(store.article("khong-co-bai-nay")).resolves.toBeNull();
    expect(loads).toHaveBeenCalledTimes(1);
  });

  it("resolves to null when the source's promise gives null", async () => {
    const { store } = storeOver(() => Promise.resolve(null));
    await expect(store.article(SEED_SLUG)).resolves.toBeNull();
  });

  it("prefetch returns at once and never rejects, even when the load fails", async () => {
    const { store, loads } = storeOver(flaky().loadArticle);
    const unhandled = await unhandledDuring(() => {
      expect(store.prefetch(SEED_SLUG)).toBeUndefined();
    });
    expect(unhandled).toEqual([]);
    expect(loads).toHaveBeenCalledTimes(1);
  });

  it("a failed load rejects for the page that reads it, and stays failed without a retry", async () => {
    const { state, loadArticle } = flaky();
    const { store, loads } = storeOver(loadArticle);
    await expect(store.article(SEED_SLUG)).rejects.toThrow("chunk failed");
    state.healed = true;
    // Re-rendering an error must not fire request after request.
    await expect(store.article(SEED_SLUG)).rejects.toThrow("chunk failed");
    expect(loads).toHaveBeenCalledTimes(1);
  });

  it("retryFailed forgets failed loads, so the next attempt loads again, and keeps good ones", async () => {
    const { state, loadArticle } = flaky();
    const { store, loads } = storeOver(loadArticle);
    await expect(store.article(SEED_SLUG)).rejects.toThrow("chunk failed");
    state.healed = true;
    store.retryFailed();
    await expect(store.article(SEED_SLUG)).resolves.toBe(seedPage);
    expect(loads).toHaveBeenCalledTimes(2);
  });

  it("known records an answer, so the source is never asked", async () => {
    const { store, loads } = storeOver();
    store.known("da-biet-khong-co", null);
    await expect(store.article("da-biet-khong-co")).resolves.toBeNull();
    store.known(SEED_SLUG, seedPage);
    await expect(store.article(SEED_SLUG)).resolves.toBe(seedPage);
    expect(loads).not.toHaveBeenCalled();
  });
});

describe("createArticleStore: home pages", () => {
  it("loads each list page once and answers null for a page that does not exist", async () => {
    const { store, lists } = storeOver();
    const first = store.list(1);
    expect(store.list(1)).toBe(first);
    const page = await first;
    expect(page?.map((s) => s.slug)).toContain(SEED_SLUG);
    await expect(store.list(99)).resolves.toBeNull();
    expect(lists.mock.calls.map((c) => c[0])).toEqual([1, 99]);
  });
});

function Headline({ slug }: { slug: string }) {
  const page = useArticlePage(slug);
  return <h1>{page ? page.article.title : "không có"}</h1>;
}

function renderHeadline(store: ArticleStore, slug = SEED_SLUG) {
  return render(
    <ArticleStoreContext value={store}>
      <Suspense fallback={<p>đang tải</p>}>
        <Headline slug={slug} />
      </Suspense>
    </ArticleStoreContext>,
  );
}

describe("useArticlePage", () => {
  afterEach(() => mock.restoreAllMocks());

  it("renders a page already loaded at once, without suspending", async () => {
    const { store } = storeOver();
    await store.article(SEED_SLUG);
    renderHeadline(store);
    // No act() flush: the first commit already has the headline, not the fallback.
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(seedArticle.title);
    expect(screen.queryByText("đang tải")).toBeNull();
  });

  it("renders an unknown slug as null at once", () => {
    const { store } = storeOver();
    renderHeadline(store, "khong-co");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("không có");
  });

  it("suspends while the page loads, then shows it", async () => {
    let resolve!: (page: ArticlePage) => void;
    const { store } = storeOver(() => new Promise<ArticlePage>((r) => (resolve = r)));
    await act(async () => {
      renderHeadline(store);
    });
    expect(screen.getByText("đang tải")).toBeInTheDocument();
    await act(async () => resolve(seedPage));
    expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent(seedArticle.title);
  });

  it("needs a store provider", () => {
    mock.spyOn(console, "error").mockImplementation(() => {});
    expect(() => render(<Headline slug={SEED_SLUG} />)).toThrow(/ArticleStoreContext/);
  });
});
