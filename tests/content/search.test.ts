import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/content/corpus";
import { parseArticle } from "../../src/content/parse";
import MiniSearch from "minisearch";
import {
  FIELD_BOOST,
  SEARCH_INDEX_VERSION,
  highlight,
  queryTerms,
  search,
  searchDocument,
  searchOptions,
  searchTerms,
  type SearchDocument,
} from "../../src/content/search";
import { buildSearchData, loadSearchIndex } from "../../src/content/search-index";

const doc = (slug: string, fields: Partial<SearchDocument>): SearchDocument => ({
  slug,
  title: "",
  lead: "",
  body: "",
  dateline: null,
  publishedAt: null,
  hasTime: false,
  excerpt: null,
  ...fields,
});

/** The index as the browser gets it: built, serialised to JSON, parsed and loaded. */
const indexOf = (docs: SearchDocument[]) => loadSearchIndex(JSON.parse(JSON.stringify(buildSearchData(docs))));
const slugs = (index: ReturnType<typeof indexOf>, query: string) => search(index, query).hits.map((h) => h.slug);

describe("searchTerms: the Vietnamese folding used at index and at query time", () => {
  it.each(["hai ha", "HẢI HÀ", "Hải Hà", "Hải Hà".normalize("NFD"), "  Hải,  Hà! "])("%j → hai ha", (text) => {
    expect(searchTerms(text)).toEqual(["hai", "ha"]);
  });
  it("folds old and new tone placement alike", () => {
    expect(searchTerms("Hoà")).toEqual(searchTerms("Hòa"));
    expect(searchTerms("thuỷ hoá")).toEqual(searchTerms("thủy hóa"));
    expect(searchTerms("Hoà".normalize("NFD"))).toEqual(["hoa"]);
  });
  it("turns đ and Đ into d, and the look-alike ð too", () => {
    expect(searchTerms("Đảng bộ đoàn")).toEqual(["dang", "bo", "doan"]);
    expect(searchTerms("Ðảng")).toEqual(["dang"]);
  });
  it("strips every vowel mark: ă â ê ô ơ ư", () => {
    expect(searchTerms("Ăn ẤM ệ ỗ ở Ừ")).toEqual(["an", "am", "e", "o", "o", "u"]);
  });
  it("keeps numbers and drops punctuation", () => {
    expect(searchTerms("Nhiệm kỳ 2015-2020, (KT-XH)")).toEqual(["nhiem", "ky", "2015", "2020", "kt", "xh"]);
  });
});

describe("queryTerms", () => {
  it("drops a last one-letter word after others: the next letter is coming", () => {
    expect(queryTerms("hai h")).toEqual(["hai"]);
    expect(queryTerms("hai ha")).toEqual(["hai", "ha"]);
  });
  it("keeps a one-letter query: ở is a word", () => expect(queryTerms("ở")).toEqual(["o"]));
  it("has no words for punctuation only", () => expect(queryTerms(" ,.! ")).toEqual([]));
});

describe("search over a small index", () => {
  const index = indexOf([
    doc("tieu-de", { title: "Ngư dân Hải Hà vươn khơi", lead: "Tàu cá ra khơi sớm.", body: "Mùa cá năm nay được giá." }),
    doc("sapo", { title: "Tàu cá vươn khơi", lead: "Ngư dân Hải Hà ra khơi sớm.", body: "Mùa cá năm nay được giá." }),
    doc("noi-dung", { title: "Tàu cá ra khơi", lead: "Ngư dân vươn khơi sớm.", body: "Ở Hải Hà, mùa cá năm nay được giá." }),
    doc("hoa", { title: "Xã Quảng Hoà đón bằng nông thôn mới", lead: "Người dân phấn khởi.", body: "" }),
    doc("dang", { title: "Đại hội Đảng bộ xã", lead: "Đại hội thành công.", body: "Kinh nghiệm xây dựng Đảng." }),
    doc("script", { title: "Bài có <script>alert(1)</script> trong tiêu đề", lead: "", body: "" }),
  ]);

  it.each(["hai ha", "HẢI HÀ", "Hải Hà"])("%j finds all three Hải Hà stories", (q) => {
    expect(new Set(slugs(index, q))).toEqual(new Set(["tieu-de", "sapo", "noi-dung"]));
  });
  it("ranks a title match above a lead match above a body match", () => {
    expect(slugs(index, "hai ha")).toEqual(["tieu-de", "sapo", "noi-dung"]);
    expect(FIELD_BOOST.title).toBeGreaterThan(FIELD_BOOST.lead);
    expect(FIELD_BOOST.lead).toBeGreaterThan(FIELD_BOOST.body);
  });
  it("finds Hoà as Hòa and hoa: old and new tone placement", () => {
    expect(slugs(index, "Hòa")).toEqual(["hoa"]);
    expect(slugs(index, "quang hoa")).toEqual(["hoa"]);
  });
  it("finds Đảng as dang: đ = d", () => {
    expect(slugs(index, "dang bo")).toEqual(["dang"]);
    expect(slugs(index, "ĐẢNG")).toEqual(["dang"]);
  });
  it("matches the last word as a prefix while it is typed", () => {
    expect(slugs(index, "quang ho")).toEqual(["hoa"]);
    expect(slugs(index, "nong th")).toEqual(["hoa"]);
    expect(slugs(index, "dai hoi than")).toEqual(["dang"]);
  });
  it("expands two letters in titles only, more in leads too, and never in bodies", () => {
    expect(slugs(index, "dai th")).toEqual([]);
    expect(slugs(index, "dai tha")).toEqual(["dang"]);
    expect(slugs(index, "dai thanh")).toEqual(["dang"]);
    expect(slugs(index, "xay dung")).toEqual(["dang"]);
    expect(slugs(index, "xay dun")).toEqual([]);
  });
  it("still matches the last word whole in every field", () => {
    expect(slugs(index, "kinh nghiem")).toEqual(["dang"]);
    expect(slugs(index, "nam nay gia")).toHaveLength(3);
  });
  it("does not match an earlier word as a prefix: it is finished", () => {
    expect(slugs(index, "ngh kinh")).toEqual([]);
  });
  it("needs every word (AND)", () => {
    expect(slugs(index, "hai ha dang")).toEqual([]);
  });
  it("finds nothing for nonsense or for no words", () => {
    expect(search(index, "xqzvw jjkk")).toEqual({ total: 0, hits: [] });
    expect(search(index, "   ")).toEqual({ total: 0, hits: [] });
  });
  it("returns the stored fields a result shows, and the folded words it matched", () => {
    const [hit] = search(index, "Hải Hà").hits;
    expect(hit).toMatchObject({ slug: "tieu-de", title: "Ngư dân Hải Hà vươn khơi", dateline: null, publishedAt: null, hasTime: false });
    expect(hit!.terms.sort()).toEqual(["ha", "hai"]);
  });
  it("lists at most `limit` hits but counts them all", () => {
    const outcome = search(index, "ca", 2);
    expect(outcome.hits).toHaveLength(2);
    expect(outcome.total).toBe(3);
  });
  it("refuses an index of another version", () => {
    const data = buildSearchData([]);
    expect(data.version).toBe(SEARCH_INDEX_VERSION);
    expect(() => loadSearchIndex({ ...data, version: SEARCH_INDEX_VERSION + 1 })).toThrow(/version/);
  });
});

describe("the serialised index", () => {
  // Enough documents for two-digit base-36 numbers, words repeated for frequencies above 1.
  const words = ["hải", "hà", "quảng", "thành", "đảng", "bộ", "nông", "thôn", "mới", "biển"];
  const docs = Array.from({ length: 300 }, (_, i) =>
    doc(`bai-${i}`, {
      title: `${words[i % 10]} ${words[(i * 3) % 10]}`,
      lead: `${words[(i * 7) % 10]} `.repeat((i % 4) + 1),
      body: Array.from({ length: i % 13 }, (_, k) => words[(i + k) % 10]).join(" "),
      publishedAt: i % 5 === 0 ? null : "2020-03-16T11:28:00+07:00",
      dateline: "Thứ Hai, 16/03/2020",
      excerpt: i % 2 ? `Tóm tắt ${i}` : null,
    }),
  );
  const data = buildSearchData(docs);
  const reloaded = loadSearchIndex(JSON.parse(JSON.stringify(data)));
  const reference = new MiniSearch<SearchDocument>(searchOptions);
  reference.addAll(docs);

  it.each(["hai ha", "dang", "thon moi", "bien", "quang th", "no"])("answers %j exactly as the index it was built from", (q) => {
    const strip = (outcome: ReturnType<typeof search>) => outcome.hits.map((h) => [h.slug, h.score, [...h.terms].sort()]);
    expect(strip(search(reloaded, q, 300))).toEqual(strip(search(reference, q, 300)));
    expect(search(reloaded, q).total).toBe(search(reference, q).total);
  });
  it("keeps the dateline only where there is no date to show instead", () => {
    const undated = search(reloaded, "hai", 300).hits.find((h) => h.publishedAt === null)!;
    const dated = search(reloaded, "hai", 300).hits.find((h) => h.publishedAt !== null)!;
    expect(undated.dateline).toBe("Thứ Hai, 16/03/2020");
    expect(dated.dateline).toBeNull();
  });
  it("writes postings as delta-coded base-36 text", () => {
    const [, title] = data.terms.find(([term]) => term === "hai")!;
    expect(title).toMatch(/^[0-9a-z]+(?::[0-9a-z]+)?(?:,[0-9a-z]+(?::[0-9a-z]+)?)*$/);
  });
});

describe("highlight", () => {
  const marked = (text: string, terms: string[]) =>
    highlight(text, terms)
      .map((s) => (s.match ? `[${s.text}]` : s.text))
      .join("");

  it("marks the words whose folded form matched, whatever their marks and case", () => {
    expect(marked("Kinh nghiệm từ một Đảng bộ tiêu biểu ở Hải Hà", ["hai", "ha"])).toBe("Kinh nghiệm từ một Đảng bộ tiêu biểu ở [Hải Hà]");
    expect(marked("Đảng bộ xã", ["dang"])).toBe("[Đảng] bộ xã");
    expect(marked("Quảng Hoà, Quảng Hòa", ["hoa"])).toBe("Quảng [Hoà], Quảng [Hòa]");
  });
  it("marks a whole word found by a prefix", () => expect(marked("Kinh nghiệm quý", ["nghiem"])).toBe("Kinh [nghiệm] quý"));
  it("does not join matches across punctuation", () => expect(marked("Hải, Hà", ["hai", "ha"])).toBe("[Hải], [Hà]"));
  it("marks decomposed (NFD) text too", () => {
    const nfd = "Hải Hà".normalize("NFD");
    expect(highlight(nfd, ["hai", "ha"])).toEqual([{ text: nfd, match: true }]);
  });
  it("gives the text back unchanged, markup included", () => {
    const text = "Bài có <script>alert(1)</script> trong tiêu đề";
    const pieces = highlight(text, ["script"]);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.filter((p) => p.match).map((p) => p.text)).toEqual(["script", "script"]);
  });
  it("marks nothing without terms", () => expect(highlight("Hải Hà", [])).toEqual([{ text: "Hải Hà", match: false }]));
});

describe("the sample seeds", () => {
  const files = readdirSync("seeds").filter((f) => f.endsWith(".txt")).sort();
  const corpus = buildCorpus(files.map((f) => parseArticle(`seeds/${f}`, readFileSync(`seeds/${f}`))));
  const excerpts = new Map(corpus.summaries.map((s) => [s.slug, s.excerpt]));
  const index = indexOf([...corpus.pages.values()].map((p) => searchDocument(p.article, excerpts.get(p.article.slug) ?? null)));
  const SEED = "kinh-nghiem-tu-mot-dang-bo-tieu-bieu-o-hai-ha";

  it.each(["hai ha", "HẢI HÀ", "Hải Hà", "dang bo tieu bieu", "kinh ngh", "Kinh nghiệm từ một Đảng bộ"])("%j finds the seed", (q) => {
    expect(slugs(index, q)).toContain(SEED);
  });
  it("puts the seed first for words of its title", () => {
    expect(slugs(index, "dang bo tieu bieu")[0]).toBe(SEED);
    expect(slugs(index, "kinh nghiem tu mot")[0]).toBe(SEED);
  });
  it("scores every seed exactly as an index minisearch built itself", () => {
    const documents = [...corpus.pages.values()].map((p) => searchDocument(p.article, excerpts.get(p.article.slug) ?? null));
    const reference = new MiniSearch<SearchDocument>(searchOptions);
    reference.addAll(documents);
    for (const q of ["hai ha", "dang bo", "quang thanh", "nong thon moi", "ngu dan", "kinh ngh", "ha"]) {
      const ours = search(index, q, 100).hits.map((h) => [h.slug, h.score]);
      expect(ours, q).toEqual(search(reference, q, 100).hits.map((h) => [h.slug, h.score]));
    }
  });
  it("indexes every article, with its excerpt", () => {
    expect(search(index, "hai ha").total).toBeGreaterThan(0);
    const hit = search(index, "dang bo tieu bieu").hits[0]!;
    expect(hit.excerpt).toBe(excerpts.get(SEED));
  });
});

describe("searchDocument", () => {
  it("takes paragraphs and captions, not pull quotes, and bounds the body at a word", () => {
    const long = "chữ ".repeat(2000).trim();
    const d = searchDocument(
      {
        id: "x",
        slug: "x",
        title: "T",
        dateline: null,
        publishedAt: null,
        lead: null,
        byline: null,
        relatedPlaceholders: 0,
        body: [
          { type: "paragraph", text: "Đoạn một.", line: 3 },
          { type: "figure", alt: "Ảnh", caption: "Chú thích ảnh", line: 4 },
          { type: "pullquote", text: "Trích dẫn", name: "A", line: 5 },
          { type: "paragraph", text: long, line: 6 },
        ],
      },
      null,
    );
    expect(d.lead).toBe("");
    expect(d.body.startsWith("Đoạn một.\nChú thích ảnh\nchữ")).toBe(true);
    expect(d.body).not.toContain("Trích dẫn");
    expect(d.body.length).toBeLessThanOrEqual(3000);
    expect(d.body.endsWith("chữ")).toBe(true);
  });
});
