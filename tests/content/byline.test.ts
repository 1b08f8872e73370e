import { describe, expect, it } from "vitest";
import { isByline } from "../../src/content/byline";

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
