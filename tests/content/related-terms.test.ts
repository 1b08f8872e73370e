import { describe, expect, it } from "vitest";
import { relatedTerms, terms } from "../../src/content/related-terms";

describe("terms", () => {
  it("keeps syllables and adjacent pairs, dropping function words and numbers", () => {
    expect(terms("Xã Quảng Thành và 157 đảng viên")).toEqual(["xã", "xã quảng", "quảng", "quảng thành", "thành", "đảng", "đảng viên", "viên"]);
  });
  it("does not pair syllables across punctuation", () => {
    expect(terms("Hải Hà, Quảng Ninh")).not.toContain("hà quảng");
  });
});

describe("relatedTerms", () => {
  it("counts each distinct term once, the headline's occurrences twice", () => {
    const title = "Hải Hà";
    const text = "Hải Hà đón khách. Hải Hà vui.";
    const counts = relatedTerms({ title, text });
    const distinct = new Set([...terms(title), ...terms(text)]);
    expect(counts.length / 2).toBe(distinct.size);
    let total = 0;
    for (let k = 1; k < counts.length; k += 2) total += counts[k]!;
    expect(total).toBe(2 * terms(title).length + terms(text).length);
    // "hải", "hà" and "hải hà": twice in the headline, twice in the text.
    expect([...counts].filter((_, k) => k % 2 === 1).filter((c) => c === 4)).toHaveLength(3);
  });
});
