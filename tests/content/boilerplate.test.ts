import { describe, expect, it } from "vitest";
import {
  BOILERPLATE_MAX_CHARS, boilerplateCandidates, boilerplateThreshold, lineKey, recurringKeys, withoutBoilerplate,
} from "../../src/content/boilerplate";
import { buildCorpus } from "../../src/content/corpus";
import { parseArticle } from "../../src/content/parse";
import { unplacedLines } from "../../src/content/coverage";
import type { Block } from "../../src/content/types";

const p = (text: string, line: number): Block => ({ type: "paragraph", text, line });

describe("boilerplateCandidates", () => {
  it("keys the short lines without a sentence's end, each once", () => {
    const body = [p("Mời bạn đọc xem video", 3), p("Một câu trọn vẹn.", 5), p("Mời bạn đọc xem video", 7), { type: "heading", text: "Đường dây nóng 0900 000 000", line: 9 } as Block];
    expect(boilerplateCandidates(body)).toEqual([lineKey("Mời bạn đọc xem video"), lineKey("Đường dây nóng 0900 000 000")]);
  });
  it("has none for sentences, long lines and figures (most dumps)", () => {
    const long = "chữ ".repeat(BOILERPLATE_MAX_CHARS).trim();
    expect(boilerplateCandidates([p("Một câu trọn vẹn.", 1), p(long, 2), { type: "figure", alt: "a", caption: "a", line: 3 }])).toBeUndefined();
  });
});

describe("recurringKeys", () => {
  it("needs three dumps, and half a percent of a large corpus", () => {
    expect(boilerplateThreshold(10)).toBe(3);
    expect(boilerplateThreshold(100_000)).toBe(500);
    expect([...recurringKeys([[1, 2], [1], [1, 2], undefined], 4)]).toEqual([1]);
  });
});

describe("withoutBoilerplate", () => {
  it("moves the recurring lines into removed, in line order with the rest", () => {
    const body = [p("Đoạn một.", 3), p("Mời bạn đọc xem video", 5), p("Đoạn hai.", 7)];
    const { body: kept, removed } = withoutBoilerplate(body, [{ line: 9, text: "Chia sẻ", reason: "share" }], [lineKey("Mời bạn đọc xem video")]);
    expect(kept.map((b) => b.line)).toEqual([3, 7]);
    expect(removed).toEqual([
      { line: 5, text: "Mời bạn đọc xem video", reason: "recurring" },
      { line: 9, text: "Chia sẻ", reason: "share" },
    ]);
  });
});

describe("a corpus takes its outlet's boilerplate out of every page", () => {
  const dump = (n: number, extra = "Đọc báo in mỗi sáng thứ hai") =>
    `Tin số ${n} của xã\n\n16/03/2020\n\nMở đầu tin ${n}.\n\nĐoạn thân bài ${n}.\n\n${extra}\n\nHoàng Giang`;
  const results = [1, 2, 3].map((n) => parseArticle(`seeds/${n}.txt`, dump(n))).concat(parseArticle("seeds/4.txt", dump(4, "Một dòng riêng")));

  it("in three dumps: out of the body, kept in removed as recurring, nothing lost", () => {
    const corpus = buildCorpus(results);
    expect(corpus.boilerplate).toEqual({ lines: 1, articles: 3 });
    const page = corpus.page(corpus.summaries.find((s) => s.id === "1")!.slug)!;
    expect(page.article.body.map((b) => (b.type === "paragraph" ? b.text : b.type))).toEqual(["Đoạn thân bài 1."]);
    expect(page.article.removed).toEqual([{ line: 9, text: "Đọc báo in mỗi sáng thứ hai", reason: "recurring" }]);
    expect(page.article).not.toHaveProperty("lineKeys");
    expect(page.article).not.toHaveProperty("boilerplate");
    expect(unplacedLines(dump(1), page.article)).toEqual([]);
  });
  it("a line in fewer dumps stays", () => {
    const corpus = buildCorpus(results.slice(1));
    const page = corpus.page(corpus.summaries.find((s) => s.id === "4")!.slug)!;
    expect(page.article.body.map((b) => (b.type === "paragraph" ? b.text : b.type))).toEqual(["Đoạn thân bài 4.", "Một dòng riêng"]);
  });
});
