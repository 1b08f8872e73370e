import { describe, expect, it } from "vitest";
import { MARK, SPACE, SURROGATE, WORD, astralKind, kindOf } from "../../src/content/characters";

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

  it("asks the pair for an astral character", () => {
    expect(astralKind("𝐀", 0)).toBe(WORD);
    expect(astralKind("🙂", 0)).toBe(0);
  });
});
