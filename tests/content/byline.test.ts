import { describe, expect, it } from "vitest";
import { isByline, readCreditLine, takeByline } from "../../src/content/byline";
import type { Block } from "../../src/content/types";

describe("isByline", () => {
  it.each([
    "Hoàng Giang",
    "PV",
    "Minh Hà (TTXVN)",
    "Thu Trang (Trung tâm TTVH-TT huyện Hải Hà)",
    "Văn Đức - Lan Anh",
    "Hoàng Giang, Minh Hà",
    "Lan Anh và Quốc Bảo",
    "T.Hằng",
    "Nguyễn Văn Thành Trung",
  ])("accepts %j", (line) => expect(isByline(line)).toBe(true));

  it.each([
    ["a sentence", "Đây là một câu."],
    ["sentence-ending punctuation", "Hoàng Giang."],
    ["a question", "Hoàng Giang?"],
    ["a lower-case word", "Hoàng giang"],
    ["more than six words", "Nguyễn Văn An Trần Thị Bình Lê Cường"],
    ["digits", "Tổ 12"],
    ["an empty name between joiners", "Hoàng Giang - "],
    ["a colon", "Ảnh: Minh Hà"],
  ])("rejects %s", (_why, line) => expect(isByline(line)).toBe(false));

  it("does not count the newsroom unit toward the six words", () => {
    expect(isByline("Nguyễn Văn An Trần Bình (Trung tâm Truyền thông và Văn hóa huyện Hải Hà)")).toBe(true);
  });
});

describe("readCreditLine", () => {
  it.each([
    ["a desk", "Ban Thời sự", { byline: "Ban Thời sự" }],
    ["a reader", "Độc giả Lan Anh", { byline: "Độc giả Lan Anh" }],
    ["capitals, as written", "D.KIM THOA", { byline: "D.KIM THOA" }],
    ["(T/h)", "Kim Thanh (T/h)", { byline: "Kim Thanh (T/h)" }],
    ["a one-line reprint credit", "Theo MỘC LAN (VTC News)", { byline: "Theo MỘC LAN", source: "VTC News" }],
    ["text and photos by one", "Bài, ảnh: Đức Hùng", { byline: "Đức Hùng", photoCredit: "Đức Hùng" }],
    ["text and photos, 'và'", "Bài và ảnh: Đức Hùng", { byline: "Đức Hùng", photoCredit: "Đức Hùng" }],
    ["text by one, photos by another", "Bài: Lan Anh - Ảnh: Quốc Bảo", { byline: "Lan Anh", photoCredit: "Quốc Bảo" }],
    ["a name glued to a photo credit", "Đàm Khải Ảnh: Vi Thắm", { byline: "Đàm Khải", photoCredit: "Vi Thắm" }],
    ["a name and a site", "Hạ Vân / baohaiduong.vn", { byline: "Hạ Vân", source: "baohaiduong.vn" }],
  ])("reads %s", (_what, line, credit) => expect(readCreditLine(line)).toEqual(credit));

  it.each([
    ["a caption", "Bến phà vắng người. Ảnh: Kha Lộc."],
    ["a sentence", "Ban tổ chức trao giải chiều nay."],
    ["a long desk line", "Ban Thường vụ Huyện ủy họp bàn kế hoạch năm sau"],
  ])("rejects %s", (_what, line) => expect(readCreditLine(line)).toBeNull());
});

describe("takeByline", () => {
  const p = (text: string, line = 1): Block => ({ type: "paragraph", text, line });
  it("takes the last paragraph when it reads as names", () => {
    expect(takeByline([p("Đoạn."), p("Hoàng Giang")])).toEqual({ byline: "Hoàng Giang", taken: 1 });
  });
  it("takes a two-line reprint credit: byline 'Theo X', the outlet its source", () => {
    expect(takeByline([p("Đoạn."), p("Theo Vi Thắm"), p("Tạp chí Đồng Xanh")])).toEqual({ byline: "Theo Vi Thắm", source: "Tạp chí Đồng Xanh", taken: 2 });
  });
  it("takes a '(Nguồn: X)' line as the source and the names above it as the byline", () => {
    expect(takeByline([p("Đoạn."), p("Minh Hà"), p("(Nguồn: Công ty Sông Xanh)")])).toEqual({ byline: "Minh Hà", source: "Công ty Sông Xanh", taken: 2 });
  });
  it("takes a source line alone when no names stand above it", () => {
    expect(takeByline([p("Đoạn cuối."), p("Nguồn: TTXVN")])).toEqual({ byline: null, source: "TTXVN", taken: 1 });
  });
  it("keeps a reprint line whole when the lead already named a source", () => {
    expect(takeByline([p("Đoạn."), p("Theo MỘC LAN (VTC News)")], false)).toEqual({ byline: "Theo MỘC LAN (VTC News)", taken: 1 });
    expect(takeByline([p("Đoạn."), p("Theo Vi Thắm"), p("Tạp chí Đồng Xanh")], false)).toEqual({ byline: null, taken: 0 });
  });
  it("reads a name glued to a photo credit that the figure step took for a lone caption", () => {
    const figure: Block = { type: "figure", alt: "Đàm Khải", caption: "Đàm Khải", credit: "Vi Thắm", line: 9 };
    expect(takeByline([p("Đoạn."), figure])).toEqual({ byline: "Đàm Khải", photoCredit: "Vi Thắm", taken: 1 });
  });
  it("takes nothing when the body ends with a sentence", () => {
    expect(takeByline([p("Hoàng Giang"), p("Ban tổ chức trao giải chiều nay.")])).toEqual({ byline: null, taken: 0 });
  });
});
