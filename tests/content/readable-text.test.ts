import { describe, expect, it } from "vitest";
import { readableText, readableTexts } from "../../src/content/readable-text";
import type { Block } from "../../src/content/types";

const body: Block[] = [
  { type: "paragraph", line: 3, text: "Đoạn một." },
  { type: "figure", line: 5, alt: "Cầu mới", caption: "Cầu mới ở Quảng Long" },
  { type: "pullquote", line: 3, text: "Đoạn một.", name: "Ông A" },
  { type: "figure", line: 8, alt: "", caption: "" },
  { type: "paragraph", line: 10, text: "Đoạn hai." },
];

describe("readableText(s)", () => {
  it("reads paragraphs and captions in order, never a pull quote, which repeats a paragraph", () => {
    expect(readableTexts(body)).toEqual(["Đoạn một.", "Cầu mới ở Quảng Long", "Đoạn hai."]);
    expect(readableText(body[2]!)).toBe("");
  });
});

describe("readableText of other outlets' blocks", () => {
  it("reads a crosshead, and a boxed quote, which no paragraph repeats", () => {
    expect(readableText({ type: "heading", line: 1, text: "Đi tìm chủ trâu" })).toBe("Đi tìm chủ trâu");
    expect(readableText({ type: "pullquote", line: 1, text: "Tôi trồng bí.", name: "Cù Thị Nguyệt", boxed: true })).toBe("Tôi trồng bí.");
  });
});
