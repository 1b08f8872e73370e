import { describe, expect, it } from "vitest";
import { fold, searchKeys } from "../../src/content/fold";

describe("fold", () => {
  it.each(["Hải Hà", "HẢI HÀ", "hai ha", "Hải Hà".normalize("NFD")])("folds %j to 'hai ha'", (t) => {
    expect(fold(t)).toBe("hai ha");
  });
  it("treats old and new tone placement alike", () => {
    expect(fold("Hoà")).toBe(fold("Hòa"));
    expect(fold("thuý")).toBe(fold("thúy"));
  });
  it("turns đ and Đ into d", () => expect(fold("Đảng đoàn")).toBe("dang doan"));
});

describe("searchKeys", () => {
  it("gives folded words without punctuation", () => {
    expect(searchKeys("Quảng Thành, (huyện Hải Hà)!")).toEqual(["quang", "thanh", "huyen", "hai", "ha"]);
  });
});
