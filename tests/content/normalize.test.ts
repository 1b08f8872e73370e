import { describe, expect, it } from "vitest";
import { classify, normalizeLineText, toLines } from "../../src/content/normalize";

describe("toLines", () => {
  it("numbers lines from 1 and accepts LF, CRLF and CR line ends alike", () => {
    const expected = ["Tiêu đề", "", "Thân bài"];
    for (const text of ["Tiêu đề\n\nThân bài", "Tiêu đề\r\n\r\nThân bài", "Tiêu đề\r\rThân bài"]) {
      const lines = toLines(text);
      expect(lines.map((l) => l.text)).toEqual(expected);
      expect(lines.map((l) => l.n)).toEqual([1, 2, 3]);
    }
  });

  it("strips a UTF-8 BOM", () => {
    expect(toLines("\uFEFFTiêu đề")[0]!.text).toBe("Tiêu đề");
  });

  it("trims trailing spaces", () => {
    expect(toLines("Tiêu đề   \t\nb ")[0]!.text).toBe("Tiêu đề");
  });
});

describe("normalizeLineText", () => {
  it("turns decomposed (NFD) text into NFC", () => {
    const nfd = "Hải Hà".normalize("NFD");
    expect(nfd).not.toBe("Hải Hà");
    expect(normalizeLineText(nfd)).toBe("Hải Hà");
  });

  it.each([
    ["zero-width space", "Hải\u200BHà"],
    ["zero-width non-joiner", "Hải\u200CHà"],
    ["zero-width joiner", "Hải\u200DHà"],
    ["BOM inside a line", "Hải\uFEFFHà"],
    ["combining grapheme joiner", "Hải\u034FHà"],
    ["soft hyphen", "Hải\u00ADHà"],
  ])("removes the %s", (_name, text) => {
    expect(normalizeLineText(text)).toBe("HảiHà");
  });

  it.each([
    ["runs of spaces", "Hải   Hà"],
    ["a tab", "Hải\tHà"],
    ["no-break spaces", "Hải\u00A0\u00A0Hà"],
    ["a line separator", "Hải\u2028Hà"],
    ["a paragraph separator", "Hải\u2029Hà"],
  ])("turns %s inside a line into one space", (_name, text) => {
    expect(normalizeLineText(text)).toBe("Hải Hà");
  });

  it("composes a letter and its mark once a CGJ between them is gone", () => {
    expect(normalizeLineText("a\u034F\u0300")).toBe("à");
  });
});

describe("classify", () => {
  it.each([".", "..", "...", "…", ". .", "……"])("treats %j as a placeholder", (t) => {
    expect(classify(t)).toBe("placeholder");
  });
  it("treats an empty line as blank and anything with letters as text", () => {
    expect(classify("")).toBe("blank");
    expect(classify("Xem thêm...")).toBe("text");
    expect(classify("1.")).toBe("text");
  });
});
