/** The sharded search index as a build writes it and the dev server serves it, and searchUrl of virtual:news-index. */
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/content/corpus";
import { parseArticle } from "../../src/content/parse";
import { ShardedSearch } from "../../src/content/search-query";
import { memoryFiles } from "../../src/content/search-files";
import { searchPaths, type SearchMeta } from "../../src/content/search-shards";
import { dataPaths } from "../../src/app/data/data-paths";
import type { SiteIndex } from "../../src/app/data/news-source";
import { dataFiles, devDataFile, searchFilesOf } from "../../src/node/site-data";

const dump = (n: number, place: string) =>
  parseArticle(`seeds/${String(n).padStart(3, "0")}.txt`, `Tin ${place} số ${n}\n${(n % 28) + 1}/03/2020\n\nMở đầu bài ${n} ở ${place}.\n\nĐoạn thân bài ${n}.`);
const corpus = buildCorpus([dump(1, "Hải Hà"), dump(2, "Quảng Hà"), dump(3, "Đầm Hà"), parseArticle("seeds/bad.txt", "")]);
const written = new Map(dataFiles(corpus, "/tin/"));
const index = JSON.parse(written.get(dataPaths.index) as string) as SiteIndex;
const folder = index.searchUrl!.slice("/tin/".length);

/** The search files of a build, by their path inside the search folder. */
function writtenSearch(): Map<string, string | Uint8Array> {
  return new Map([...written].flatMap(([name, data]) => (name.startsWith(folder) && data !== null ? [[name.slice(folder.length), data] as const] : [])));
}

describe("the search index in a build", () => {
  it("is written as files beside the other data, in data/search/", () => {
    expect(folder).toBe("data/search/");
    const files = writtenSearch();
    const meta = JSON.parse(files.get(searchPaths.meta) as string) as SearchMeta;
    expect(meta.count).toBe(corpus.summaries.length);
    // One stored document per article, numbered oldest first: the newest has the highest number.
    expect(JSON.parse(files.get(searchPaths.document(meta.count - 1)) as string)[0]).toBe(corpus.summaries[0]!.slug);
    for (const key of meta.shards) expect(files.has(searchPaths.dictionary(key))).toBe(true);
  });

  it("answers searches, folding as the queries do", async () => {
    const index = new ShardedSearch(memoryFiles(writtenSearch()));
    expect((await index.search("hai ha")).hits.map((h) => h.title)).toEqual(["Tin Hải Hà số 1"]);
    expect((await index.search("HÀ")).total).toBe(3);
  });

  it("is named by data/index.json as a folder URL under the base", () => {
    expect(index.searchUrl).toBe(`/tin/${folder}`);
  });
});

describe("the search index in the dev server", () => {
  it("is the same files, from memory, at the same addresses", () => {
    const dev = searchFilesOf(corpus);
    expect([...dev.keys()].sort()).toEqual([...writtenSearch().keys()].sort());
    expect(searchFilesOf(corpus)).toBe(dev);
    expect(devDataFile(corpus, `${dataPaths.search}meta.json`, () => "")).toBe(dev.get("meta.json"));
  });

  it("keeps quotes and backslashes in titles intact", async () => {
    const odd = buildCorpus([parseArticle("seeds/q.txt", "Tin 'trích' và \\ lạ ở Hải Hà\n16/03/2020\n\nMở đầu.\n\nThân bài.")]);
    const index = new ShardedSearch(memoryFiles(searchFilesOf(odd)));
    expect((await index.search("trich")).hits[0]!.title).toBe("Tin 'trích' và \\ lạ ở Hải Hà");
  });
});
