import { describe, expect, it } from "vitest";
import { SYLLABLES_PER_MINUTE, countSyllables, readingMinutes } from "../../src/content/reading-time";
import type { Article } from "../../src/content/types";

const article = (title: string, lead: string | null, body: Article["body"]): Pick<Article, "title" | "lead" | "body"> => ({ title, lead, body });
const words = (n: number) => Array.from({ length: n }, () => "chữ").join(" ");

describe("countSyllables", () => {
  it("counts space-separated syllables that hold a letter or a digit, not dashes or bullets", () => {
    expect(countSyllables("Đảng bộ xã Quảng Thành – nhiệm kỳ 2020-2025 •")).toBe(8);
    expect(countSyllables("  \n ")).toBe(0);
  });

  it("counts as splitting at white space and testing each piece would: any Unicode space, marks, astral letters", () => {
    const bySplit = (text: string) => text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
    const samples = [
      "Hải\u00a0Hà\u2003Quảng\tNinh\u3000đẹp",
      "ca\u0309 nhà – – 𝐀𝐁 — ... 12",
      "\ufeffđầu\u2028cuối\u202f!",
      "𝟘 🙂 ⸺ x\u0301y",
      "",
    ];
    for (const text of samples) expect(countSyllables(text)).toBe(bySplit(text));
  });
});

describe("readingMinutes", () => {
  it(`reads ${SYLLABLES_PER_MINUTE} syllables a minute, rounding up`, () => {
    expect(readingMinutes(article("", null, [{ type: "paragraph", line: 3, text: words(SYLLABLES_PER_MINUTE) }]))).toBe(1);
    expect(readingMinutes(article("", null, [{ type: "paragraph", line: 3, text: words(SYLLABLES_PER_MINUTE + 1) }]))).toBe(2);
  });

  it("counts headline, sapo, paragraphs and captions, but not pull quotes, which repeat the body", () => {
    const body: Article["body"] = [
      { type: "paragraph", line: 5, text: words(200) },
      { type: "figure", line: 7, alt: "ảnh", caption: words(100) },
      { type: "pullquote", line: 5, text: words(400), name: "Ông A" },
    ];
    expect(readingMinutes(article(words(100), words(100), body))).toBe(2);
  });

  it("is at least one minute, even for a headline alone", () => {
    expect(readingMinutes(article("Tin ngắn", null, []))).toBe(1);
  });
});
