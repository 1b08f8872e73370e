/** The search index as the plugin serves and writes it, and loadSearch() of virtual:news-index. */
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/content/corpus";
import { parseArticle } from "../../src/content/parse";
import { search, type SearchData } from "../../src/content/search";
import { loadSearchIndex } from "../../src/content/search-index";
import {
  SEARCH_ID,
  buildAddress,
  buildSearchUrl,
  corpusHash,
  dataFiles,
  dataModule,
  devAddress,
  devSearchUrl,
  indexModule,
  searchFile,
} from "../../src/node/news-modules";

const dump = (n: number, place: string) =>
  parseArticle(`seeds/${String(n).padStart(3, "0")}.txt`, `Tin ${place} số ${n}\n${(n % 28) + 1}/03/2020\n\nMở đầu bài ${n} ở ${place}.\n\nĐoạn thân bài ${n}.`);
const corpus = buildCorpus([dump(1, "Hải Hà"), dump(2, "Quảng Hà"), dump(3, "Đầm Hà"), parseArticle("seeds/bad.txt", "")]);

type Loader = { loadSearch(): Promise<SearchData> | null };

/** Runs the index module's code with fetch and import() answered locally, recording each request. */
function evaluate(code: string, answers: { fetch?: (url: string) => Promise<unknown>; import?: (url: string) => Promise<unknown> }) {
  const requested: string[] = [];
  const body = code
    .replace(/import\(\/\* @vite-ignore \*\/ /g, "__import(")
    .replace(/export const (\w+) =/g, "const $1 = exports.$1 =")
    .replace(/export function (\w+)/g, "exports.$1 = function $1");
  const exports = {} as Loader;
  const fetch = (url: string) => (requested.push(url), answers.fetch!(url));
  const importer = (url: string) => (requested.push(url), answers.import!(url));
  new Function("exports", "__import", "fetch", body)(exports, importer, fetch);
  return { loader: exports, requested };
}

const written = () => new Map(dataFiles(corpus));

describe("the search index in a build", () => {
  const hash = corpusHash(corpus);

  it("is written as JSON beside the data chunks, under the corpus hash", () => {
    const json = written().get(searchFile(hash));
    expect(searchFile(hash)).toBe(`assets/news-${hash}/search.json`);
    const data = JSON.parse(json!) as SearchData;
    expect(data.documents.map((d) => d[0]).sort()).toEqual(corpus.summaries.map((s) => s.slug).sort());
  });

  it("answers searches once loaded, folding as the queries do", () => {
    const index = loadSearchIndex(JSON.parse(written().get(searchFile(hash))!) as SearchData);
    expect(search(index, "hai ha").hits.map((h) => h.title)).toEqual(["Tin Hải Hà số 1"]);
    expect(search(index, "HÀ").total).toBe(3);
  });

  it("is fetched by loadSearch(), once, and again after a failure", async () => {
    const url = buildSearchUrl("/tin/", hash);
    expect(url).toBe(`/tin/assets/news-${hash}/search.json`);
    let fail = true;
    const data = JSON.parse(written().get(searchFile(hash))!) as unknown;
    const { loader, requested } = evaluate(indexModule({ corpus, address: buildAddress("/tin/", hash), search: url }), {
      fetch: () => Promise.resolve(fail ? { ok: false, url, status: 503 } : { ok: true, json: () => Promise.resolve(data) }),
    });
    await expect(loader.loadSearch()).rejects.toThrow(/503/);
    fail = false;
    const first = loader.loadSearch();
    expect(first).toBe(loader.loadSearch());
    expect(await first).toEqual(data);
    expect(requested).toEqual([url, url]);
  });

  it("is never loaded by the index module itself", () => {
    const { requested } = evaluate(indexModule({ corpus, address: buildAddress("/", hash), search: buildSearchUrl("/", hash) }), {});
    expect(requested).toEqual([]);
  });
});

describe("the search index in the dev server", () => {
  it("is the virtual module, imported", async () => {
    const url = devSearchUrl("/");
    expect(url).toBe(`/@id/__x00__${SEARCH_ID}`);
    const module = dataModule(corpus, SEARCH_ID)!;
    expect(module).toMatch(/^export default JSON\.parse\('/);
    const value = new Function(`return ${module.replace(/^export default /, "").replace(/;\s*$/, "")}`)() as SearchData;
    const { loader, requested } = evaluate(indexModule({ corpus, address: devAddress("/"), search: url }), {
      import: () => Promise.resolve({ default: value }),
    });
    const data = await loader.loadSearch();
    expect(requested).toEqual([url]);
    expect(search(loadSearchIndex(data!), "dam ha").total).toBe(1);
  });

  it("imports it through a variable: Vite's dev server would try to resolve a string literal", () => {
    const code = indexModule({ corpus, address: devAddress("/"), search: devSearchUrl("/") });
    expect(code).toContain("import(/* @vite-ignore */ SEARCH)");
    expect(code).not.toMatch(/import\([^)]*["'`]/);
  });

  it("keeps quotes and backslashes in titles intact", () => {
    const odd = buildCorpus([parseArticle("seeds/q.txt", "Tin 'trích' và \\ lạ ở Hải Hà\n16/03/2020\n\nMở đầu.\n\nThân bài.")]);
    const value = new Function(`return ${dataModule(odd, SEARCH_ID)!.replace(/^export default /, "").replace(/;\s*$/, "")}`)() as SearchData;
    expect(value.documents[0]![1]).toBe("Tin 'trích' và \\ lạ ở Hải Hà");
  });
});

describe("without a search URL", () => {
  it("loadSearch() answers null", () => {
    const { loader } = evaluate(indexModule({ corpus, address: buildAddress("/", "h") }), {});
    expect(loader.loadSearch()).toBeNull();
  });
});
