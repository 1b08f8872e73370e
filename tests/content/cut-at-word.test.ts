/** cutAtWord: meta descriptions at most `max` characters, ending between words. */
import { describe, expect, it } from "vitest";
import { cutAtWord } from "../../src/content/excerpt";

const LEAD =
  "Nhiệm kỳ 2015-2020, Đảng bộ xã Quảng Thành (huyện Hải Hà) đã tập trung thực hiện hiệu quả các giải pháp về xây dựng Đảng, lãnh đạo phát triển KT-XH, nâng cao đời sống vật chất, tinh thần cho nhân dân.";

/** True when `cut` (without its "…") is the text up to the end of a whole word. */
function endsAtWordBoundary(text: string, cut: string): boolean {
  const kept = cut.replace(/…$/, "");
  if (!text.startsWith(kept)) return false;
  const after = text.charAt(kept.length);
  return after === "" || /[\s,;:.\u2013\u2014-]/u.test(after);
}

describe("cutAtWord", () => {
  it("returns text that fits unchanged", () => {
    expect(cutAtWord("Quảng Thành ra quân.", 160)).toBe("Quảng Thành ra quân.");
    expect(cutAtWord(LEAD, LEAD.length)).toBe(LEAD);
  });

  it("trims and collapses white space before measuring", () => {
    expect(cutAtWord("  Hải   Hà\n\nmùa  xuân  ", 160)).toBe("Hải Hà mùa xuân");
  });

  it("ends a cut text with an ellipsis", () => {
    expect(cutAtWord(LEAD, 160)).toMatch(/…$/);
  });

  it.each([20, 37, 64, 100, 159, 160])("never exceeds %i characters and never cuts a word", (max) => {
    const cut = cutAtWord(LEAD, max);
    expect(cut.length).toBeLessThanOrEqual(max);
    expect(endsAtWordBoundary(LEAD, cut), `"${cut}" ends inside a word`).toBe(true);
  });

  it("holds for every max over a long Vietnamese text", () => {
    for (let max = 10; max <= LEAD.length; max++) {
      const cut = cutAtWord(LEAD, max);
      expect(cut.length, `max ${max}`).toBeLessThanOrEqual(max);
      expect(endsAtWordBoundary(LEAD, cut), `max ${max}: "${cut}"`).toBe(true);
    }
  });

  it("keeps a word that fits together with the ellipsis", () => {
    // "Hải Hà mùa" is 10 characters: with "…" it fits 11, not 10.
    expect(cutAtWord("Hải Hà mùa xuân", 11)).toBe("Hải Hà mùa…");
    expect(cutAtWord("Hải Hà mùa xuân", 10)).toBe("Hải Hà…");
  });

  it("drops punctuation left dangling before the ellipsis", () => {
    expect(cutAtWord("Quảng Thành, Quảng Minh, Quảng Long", 20)).toBe("Quảng Thành, Quảng…");
    expect(cutAtWord("Một hai ba, bốn năm sáu", 12)).toBe("Một hai ba…");
  });

  it("cuts a single over-long word to fit, as the only choice", () => {
    const cut = cutAtWord("Quảngthànhquảngminhquảnglong", 10);
    expect(cut).toHaveLength(10);
    expect(cut).toMatch(/…$/);
  });
});
