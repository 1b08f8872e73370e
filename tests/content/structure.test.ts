import { describe, expect, it } from "vitest";
import {
  FLAT_MIN_CHARS, isCrossheadText, isUncreditedCaption, splitFlattened, structureGroups,
} from "../../src/content/structure";
import type { FigureBlock, ParagraphBlock } from "../../src/content/types";

const p = (text: string, line = 1): ParagraphBlock => ({ type: "paragraph", text, line });

describe("isCrossheadText", () => {
  it.each(["Đi tìm chủ trâu", "Phà sẽ chạy lại ra sao?", "Giữ lửa cho lò", "GIỮ LỬA CHO LÒ", "3 điều cần biết"])("%j is a crosshead's form", (t) =>
    expect(isCrossheadText(t)).toBe(true));
  it.each([
    ["a sentence", "Bà con mong có thêm sân bóng."],
    ["a comma at the end", "Ngoài ra,"],
    ["one word", "Tóm"],
    ["more than 12 words", "Một hai ba bốn năm sáu bảy tám chín mười mười một mười hai"],
    ["a name", "Cù Thị Nguyệt"],
    ["a province", "Quảng Ninh"],
    ["lower case first", "và thêm nữa"],
    ["a colon at the end", "Ông Hùng cho biết:"],
  ])("not %s", (_why, t) => expect(isCrossheadText(t)).toBe(false));
});

describe("isUncreditedCaption", () => {
  it("reads Dân Trí's stop set apart as a caption's", () => {
    expect(isUncreditedCaption("Con trâu bên cột cờ của trường .")).toBe(true);
    expect(isUncreditedCaption("Con trâu bên cột cờ của trường.")).toBe(false);
  });
});

describe("splitFlattened", () => {
  const sentence = (i: number) => `Câu thứ ${i} kể chuyện làng chài ven biển với nhiều chi tiết về nghề cá và cuộc sống của bà con.`;
  const flat = Array.from({ length: 12 }, (_, i) => sentence(i + 1)).join(" ");

  it("splits a flattened body at sentence ends into paragraphs on the same line, nothing lost", () => {
    expect(flat.length).toBeGreaterThan(FLAT_MIN_CHARS);
    const parts = splitFlattened(p(flat, 3));
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.every((b) => b.line === 3 && b.type === "paragraph")).toBe(true);
    expect(parts.map((b) => b.text).join(" ")).toBe(flat);
  });
  it("never splits after an initial or a title's abbreviation", () => {
    const text = `${flat} Cháu L.T.N. kể lại. TS. Lê Hùng nói thêm về chuyện này.`;
    const parts = splitFlattened(p(text));
    expect(parts.some((b) => b.text.endsWith("L.T.N.") || b.text.endsWith("TS."))).toBe(false);
  });
  it("leaves a paragraph of ordinary length whole", () => {
    expect(splitFlattened(p(sentence(1)))).toEqual([p(sentence(1))]);
  });
});

describe("structureGroups", () => {
  it("makes a short line without a stop between paragraphs a heading", () => {
    const out = structureGroups([[p("Đoạn một.", 1)], [p("Đi tìm chủ trâu", 3)], [p("Đoạn hai.", 5)]]);
    expect(out.flat()).toEqual([p("Đoạn một.", 1), { type: "heading", text: "Đi tìm chủ trâu", line: 3 }, p("Đoạn hai.", 5)]);
  });
  it("never makes the last line a heading: nothing follows it to announce", () => {
    expect(structureGroups([[p("Đoạn một.")], [p("Đi tìm chủ trâu", 3)]]).flat()).toEqual([p("Đoạn một."), p("Đi tìm chủ trâu", 3)]);
  });
  it("keeps a short line inside a block of several as text", () => {
    expect(structureGroups([[p("Đoạn một.", 1), p("Đi tìm chủ trâu", 2)], [p("Đoạn hai.", 4)]]).flat().map((b) => b.type)).toEqual(["paragraph", "paragraph", "paragraph"]);
  });
  it("reads a name alone under a one-line quote as its speaker: the pair is one boxed pull quote", () => {
    const out = structureGroups([[p("Tôi trồng bí để con được đi học.", 7)], [p("Cù Thị Nguyệt", 9)], [p("Đoạn sau.", 11)]]).flat();
    expect(out).toEqual([
      { type: "pullquote", text: "Tôi trồng bí để con được đi học.", name: "Cù Thị Nguyệt", boxed: true, line: 7 },
      p("Đoạn sau.", 11),
    ]);
  });
  it("keeps a boxed quote as written, its marks too", () => {
    const [quote] = structureGroups([[p("“Nó hiền lắm.”", 1)], [p("Lò Văn Pấng", 3)], [p("Đoạn.", 5)]]).flat();
    expect(quote).toMatchObject({ type: "pullquote", text: "“Nó hiền lắm.”", name: "Lò Văn Pấng", boxed: true });
  });
  it("reads a line alone ending ' .' as a caption without a credit", () => {
    const [figure] = structureGroups([[p("Con trâu bên cột cờ của trường .", 4)], [p("Đoạn.", 6)]]).flat() as [FigureBlock];
    expect(figure).toEqual({ type: "figure", alt: "Con trâu bên cột cờ của trường .", caption: "Con trâu bên cột cờ của trường .", line: 4 });
  });
});

describe("structureGroups: what is no box", () => {
  it("a long paragraph above a name line, or a name line last, stays as written", () => {
    const long = `${"Đảng bộ xã đã triển khai tốt công tác xây dựng Đảng. ".repeat(6).trim()}`;
    expect(structureGroups([[p(long, 1)], [p("Hải Hải", 3)], [p("Đoạn.", 5)]]).flat().map((b) => b.type)).toEqual(["paragraph", "paragraph", "paragraph"]);
    expect(structureGroups([[p("Câu ngắn.", 1)], [p("Cù Thị Nguyệt", 3)]]).flat().map((b) => b.type)).toEqual(["paragraph", "paragraph"]);
  });
});
