/** remembered (src/content/remembered.ts): a string function's answers kept, bounded. */
import { describe, expect, it } from "vitest";
import { remembered } from "../../src/content/remembered";

describe("remembered", () => {
  it("answers as the function does, computing each key once", () => {
    const asked: string[] = [];
    const upper = remembered((s: string) => (asked.push(s), s.toUpperCase()));
    expect([upper("hà"), upper("hải"), upper("hà")]).toEqual(["HÀ", "HẢI", "HÀ"]);
    expect(asked).toEqual(["hà", "hải"]);
  });

  it("remembers falsy answers too (false, empty string)", () => {
    let calls = 0;
    const empty = remembered(() => (calls++, ""));
    empty("x");
    empty("x");
    expect(calls).toBe(1);
  });

  it("forgets everything once it holds `max` answers, so endless distinct keys cannot grow it", () => {
    const asked: string[] = [];
    const same = remembered((s: string) => (asked.push(s), s), 2);
    for (const key of ["a", "b", "c", "a"]) same(key);
    // "c" found it full: "a" and "b" forgotten, so "a" is computed again.
    expect(asked).toEqual(["a", "b", "c", "a"]);
  });
});
