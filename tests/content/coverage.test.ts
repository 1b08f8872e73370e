import { describe, expect, it } from "vitest";
import { unplacedLines } from "../../src/content/coverage";
import { parseArticle } from "../../src/content/parse";

describe("unplacedLines", () => {
  const text = "Tiêu đề\n16/03/2020\n\nMở đầu.\n\nĐoạn hai.\n\nMinh Hà\n\nTin liên quan\n.";
  const article = parseArticle("x.txt", text).article!;

  it("is empty when every line has a place", () => expect(unplacedLines(text, article)).toEqual([]));
  it("names a line that was dropped", () => {
    const lossy = { ...article, body: [] };
    expect(unplacedLines(text, lossy)).toEqual([{ n: 6, text: "Đoạn hai." }]);
  });
  it("counts a repeated line once per place", () => {
    const twice = "T\n16/03/2020\n\nMở đầu.\n\nGiống.\n\nKhác.\n\nGiống.";
    const a = parseArticle("x.txt", twice).article!;
    expect(unplacedLines(twice, a)).toEqual([]);
    expect(unplacedLines(twice, { ...a, body: a.body.slice(0, 2) })).toEqual([{ n: 10, text: "Giống." }]);
  });
});
