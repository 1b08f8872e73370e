import { describe, expect, it } from "vitest";
import { classifyBlock, classifyBlocks, segment } from "../../src/content/blocks";
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

describe("classifyBlocks: other outlets' figures", () => {
  const types = (text: string) => classifyBlocks(segment(toLines(text))).map((g) => g.map((b) => (b.type === "figure" ? `figure:${b.alt}|${b.caption}|${b.credit ?? ""}` : b.text)));

  it("splits off an image marker glued under a paragraph, and pairs it with the caption below (Tuổi Trẻ)", () => {
    expect(types("Ban tổ chức trao giải chiều nay.\nLễ hội bí đỏ - Ảnh 2.\n\nTrẻ em chơi lăn bí - Ảnh: PHÙNG KHIÊM")).toEqual([
      ["Ban tổ chức trao giải chiều nay."],
      ["figure:Lễ hội bí đỏ - Ảnh 2.|Trẻ em chơi lăn bí|PHÙNG KHIÊM"],
    ]);
  });
  it("reads Zing's 'hinh anh N' line as the alt of the caption under it, in a paragraph's block", () => {
    expect(types("Bình được phơi trước khi nung.\nLang gom Bau Truc hinh anh 1\nThợ tráng men bình. Ảnh: Hứa Diệp.")).toEqual([
      ["Bình được phơi trước khi nung."],
      ["figure:Lang gom Bau Truc hinh anh 1|Thợ tráng men bình.|Hứa Diệp"],
    ]);
  });
  it("takes a caption written twice, each alone, as one figure", () => {
    expect(types("Ông Sìn bên bảng đen - Ảnh: Facebook\n\nÔng Sìn bên bảng đen - Ảnh: Facebook")).toEqual([["figure:Ông Sìn bên bảng đen|Ông Sìn bên bảng đen|Facebook"]]);
  });
});
