import { describe, expect, it } from "vitest";
import { classifyBlock, segment } from "../../src/content/blocks";
import { toLines } from "../../src/content/normalize";

describe("segment", () => {
  it("splits at blank lines and placeholders, dropping placeholders", () => {
    const blocks = segment(toLines("a\nb\n\n\nc\n.\nd"));
    expect(blocks.map((b) => b.map((l) => l.text))).toEqual([["a", "b"], ["c"], ["d"]]);
    expect(blocks[1]![0]!.n).toBe(5);
  });
});

describe("classifyBlock", () => {
  it("turns two near-identical lines into one figure at the first line's number", () => {
    const [block] = segment(toLines("\nCầu Quảng Thành mới thông xe\nCầu Quảng Thành mới được thông xe. Ảnh: Minh Hà"));
    expect(classifyBlock(block!)).toEqual([
      { type: "figure", alt: "Cầu Quảng Thành mới thông xe", caption: "Cầu Quảng Thành mới được thông xe.", credit: "Minh Hà", line: 2 },
    ]);
  });
  it("makes every line of any other block a paragraph", () => {
    const [block] = segment(toLines("Đoạn một.\nĐoạn hai khác hẳn.\nĐoạn ba."));
    expect(classifyBlock(block!).map((b) => b.type)).toEqual(["paragraph", "paragraph", "paragraph"]);
  });
  it("does not make a figure of three near-identical lines", () => {
    const [block] = segment(toLines("Ảnh minh họa\nẢnh minh họa\nẢnh minh họa"));
    expect(classifyBlock(block!).map((b) => b.type)).toEqual(["paragraph", "paragraph", "paragraph"]);
  });
});
