import { describe, expect, it } from "vitest";
import { MARK, SPACE, SURROGATE, UPPER, WORD, astralKind, kindOf } from "../../src/content/characters";

const kind = (s: string) => kindOf(s.charCodeAt(0)) & (WORD | MARK | SPACE | SURROGATE);

describe("kindOf", () => {
  it("tells letters and digits, combining marks, white space and surrogate halves apart", () => {
    expect(kind("đ")).toBe(WORD);
    expect(kind("7")).toBe(WORD);
    expect(kind("\u0309")).toBe(MARK);
    expect(kind("\u00a0")).toBe(SPACE);
    expect(kind("\u3000")).toBe(SPACE);
    expect(kind("–")).toBe(0);
    expect(kind("𝐀")).toBe(SURROGATE);
  });

  it("marks upper-case letters, Vietnamese ones included", () => {
    for (const c of ["Q", "Đ", "Ả", "Ư"]) expect(kindOf(c.charCodeAt(0)) & UPPER, c).toBe(UPPER);
    for (const c of ["q", "đ", "ả", "7", " "]) expect(kindOf(c.charCodeAt(0)) & UPPER, c).toBe(0);
  });

  it("asks the pair for an astral character", () => {
    expect(astralKind("𝐀", 0)).toBe(WORD | UPPER);
    expect(astralKind("🙂", 0)).toBe(0);
  });
});
