/** Folding, query words, documents and highlights (the index and its queries: search-query.test.ts). */
import { describe, expect, it } from "vitest";
import { highlight, queryTerms, searchDocument, searchTerms } from "../../src/content/search";

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

describe("searchDocument", () => {
  it("takes paragraphs and captions, not pull quotes, and bounds the body at a word", () => {
    const long = "chữ ".repeat(2000).trim();
    const d = searchDocument(
      {
        id: "x",
        slug: "x",
        readingMinutes: 1,
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
