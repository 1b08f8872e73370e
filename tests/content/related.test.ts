import { describe, expect, it } from "vitest";
import { RelatedIndex, rankRelated } from "../../src/content/related";
import type { RelatedInput } from "../../src/content/related-terms";

const doc = (id: string, title: string, text: string, publishedAt: string | null = "2020-01-01T00:00:00+07:00"): RelatedInput => ({ id, title, text, publishedAt });

const corpus = [
  doc("a", "Đảng bộ xã Quảng Thành đại hội", "Chi bộ thôn Hải Đông sinh hoạt chuyên đề. Đảng viên Quảng Thành góp ý."),
  doc("b", "Chi bộ Hải Đông đổi mới sinh hoạt", "Đảng viên thôn Hải Đông, xã Quảng Thành, sinh hoạt chuyên đề hằng tháng."),
  doc("c", "Ngư dân vươn khơi", "Tàu cá ra khơi đánh bắt hải sản, ngư dân phấn khởi.", "2020-02-01T00:00:00+07:00"),
  doc("d", "Tàu cá Cái Chiên", "Ngư dân Cái Chiên ra khơi đánh bắt hải sản đầu năm.", "2020-03-01T00:00:00+07:00"),
  doc("e", "Chè Đường Hoa vào vụ", "Người trồng chè Đường Hoa hái búp chè xuân."),
  doc("f", "Khai giảng năm học mới", "Học sinh trường Quảng Minh dự lễ khai giảng."),
];

describe("rankRelated", () => {
  const ranked = rankRelated(corpus);

  it("ranks articles that share names and places first", () => {
    expect(ranked.get("a")![0]).toBe("b");
    expect(ranked.get("b")![0]).toBe("a");
    expect(ranked.get("c")![0]).toBe("d");
  });
  it("never lists the article itself", () => {
    for (const [id, list] of ranked) expect(list).not.toContain(id);
  });
  it("lists at most the limit, and nothing that shares only chance words", () => {
    for (const list of rankRelated(corpus, 2).values()) expect(list.length).toBeLessThanOrEqual(2);
    expect(ranked.get("e")).toEqual([]);
  });
  it("breaks ties by date, newest first", () => {
    const twins = [doc("x", "Quảng Long", "lúa"), doc("old", "Quảng Long", "lúa", "2019-01-01T00:00:00+07:00"), doc("new", "Quảng Long", "lúa", "2021-01-01T00:00:00+07:00"), doc("z", "khác hẳn", "nội dung")];
    expect(rankRelated(twins).get("x")).toEqual(["new", "old"]);
  });
  it("gives the same answer whatever the input order", () => {
    expect(rankRelated([...corpus].reverse()).get("a")).toEqual(ranked.get("a"));
  });
});

describe("RelatedIndex", () => {
  it("answers one article at a time exactly as ranking them all does", () => {
    const index = new RelatedIndex(corpus);
    const all = rankRelated(corpus);
    for (const d of corpus) expect(index.relatedTo(d.id)).toEqual(all.get(d.id));
  });
  it("keeps only the best `limit`, in rank order, whatever order candidates arrive in", () => {
    const index = new RelatedIndex(corpus);
    expect(index.relatedTo("a", 1)).toEqual([rankRelated(corpus).get("a")![0]]);
  });
  it("has nothing for an id it does not hold", () => {
    expect(new RelatedIndex(corpus).relatedTo("khong-co")).toEqual([]);
  });
});

describe("RelatedIndex pruning", () => {
  const day = (n: number) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString();
  /** 40 stories a day apart about one commune, each also naming its own village (shared with no other). */
  const commune = [
    ...Array.from({ length: 40 }, (_, i) => doc(`s${String(i).padStart(2, "0")}`, `Quảng Thành tin ${i}`, `Xã Quảng Thành thôn riêng${i} làm đường.`, day(i))),
    // Other subjects, so the commune's words are not in every article (which would weigh nothing).
    ...Array.from({ length: 40 }, (_, i) => doc(`o${i}`, `Tàu cá số ${i}`, `Ngư dân ra khơi chuyến ${i}.`, day(i))),
  ];

  it("reads a common term's postings only in the window nearest in time", () => {
    const index = new RelatedIndex(commune, { pruneFrom: 1, window: 6 });
    for (const id of ["s00", "s20", "s39"]) {
      expect(new RelatedIndex(commune).relatedTo(id).length).toBeGreaterThan(0);
      const at = Number(id.slice(1));
      const related = index.relatedTo(id).map((r) => Number(r.slice(1)));
      expect(related.length).toBeGreaterThan(0);
      for (const other of related) expect(Math.abs(other - at)).toBeLessThanOrEqual(6);
    }
  });

  it("keeps an article's strongest shared terms and finds neighbours by them", () => {
    const docs = [
      doc("a", "Cầu Hà Cối khánh thành", "Cầu Hà Cối nối hai bờ sông. Người dân đi lại thuận tiện."),
      doc("b", "Thông xe cầu Hà Cối", "Cầu Hà Cối thông xe, người dân phấn khởi."),
      doc("c", "Vụ chè xuân", "Người dân hái chè, đi lại thuận tiện trên đường mới."),
      doc("d", "Khai giảng", "Học sinh đến trường."),
    ];
    const pruned = new RelatedIndex(docs, { pruneFrom: 1, vectorTerms: 3 });
    expect(pruned.relatedTo("a")[0]).toBe("b");
  });

  it("answers exactly as without pruning on a corpus below pruneFrom", () => {
    const all = new RelatedIndex(commune, { pruneFrom: 1_000, window: 1_000 });
    const defaults = new RelatedIndex(commune);
    for (const d of commune) expect(defaults.relatedTo(d.id)).toEqual(all.relatedTo(d.id));
  });
});
