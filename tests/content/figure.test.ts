import { describe, expect, it } from "vitest";
import { FIGURE_MAX_WORDS, areNearDuplicates, asFigure, isImageMarker, loneCaption, splitCredit } from "../../src/content/figure";

// The seed's two figures: the caption is the alt lightly edited.
const ALT_1 = "Tuyến đường trục chính xã Quảng Thành (huyện Hải Hà) được trang trí rực rỡ chào mừng Đại hội Đảng bộ các cấp nhiệm kỳ 2020-2025.";
const CAP_1 = "Tuyến đường trục chính xã Quảng Thành (huyện Hải Hà) được trang trí rực rỡ chào mừng đại hội đảng bộ các cấp, nhiệm kỳ 2020-2025.";
const ALT_2 = "Hộ ông Vũ Văn Thiết là một trong những điển hình nông dân thi đua sản xuất giỏi, xây dựng vườn mẫu đạt chuẩn của thôn Hải Đông, xã Quảng Thành (huyện Hải Hà).";
const CAP_2 = "Hộ ông Vũ Văn Thiết, một trong những điển hình nông dân thi đua sản xuất giỏi, xây dựng vườn mẫu đạt chuẩn của thôn Hải Đông, xã Quảng Thành (huyện Hải Hà).";

describe("areNearDuplicates", () => {
  it("pairs the seed's alt and caption lines", () => {
    expect(areNearDuplicates(ALT_1, CAP_1)).toBe(true);
    expect(areNearDuplicates(ALT_2, CAP_2)).toBe(true);
  });
  it("pairs identical lines", () => {
    expect(areNearDuplicates("Ảnh minh họa", "Ảnh minh họa")).toBe(true);
  });
  it("does not pair two different sentences", () => {
    expect(areNearDuplicates(ALT_1, ALT_2)).toBe(false);
    expect(areNearDuplicates("Xã có 157 đảng viên.", "Năm nay mưa nhiều hơn mọi năm.")).toBe(false);
  });
  it("needs the shared words in order", () => {
    expect(areNearDuplicates("một hai ba bốn năm sáu", "sáu năm bốn ba hai một")).toBe(false);
  });
});

describe("splitCredit", () => {
  it.each([
    ["Bà con thu hoạch lúa. Ảnh: Minh Hà", "Bà con thu hoạch lúa.", "Minh Hà"],
    ["Bà con thu hoạch lúa (Ảnh: Thu Trang)", "Bà con thu hoạch lúa", "Thu Trang"],
    ["Bà con thu hoạch lúa - Ảnh: Văn Đức", "Bà con thu hoạch lúa", "Văn Đức"],
    ["Bà con thu hoạch lúa – ảnh: Văn Đức.", "Bà con thu hoạch lúa", "Văn Đức"],
    ["Bà con thu hoạch lúa. (Ảnh: Thu Trang).", "Bà con thu hoạch lúa.", "Thu Trang"],
  ])("splits %j", (text, caption, credit) => {
    expect(splitCredit(text)).toEqual({ caption, credit });
  });
  it("leaves a caption without a credit alone", () => {
    expect(splitCredit(CAP_1)).toEqual({ caption: CAP_1 });
  });
  it("keeps a line that is only a credit as caption", () => {
    expect(splitCredit("Ảnh: Minh Hà")).toEqual({ caption: "Ảnh: Minh Hà" });
  });
});

describe("asFigure", () => {
  it("takes the first line as alt and the second as caption", () => {
    expect(asFigure(ALT_1, CAP_1)).toEqual({ alt: ALT_1, caption: CAP_1 });
  });
  it("moves the credit out of the caption and still recognises the pair", () => {
    expect(asFigure("Bà con xã Quảng Long thu hoạch lúa mùa", "Bà con xã Quảng Long thu hoạch lúa mùa. Ảnh: Minh Hà")).toEqual({
      alt: "Bà con xã Quảng Long thu hoạch lúa mùa",
      caption: "Bà con xã Quảng Long thu hoạch lúa mùa.",
      credit: "Minh Hà",
    });
  });
  it("returns null for two ordinary paragraphs", () => {
    expect(asFigure(ALT_1, ALT_2)).toBeNull();
  });
  it("never takes lines of more than FIGURE_MAX_WORDS words for an image, even identical ones", () => {
    const long = Array.from({ length: FIGURE_MAX_WORDS + 1 }, (_, i) => `chữ${i}`).join(" ");
    expect(asFigure(long, long)).toBeNull();
    expect(asFigure(long, `${long} thêm`)).toBeNull();
    const longest = Array.from({ length: FIGURE_MAX_WORDS }, (_, i) => `chữ${i}`).join(" ");
    expect(asFigure(longest, `${longest}.`)).toEqual({ alt: longest, caption: `${longest}.` });
  });
});

describe("lone captions, known by their credit (other outlets)", () => {
  it.each([
    ["Bến phà vắng người. Ảnh: Kha Lộc.", "Bến phà vắng người.", "Kha Lộc"],
    ["Bến phà vắng người (Ảnh: Kha Lộc)", "Bến phà vắng người", "Kha Lộc"],
    ["Đoàn xe qua cầu. Ảnh:AFP", "Đoàn xe qua cầu.", "AFP"],
    ["Lũ về, phà neo bên bờ. Video: Kha Lộc.", "Lũ về, phà neo bên bờ.", "Kha Lộc"],
    ["Nhân vật trong phim. Ảnh, video: Nhân vật cung cấp", "Nhân vật trong phim.", "Nhân vật cung cấp"],
    ["Một phiên chợ vùng cao. Ảnh minh họa", "Một phiên chợ vùng cao.", "Ảnh minh họa"],
    ["Trẻ em chơi lăn bí - Ảnh: PHÙNG KHIÊM", "Trẻ em chơi lăn bí", "PHÙNG KHIÊM"],
    ["Mưa trắng trời trên đèo. ẢNH: HẢI HÀ", "Mưa trắng trời trên đèo.", "HẢI HÀ"],
    ["Người dân giữ đê trong đêm. VIDEO: Kha Lộc", "Người dân giữ đê trong đêm.", "Kha Lộc"],
    ["Quả bí nặng nhất 41kg - Ảnh: T.L.", "Quả bí nặng nhất 41kg", "T.L."],
    ["Người dân dự lễ khánh thành (ảnh CTV)", "Người dân dự lễ khánh thành", "CTV"],
    ["Ảnh: Nhóm cung cấp Xe dừng ở đầu bản", "Xe dừng ở đầu bản", "Nhóm cung cấp"],
  ])("%j: caption %j, credit %j", (line, caption, credit) => {
    expect(loneCaption(line)).toEqual({ alt: caption, caption, credit });
  });
  it.each([
    "Sáng 5/4, nước sông lên cao 2 m.",
    "Ảnh: Kha Lộc",
    "Người dân chụp ảnh: đẹp lắm, ai cũng thích",
    "Video: Kha Lộc.",
    "Bài, ảnh: Đức Hùng",
    "Bài: Lan Anh - Ảnh: Quốc Bảo",
  ])("%j is no caption: no credit, nothing before it, a sentence after \"ảnh:\", or a signature", (line) => {
    expect(loneCaption(line)).toBeNull();
  });
  it("knows Tuổi Trẻ's image markers", () => {
    expect(isImageMarker("Lễ hội bí đỏ - mùa thứ ba - Ảnh 1.")).toBe(true);
    expect(isImageMarker("Lễ hội bí đỏ - mùa thứ ba")).toBe(false);
    expect(isImageMarker("Lễ hội bí đỏ – mùa thứ ba — Ảnh 12")).toBe(true);
    expect(isImageMarker("Ảnh 1.")).toBe(false);
    // "Ảnh N" inside the line, not ending it, is a sentence.
    expect(isImageMarker("Lễ hội bí đỏ - Ảnh 1. Người dân đến rất đông")).toBe(false);
  });
});
