import { describe, expect, it } from "vitest";
import { RelatedIndex, rankRelated, terms, type RelatedInput } from "../../src/content/related";

const doc = (id: string, title: string, text: string, publishedAt: string | null = "2020-01-01T00:00:00+07:00"): RelatedInput => ({ id, title, text, publishedAt });

const corpus = [
  doc("a", "Đảng bộ xã Quảng Thành đại hội", "Chi bộ thôn Hải Đông sinh hoạt chuyên đề. Đảng viên Quảng Thành góp ý."),
  doc("b", "Chi bộ Hải Đông đổi mới sinh hoạt", "Đảng viên thôn Hải Đông, xã Quảng Thành, sinh hoạt chuyên đề hằng tháng."),
  doc("c", "Ngư dân vươn khơi", "Tàu cá ra khơi đánh bắt hải sản, ngư dân phấn khởi.", "2020-02-01T00:00:00+07:00"),
  doc("d", "Tàu cá Cái Chiên", "Ngư dân Cái Chiên ra khơi đánh bắt hải sản đầu năm.", "2020-03-01T00:00:00+07:00"),
  doc("e", "Chè Đường Hoa vào vụ", "Người trồng chè Đường Hoa hái búp chè xuân."),
  doc("f", "Khai giảng năm học mới", "Học sinh trường Quảng Minh dự lễ khai giảng."),
];

describe("terms", () => {
  it("keeps syllables and adjacent pairs, dropping function words and numbers", () => {
    expect(terms("Xã Quảng Thành và 157 đảng viên")).toEqual(["xã", "xã quảng", "quảng", "quảng thành", "thành", "đảng", "đảng viên", "viên"]);
  });
  it("does not pair syllables across punctuation", () => {
    expect(terms("Hải Hà, Quảng Ninh")).not.toContain("hà quảng");
  });
});

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
