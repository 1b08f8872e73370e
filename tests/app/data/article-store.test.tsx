/** The article store: one load per slug shared by links, pages, hydration and the prerenderer. */
import { act, render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { afterEach, describe, expect, it, vi as mock } from "vitest";
import { ArticleStoreContext, createArticleStore, useArticlePage, type ArticleStore } from "../../../src/app/data/article-store";
import type { ArticlePage } from "../../../src/content/types";
import { SEED_SLUG, seedArticle, seedPage } from "../fixtures";

/** A loadArticle that knows only the seed, with a spy to count calls. */
function seedOnly() {
  return mock.fn((slug: string): Promise<ArticlePage> | null => (slug === SEED_SLUG ? Promise.resolve(seedPage) : null));
}

/** Calls that fail as a chunk fetch does, until `healed` is set. */
function flaky() {
  const state = { healed: false };
  const loadArticle = mock.fn((_slug: string): Promise<ArticlePage> | null =>
    state.healed ? Promise.resolve(seedPage) : Promise.reject(new Error("chunk failed")),
  );
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

describe("createArticleStore", () => {
  it("loads each slug once, however many times and ways it is asked for", async () => {
    const loadArticle = seedOnly();
    const store = createArticleStore({ loadArticle });
    store.prefetch(SEED_SLUG);
    store.prefetch(SEED_SLUG);
    const a = store.load(SEED_SLUG);
    const b = store.promise(SEED_SLUG);
    await expect(a).resolves.toBe(seedPage);
    await expect(store.load(SEED_SLUG)).resolves.toBe(seedPage);
    expect(store.promise(SEED_SLUG)).toBe(b);
    expect(loadArticle).toHaveBeenCalledTimes(1);
    expect(loadArticle).toHaveBeenCalledWith(SEED_SLUG);
  });

  it("hands out the same promise every time, as React's use() needs", () => {
    const store = createArticleStore({ loadArticle: seedOnly() });
    expect(store.promise(SEED_SLUG)).toBe(store.promise(SEED_SLUG));
    expect(store.promise("khong-co")).toBe(store.promise("khong-co"));
  });

  it("keeps separate loads for separate slugs", async () => {
    const loadArticle = seedOnly();
    const store = createArticleStore({ loadArticle });
    await store.load(SEED_SLUG);
    await store.load("khong-co");
    expect(loadArticle.mock.calls.map((c) => c[0])).toEqual([SEED_SLUG, "khong-co"]);
  });

  it("resolves to null for an unknown slug, asking the source only once", async () => {
    const loadArticle = seedOnly();
    const store = createArticleStore({ loadArticle });
    await expect(store.load("khong-co-bai-nay")).resolves.toBeNull();
    await expect(store.load("khong-co-bai-nay")).resolves.toBeNull();
    expect(loadArticle).toHaveBeenCalledTimes(1);
  });

  it("resolves to null when the source's promise gives nothing", async () => {
    const store = createArticleStore({ loadArticle: () => Promise.resolve(undefined as unknown as ArticlePage) });
    await expect(store.load(SEED_SLUG)).resolves.toBeNull();
  });

  it("prefetch returns at once and never rejects, even when the load fails", async () => {
    const { loadArticle } = flaky();
    const store = createArticleStore({ loadArticle });
    const unhandled = await unhandledDuring(() => {
      expect(store.prefetch(SEED_SLUG)).toBeUndefined();
    });
    expect(unhandled).toEqual([]);
    expect(loadArticle).toHaveBeenCalledTimes(1);
  });

  it("a failed load rejects for the page that reads it", async () => {
    const store = createArticleStore({ loadArticle: flaky().loadArticle });
    await expect(store.load(SEED_SLUG)).rejects.toThrow("chunk failed");
  });

  it("forgets a failed load, so the next attempt loads again", async () => {
    const { state, loadArticle } = flaky();
    const store = createArticleStore({ loadArticle });
    await expect(store.load(SEED_SLUG)).rejects.toThrow("chunk failed");
    state.healed = true;
    store.forget(SEED_SLUG);
    await expect(store.load(SEED_SLUG)).resolves.toBe(seedPage);
    expect(loadArticle).toHaveBeenCalledTimes(2);
  });

  it("keeps a load that worked, and one still on its way, when told to forget", async () => {
    const loadArticle = seedOnly();
    const store = createArticleStore({ loadArticle });
    const pending = store.promise(SEED_SLUG);
    store.forget(SEED_SLUG);
    expect(store.promise(SEED_SLUG)).toBe(pending);
    await pending;
    store.forget(SEED_SLUG);
    expect(store.promise(SEED_SLUG)).toBe(pending);
    expect(loadArticle).toHaveBeenCalledTimes(1);
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
    const store = createArticleStore({ loadArticle: seedOnly() });
    await store.load(SEED_SLUG);
    renderHeadline(store);
    // No act() flush: the first commit already has the headline, not the fallback.
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(seedArticle.title);
    expect(screen.queryByText("đang tải")).toBeNull();
  });

  it("renders an unknown slug as null at once", () => {
    const store = createArticleStore({ loadArticle: seedOnly() });
    renderHeadline(store, "khong-co");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("không có");
  });

  it("suspends while the page loads, then shows it", async () => {
    let resolve!: (page: ArticlePage) => void;
    const store = createArticleStore({ loadArticle: () => new Promise<ArticlePage>((r) => (resolve = r)) });
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
