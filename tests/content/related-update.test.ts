import { describe, expect, it } from "vitest";
import { compareChronological, hasError, relatedInputOf } from "../../src/content/corpus";
import { parseArticle } from "../../src/content/parse";
import { RelatedIndex } from "../../src/content/related";
import { relatedTerms, type RelatedInput, type TermCounts } from "../../src/content/related-terms";
import { MAX_DRIFT, rankUpdate, rankWhole, type RankingArticle } from "../../src/content/related-update";
import { generateDump, indexWidth } from "../../scripts/corpus/generate";

/** Pruned from the first article on, so that a handful of documents take the path a large corpus takes. */
const TUNING = { tuning: { pruneFrom: 1, window: 4 }, maxDrift: 0.5 };

const doc = (id: string, title: string, text: string, day = 1): RelatedInput => ({ id, title, text, publishedAt: `2020-01-${String(day).padStart(2, "0")}T00:00:00+07:00` });

// Three subjects, each in a few articles, so every list has neighbours and a floor.
const base: RelatedInput[] = [
  doc("a1", "Đảng bộ xã Quảng Thành đại hội", "Chi bộ thôn Hải Đông sinh hoạt chuyên đề, đảng viên Quảng Thành góp ý.", 1),
  doc("a2", "Chi bộ Hải Đông đổi mới sinh hoạt", "Đảng viên thôn Hải Đông, xã Quảng Thành, sinh hoạt chuyên đề hằng tháng.", 2),
  doc("a3", "Quảng Thành học tập nghị quyết", "Cán bộ xã Quảng Thành và chi bộ Hải Đông học nghị quyết.", 3),
  doc("b1", "Ngư dân Cái Chiên vươn khơi", "Tàu cá Cái Chiên ra khơi đánh bắt hải sản, ngư dân phấn khởi.", 4),
  doc("b2", "Tàu cá Cái Chiên trúng mùa", "Ngư dân Cái Chiên ra khơi đánh bắt hải sản đầu năm, tàu cá đầy khoang.", 5),
  doc("b3", "Cảng cá Cái Chiên nhộn nhịp", "Tàu cá về cảng, ngư dân Cái Chiên bán hải sản.", 6),
  doc("c1", "Chè Đường Hoa vào vụ", "Người trồng chè Đường Hoa hái búp chè xuân, chè Đường Hoa thơm.", 7),
  doc("c2", "Thương hiệu chè Đường Hoa", "Hợp tác xã chè Đường Hoa đóng gói búp chè xuân.", 8),
  doc("c3", "Lễ hội chè Đường Hoa", "Du khách thưởng thức chè Đường Hoa, búp chè xuân.", 9),
];

/** The documents as a rebuild sees them: ids, dates, a key per text, and their term counts. */
function corpusOf(docs: RelatedInput[]) {
  const terms = new Map(docs.map((d) => [d.id, relatedTerms(d)]));
  const articles: RankingArticle[] = docs.map((d) => ({ id: d.id, publishedAt: d.publishedAt, key: `${d.title}\0${d.text}` }));
  let reads = 0;
  const termsOf = (id: string): TermCounts => {
    reads++;
    return terms.get(id)!;
  };
  return { articles, termsOf, reads: () => reads };
}

describe("rankWhole", () => {
  it("gives the lists a RelatedIndex of the same documents gives", () => {
    const { articles, termsOf } = corpusOf(base);
    const { lists, whole, ranked } = rankWhole(articles, termsOf, TUNING);
    expect(whole).toBe(true);
    expect(ranked).toBe(base.length);
    expect(lists).toEqual(new RelatedIndex(base, TUNING.tuning).lists());
    expect(lists.get("a1")).toContain("a2");
  });
});

describe("rankUpdate", () => {
  const first = () => {
    const { articles, termsOf } = corpusOf(base);
    return rankWhole(articles, termsOf, TUNING).state;
  };

  it("ranks nothing and reads no terms when nothing changed", () => {
    const { articles, termsOf, reads } = corpusOf(base);
    const update = rankUpdate(first(), articles, termsOf, TUNING);
    expect(update.whole).toBe(false);
    expect(update.ranked).toBe(0);
    expect(reads()).toBe(0);
    expect(update.lists).toEqual(rankWhole(articles, termsOf, TUNING).lists);
  });

  it("ranks a new article, and the lists it enters, and keeps the others", () => {
    const twin = doc("b4", "Ngư dân Cái Chiên vươn khơi đầu năm", "Tàu cá Cái Chiên ra khơi đánh bắt hải sản, ngư dân Cái Chiên phấn khởi.", 10);
    const previous = first();
    const { articles, termsOf, reads } = corpusOf([...base, twin]);
    const update = rankUpdate(previous, articles, termsOf, TUNING);
    expect(update.whole).toBe(false);
    // Only the new article's terms are read.
    expect(reads()).toBe(1);
    expect(update.lists.get("b4")).toContain("b1");
    // b1 gains its near twin; the tea articles' lists are as they were.
    expect(update.lists.get("b1")![0]).toBe("b4");
    for (const id of ["c1", "c2", "c3"]) expect(update.lists.get(id)).toEqual(previous.lists[base.findIndex((d) => d.id === id)]);
    expect(update.ranked).toBeLessThan(articles.length);
    expect(update.ranked).toBeGreaterThan(1);
  });

  it("takes a removed article out of every list that named it", () => {
    const previous = first();
    const { articles, termsOf } = corpusOf(base.filter((d) => d.id !== "a2"));
    const update = rankUpdate(previous, articles, termsOf, TUNING);
    expect(update.whole).toBe(false);
    for (const list of update.lists.values()) expect(list).not.toContain("a2");
    expect(update.lists.has("a2")).toBe(false);
    expect(update.lists.get("a1")).toContain("a3");
  });

  it("weighs an edited article again and ranks the lists that named it", () => {
    const previous = first();
    const edited = base.map((d) => (d.id === "c3" ? doc("c3", "Ngư dân Cái Chiên đón bão", "Tàu cá Cái Chiên về cảng tránh bão, ngư dân Cái Chiên chằng chống.", 9) : d));
    const { articles, termsOf } = corpusOf(edited);
    const update = rankUpdate(previous, articles, termsOf, TUNING);
    expect(update.whole).toBe(false);
    expect(update.lists.get("c3")).toContain("b1");
    expect(update.lists.get("c1")).not.toContain("c3");
  });

  it("ranks everything again once the changes pass MAX_DRIFT of the corpus, or the tuning changed", () => {
    const previous = first();
    const many = Math.ceil(base.length * TUNING.maxDrift) + 1;
    const { articles, termsOf } = corpusOf(base.slice(many));
    expect(rankUpdate(previous, articles, termsOf, TUNING).whole).toBe(true);
    // One of nine removed is past the default MAX_DRIFT (a tenth).
    expect(1 / base.length).toBeGreaterThan(MAX_DRIFT);
    const few = corpusOf(base.slice(1));
    expect(rankUpdate(previous, few.articles, few.termsOf, { tuning: TUNING.tuning }).whole).toBe(true);
    const same = corpusOf(base);
    expect(rankUpdate(previous, same.articles, same.termsOf, { ...TUNING, tuning: { ...TUNING.tuning, window: 5 } }).whole).toBe(true);
    expect(rankUpdate(null, same.articles, same.termsOf, TUNING).whole).toBe(true);
  });

  it("ranks a corpus below the pruning threshold whole: exact lists, cheaply", () => {
    const { articles, termsOf } = corpusOf(base);
    const previous = rankWhole(articles, termsOf).state;
    expect(rankUpdate(previous, articles, termsOf).whole).toBe(true);
  });

  it("agrees with a whole ranking on at least 95 % of the top-5 lists after 100 dumps are added to 3,000", () => {
    const width = indexWidth(3_100);
    const docs = Array.from({ length: 3_100 }, (_, i) => {
      const dump = generateDump("1", i, width);
      return parseArticle(dump.name, dump.bytes);
    })
      .filter((r) => !hasError(r))
      .map((r) => r.article!)
      .sort(compareChronological)
      .map(relatedInputOf);
    const added = new Set(docs.slice(-100).map((d) => d.id));
    const before = corpusOf(docs.filter((d) => !added.has(d.id)));
    const previous = rankWhole(before.articles, before.termsOf).state;
    const after = corpusOf(docs);
    const update = rankUpdate(previous, after.articles, after.termsOf);
    expect(update.whole).toBe(false);
    expect(update.ranked).toBeLessThan(docs.length / 2);
    const whole = rankWhole(after.articles, after.termsOf).lists;
    let listed = 0;
    let agreed = 0;
    for (const [id, list] of whole) {
      const mine = new Set(update.lists.get(id));
      listed += list.length;
      agreed += list.filter((other) => mine.has(other)).length;
    }
    expect(agreed / listed).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});
