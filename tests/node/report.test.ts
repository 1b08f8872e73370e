import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/content/parse";
import { boilerplateLine, duration, groupReasons, reasonOf, removedLine, skippedLine, skippedReasons } from "../../src/node/report";
import { splitResult } from "../../src/content/records";

describe("reasonOf", () => {
  it("keeps what went wrong and drops one file's details and the advice", () => {
    expect(reasonOf("not valid UTF-8 (byte 0xE1 at offset 561); re-save the file as UTF-8")).toBe("not valid UTF-8");
    expect(reasonOf("impossible date 31/02/2020; publishedAt left empty")).toBe("impossible date 31/02/2020");
  });
});

describe("groupReasons", () => {
  it("masks a number only where it differs between the files of a group", () => {
    expect(groupReasons(["impossible date 31/02/2020", "impossible date 30/02/2019", "impossible date 31/02/2020"])).toEqual([
      ["impossible date N", 3],
    ]);
    expect(groupReasons(["a title over 300 characters", "a title over 300 characters"])).toEqual([["a title over 300 characters", 2]]);
    expect(groupReasons(["line 4 and 300 characters", "line 9 and 300 characters"])).toEqual([["line N and 300 characters", 2]]);
  });

  it("never masks a number that is part of a name (UTF-16, 0xE1, GMT+7)", () => {
    const reasons = ["is UTF-16 text, not UTF-8", "is UTF-16 text, not UTF-8", "byte 0xE1 in GMT+7"];
    expect(groupReasons(reasons)).toEqual([
      ["is UTF-16 text, not UTF-8", 2],
      ["byte 0xE1 in GMT+7", 1],
    ]);
  });

  it("prints UTF-16 as UTF-16 in the skipped-files line", () => {
    const utf16 = Buffer.from([0xff, 0xfe, 0x41, 0x00]);
    const line = skippedLine([parseArticle("x.txt", utf16), parseArticle("y.txt", utf16)])!;
    expect(line).toContain("2 is UTF-16 text");
    expect(line).not.toMatch(/UTF-1N/);
  });
});

describe("skippedReasons and skippedLine", () => {
  const results = [
    parseArticle("a.txt", "Bài A\n16/03/2020\nMở đầu."),
    parseArticle("b.txt", ""),
    parseArticle("c.txt", "   \n"),
    parseArticle("d.txt", Buffer.from([0x41, 0x0a, 0xc3])),
  ];

  it("counts skipped files by the reason of their first error, most common first", () => {
    const reasons = skippedReasons(results);
    expect(reasons.reduce((n, [, count]) => n + count, 0)).toBe(3);
    expect(reasons[0]![1]).toBeGreaterThanOrEqual(reasons.at(-1)![1]);
    expect(reasons.map(([reason]) => reason)).toContain("not valid UTF-8");
  });

  it("says nothing when no file was skipped", () => {
    expect(skippedLine(results.slice(0, 1))).toBeNull();
    const line = skippedLine(results)!;
    expect(line.startsWith("news: 3 skipped files, by reason: ")).toBe(true);
    expect(line).toContain("1 not valid UTF-8");
  });
});

describe("duration", () => {
  it("reads as milliseconds below a second and tenths of seconds above", () => {
    expect(duration(87.4)).toBe("87 ms");
    expect(duration(12_345)).toBe("12.3 s");
  });
});

describe("removedLine", () => {
  const dump = "Tiêu đề\n\nMở đầu.\n\nA A\n\nĐoạn.\n\n>> Một bài khác\n\n>> Bài nữa\n\nChia sẻ";
  it("adds up the furniture of every article by reason, most first, from parse results or records alike", () => {
    const parsed = [parseArticle("a.txt", dump), parseArticle("b.txt", "Tiêu đề\n\nMở đầu.\n\nIn bài")];
    const expected = "news: 5 lines of page furniture kept out of the body, by reason: 2 related, 1 font-size, 1 print, 1 share";
    expect(removedLine(parsed)).toBe(expected);
    expect(removedLine(parsed.map((r) => splitResult(r).result))).toBe(expected);
  });
  it("is null when no article had any", () => {
    expect(removedLine([parseArticle("a.txt", "Tiêu đề\n\nMở đầu.")])).toBeNull();
  });
});

describe("boilerplateLine", () => {
  it("names the lines, the threshold and the articles", () => {
    expect(boilerplateLine({ lines: 2, articles: 57 }, 3)).toBe("news: 2 lines recur in 3 or more dumps (an outlet's boilerplate), kept out of 57 articles");
    expect(boilerplateLine({ lines: 1, articles: 1 }, 3)).toBe("news: 1 line recurs in 3 or more dumps (an outlet's boilerplate), kept out of 1 article");
    expect(boilerplateLine({ lines: 0, articles: 0 }, 3)).toBeNull();
  });
});
