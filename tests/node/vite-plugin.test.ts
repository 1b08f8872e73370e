import { describe, expect, it } from "vitest";
import { ARTICLE_PREFIX, indexModule, movedSlugs } from "../../src/node/vite-plugin";
import { buildCorpus } from "../../src/content/corpus";
import { parseArticle } from "../../src/content/parse";

const corpus = buildCorpus([
  parseArticle("seeds/a.txt", "Bài A\n16/03/2020\nMở đầu.\n\nĐoạn thân bài chỉ có trong trang bài."),
  parseArticle("seeds/b.txt", "Bài B\n17/03/2020\nMở đầu."),
  parseArticle("seeds/bad.txt", ""),
]);

async function evaluate(code: string) {
  // The generated index as the browser sees it, with each article import answered from the corpus.
  const importer = (id: string) => Promise.resolve({ default: corpus.pages.get(id.slice(ARTICLE_PREFIX.length)) ?? null });
  const body = code.replace(/import\(/g, "__import(").replace(/export const (\w+) =/g, "exports.$1 =").replace(/export function (\w+)/, "exports.$1 = function $1");
  const exports: Record<string, unknown> = {};
  new Function("exports", "__import", body)(exports, importer);
  return exports as { articles: Array<{ slug: string }>; broken: unknown[]; moved: Record<string, string>; loadArticle(slug: string): Promise<unknown> | null };
}

describe("indexModule", () => {
  it("lists summaries newest first and loads each article by slug from its own module", async () => {
    const m = await evaluate(indexModule(corpus, false));
    expect(m.articles.map((a) => a.slug)).toEqual(["bai-b", "bai-a"]);
    expect(await m.loadArticle("bai-a")).toMatchObject({ article: { id: "a", title: "Bài A" }, next: { id: "b" } });
    expect(m.loadArticle("khong-co")).toBeNull();
    expect(m.loadArticle("__proto__")).toBeNull();
  });
  it("imports each article from its own virtual module, so each is its own chunk", () => {
    const code = indexModule(corpus, false);
    expect(code).toContain(`import("${ARTICLE_PREFIX}a")`);
    expect(code).toContain(`import("${ARTICLE_PREFIX}b")`);
    expect(code).not.toContain("Đoạn thân bài");
  });
  it("includes broken files only when asked (the dev server)", async () => {
    expect((await evaluate(indexModule(corpus, false))).broken).toEqual([]);
    expect((await evaluate(indexModule(corpus, true))).broken).toMatchObject([{ file: "seeds/bad.txt", slug: "bad" }]);
  });
});

describe("movedSlugs", () => {
  it("maps a slug an article used to have to the slug it has now", () => {
    const history = new Map([["bai-a-cu", "a"], ["bai-a", "a"], ["bai-b", "b"], ["bai-da-xoa", "gone"]]);
    expect(movedSlugs(history, corpus)).toEqual({ "bai-a-cu": "bai-a" });
  });
  it("never shadows a slug another article owns now", () => {
    expect(movedSlugs(new Map([["bai-b", "a"]]), corpus)).toEqual({});
  });
  it("is exported by the index module", async () => {
    expect((await evaluate(indexModule(corpus, true, { "bai-a-cu": "bai-a" }))).moved).toEqual({ "bai-a-cu": "bai-a" });
  });
});
