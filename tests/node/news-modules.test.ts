/** The generated modules, evaluated as the browser would, with their imports answered locally. */
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/content/corpus";
import { parseArticle } from "../../src/content/parse";
import {
  LATEST_COUNT,
  PAGE_SIZE,
  articleFile,
  buildAddress,
  corpusHash,
  dataModule,
  devAddress,
  indexModule,
  listFile,
  listPage,
} from "../../src/node/news-modules";

const dump = (n: number) => parseArticle(`seeds/${String(n).padStart(3, "0")}.txt`, `Bài số ${n}\n${(n % 28) + 1}/03/2020\n\nMở đầu bài ${n}.\n\nĐoạn thân bài chỉ có trong trang bài ${n}.`);
const small = buildCorpus([dump(1), dump(2), parseArticle("seeds/bad.txt", "")]);
const large = buildCorpus(Array.from({ length: 45 }, (_, i) => dump(i + 1)));

type Index = { latest: Array<{ slug: string }>; pageCount: number; broken: unknown[]; moved: Record<string, string>; loadArticle(s: string): Promise<unknown> | null; loadList(n: number): Promise<unknown> | null };

/** Runs the index's code; every import() is recorded and answered with the module the plugin serves. */
function evaluate(code: string, corpus = small): { index: Index; imported: string[] } {
  const imported: string[] = [];
  const importer = (url: string) => {
    imported.push(url);
    // Dev addresses name the virtual module; build addresses end in a/<slug>.js or p/<n>.js.
    const id = url.includes("__x00__")
      ? url.replace(/^.*__x00__/, "")
      : url.replace(/^.*\/a\/(.+)\.js$/, "virtual:news-article/$1").replace(/^.*\/p\/(\d+)\.js$/, "virtual:news-list/$1");
    const module = dataModule(corpus, id);
    const value = module === null ? undefined : new Function(`return ${module.replace(/^export default /, "").replace(/;$/, "")}`)();
    return Promise.resolve({ default: value });
  };
  const body = code.replace(/import\(\/\* @vite-ignore \*\/ /g, "__import(").replace(/export const (\w+) =/g, "const $1 = exports.$1 =").replace(/export function (\w+)/g, "exports.$1 = function $1");
  const exports = {} as Index;
  new Function("exports", "__import", body)(exports, importer);
  return { index: exports, imported };
}

describe("the index module", () => {
  it("has a constant size: the latest few summaries and no table of the corpus", () => {
    const code = indexModule({ corpus: large, address: buildAddress("/", "abc") });
    expect(code).not.toContain("bai-so-1\"");
    const { index } = evaluate(code, large);
    expect(index.latest).toHaveLength(LATEST_COUNT);
    expect(index.pageCount).toBe(Math.ceil(45 / PAGE_SIZE));
    expect(indexModule({ corpus: small, address: buildAddress("/", "abc") }).length).toBeLessThan(code.length + 1);
  });

  it("loads an article from the address its slug gives, in a build", async () => {
    const hash = corpusHash(small);
    const { index, imported } = evaluate(indexModule({ corpus: small, address: buildAddress("/tin/", hash) }));
    expect(await index.loadArticle("bai-so-1")).toMatchObject({ article: { title: "Bài số 1" } });
    expect(imported).toEqual([`/tin/${articleFile(hash, "bai-so-1")}`]);
  });

  it("loads home pages from their own chunks, and refuses pages that do not exist", async () => {
    const hash = corpusHash(large);
    const { index, imported } = evaluate(indexModule({ corpus: large, address: buildAddress("/", hash) }), large);
    expect(((await index.loadList(3)) as unknown[]).length).toBe(45 - 2 * PAGE_SIZE);
    expect(imported).toEqual([`/${listFile(hash, 3)}`]);
    expect(index.loadList(4)).toBeNull();
    expect(index.loadList(0)).toBeNull();
    expect(index.loadList(1.5)).toBeNull();
  });

  it("refuses a slug that no article could have, without a request", () => {
    const { index, imported } = evaluate(indexModule({ corpus: small, address: buildAddress("/", "h") }));
    for (const bad of ["../x", "Bai", "a b", "", "__proto__"]) expect(index.loadArticle(bad)).toBeNull();
    expect(imported).toEqual([]);
  });

  it("in dev, reaches the virtual modules and carries broken files and moved slugs", async () => {
    const { index, imported } = evaluate(indexModule({ corpus: small, address: devAddress("/"), broken: true, moved: { cu: "bai-so-1" } }));
    expect(index.broken).toMatchObject([{ file: "seeds/bad.txt" }]);
    expect(index.moved).toEqual({ cu: "bai-so-1" });
    expect(await index.loadArticle("khong-co")).toBeNull();
    expect(imported).toEqual(["/@id/__x00__virtual:news-article/khong-co"]);
  });

  it("a production index never carries broken files", () => {
    expect(evaluate(indexModule({ corpus: small, address: buildAddress("/", "h") })).index.broken).toEqual([]);
  });
});

describe("data modules and files", () => {
  it("serve an article by slug, null for an unknown one, and list pages of 20", () => {
    expect(dataModule(small, "virtual:news-article/bai-so-2")).toContain("Đoạn thân bài chỉ có trong trang bài 2");
    expect(dataModule(small, "virtual:news-article/khong-co")).toBe("export default null;");
    expect(listPage(large, 1)).toHaveLength(PAGE_SIZE);
    expect(listPage(large, 4)).toBeNull();
    expect(dataModule(small, "virtual:other")).toBeNull();
  });

  it("name data files under a folder that changes with the content", () => {
    expect(corpusHash(small)).toMatch(/^[0-9a-f]{10}$/);
    expect(corpusHash(small)).toBe(corpusHash(buildCorpus([dump(1), dump(2)])));
    expect(corpusHash(small)).not.toBe(corpusHash(buildCorpus([dump(1), dump(3)])));
    expect(articleFile("abc", "bai-so-1")).toBe("assets/news-abc/a/bai-so-1.js");
    expect(listFile("abc", 2)).toBe("assets/news-abc/p/2.js");
  });
});
