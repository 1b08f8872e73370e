import { describe, expect, it } from "vitest";
import { foldWord } from "../../src/content/search";
import { searchTokens, writtenWords } from "../../src/content/search-build";

describe("writtenWords", () => {
  it("finds the words a Unicode regex over letters, digits and marks finds, lower case NFC, folded", () => {
    const byRegex = (text: string) =>
      [...text.normalize("NFC").toLowerCase().matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map(([w]) => [w, foldWord(w)] as const).filter(([, f]) => f !== "");
    const samples = [
      "Hải Hà, Quảng Ninh: 157 đảng viên!",
      "Ca\u0309 nha\u0300 (decomposed) — 𝐀𝐁c 🙂 x\u0301",
      "ĐẦM HÀ\u00a0mùa\u3000lúa",
      "\u0301 a mark first; 2020-2025",
      "",
    ];
    for (const text of samples) expect(writtenWords(text)).toEqual(byRegex(text));
  });
});

describe("searchTokens", () => {
  it("lists each folded word once, with the fields it is in and its spellings in order of appearance", () => {
    expect(searchTokens({ title: "Hải Hà", lead: "Hai hà", body: "hải" })).toBe("hai 7 hải hai\nha 3 hà\n");
  });
});
