import { describe, expect, it } from "vitest";
import { findTail, parseTags, tailKind } from "../../src/content/tail";
import { toLines } from "../../src/content/normalize";

describe("tailKind", () => {
  it.each(["Tin liên quan", "TIN LIÊN QUAN", "tin liên quan:", "Tin cùng chuyên mục", "Bài liên quan"])("%j is a related header", (t) =>
    expect(tailKind(t)).toBe("related"),
  );
  it("recognises comments and tags", () => {
    expect(tailKind("Ý kiến bạn đọc")).toBe("comments");
    expect(tailKind("Từ khóa: Hải Hà, nông thôn mới")).toBe("tags");
    expect(tailKind("Từ khoá: Hải Hà")).toBe("tags");
  });
  it("ignores the words inside a sentence", () => {
    expect(tailKind("Tin liên quan đến vụ việc đã được báo cáo.")).toBeNull();
  });
});

describe("parseTags", () => {
  it("splits on commas and semicolons", () => {
    expect(parseTags("Từ khóa: Hải Hà, nông thôn mới; chi bộ.")).toEqual(["Hải Hà", "nông thôn mới", "chi bộ"]);
  });
});

describe("findTail", () => {
  it("counts the placeholders under Tin liên quan", () => {
    const lines = toLines("Tiêu đề\n\nĐoạn.\n\nHoàng Giang\n\nTin liên quan\n\n.\n.\n.");
    const tail = findTail(lines, 1);
    expect(tail.start).toBe(6);
    expect(tail.relatedPlaceholders).toBe(3);
    expect(tail.tags).toBeNull();
  });

  it("reads tags and does not count placeholders under comments", () => {
    const lines = toLines("Tiêu đề\nĐoạn.\nTừ khóa: Hải Hà, chi bộ\nÝ kiến bạn đọc\n.\n.\nTin cùng chuyên mục\n.");
    const tail = findTail(lines, 1);
    expect(tail.tags).toEqual(["Hải Hà", "chi bộ"]);
    expect(tail.relatedPlaceholders).toBe(1);
  });

  it("keeps text found under a header aside", () => {
    const tail = findTail(toLines("T\nĐoạn.\nTin liên quan\n.\nMột bài khác còn tiêu đề"), 1);
    expect(tail.extra.map((l) => l.text)).toEqual(["Một bài khác còn tiêu đề"]);
  });

  it("has no tail when there is no header", () => {
    expect(findTail(toLines("T\nĐoạn."), 1)).toEqual({ start: 2, relatedPlaceholders: 0, tags: null, extra: [] });
  });

  it("keeps each tag once, across Từ khóa lines, in order of first mention", () => {
    const tail = findTail(toLines("T\nĐoạn.\nTừ khóa: a, b, a\nTừ khóa: c; b"), 1);
    expect(tail.tags).toEqual(["a", "b", "c"]);
  });
});
