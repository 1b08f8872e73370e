/** Where entity finding looks (src/content/entity-windows.ts): around capitals only, with the words that may be their trigger. */
import { describe, expect, it } from "vitest";
import { windowsOf } from "../../src/content/entity-windows";

const parts = (text: string) => windowsOf(text).map(([from, to, sentence]) => [text.slice(from, to), sentence]);

describe("windowsOf", () => {
  it("finds nothing in a text without a capital", () => {
    expect(windowsOf("bà con đi chợ sớm, trời mưa nhỏ.")).toEqual([]);
  });

  it("takes a capitalised run with the words before it back to the sentence's start, and one word after it", () => {
    expect(parts("Hôm qua bà con xã Quảng Thành đi chợ.")).toEqual([["Hôm qua bà con xã Quảng Thành đi", true]]);
  });

  it("reaches back at most eight words, so a window in a long sentence does not start it", () => {
    const text = "một hai ba bốn năm sáu bảy tám chín mười về xã Hải Hà hôm nay";
    expect(parts(text)).toEqual([["năm sáu bảy tám chín mười về xã Hải Hà hôm", false]]);
  });

  it("starts again after a sentence's end, but not after the dot of an abbreviation such as TP.", () => {
    expect(parts("Trời mưa. Ông Trí về TP. Hạ Long")).toEqual([
      ["Trời mưa", true],
      // From just after the dot: the space is no word.
      [" Ông Trí về TP. Hạ Long", true],
    ]);
  });

  it("merges windows that overlap into one", () => {
    const found = parts("Đoàn công tác của UBND xã Quảng Thành và Trường THCS Quảng Minh làm việc.");
    expect(found).toHaveLength(1);
    expect(found[0]![0]).toBe("Đoàn công tác của UBND xã Quảng Thành và Trường THCS Quảng Minh làm");
  });
});
