import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { idFromFile, parseArticle } from "../../src/content/parse";
import { unplacedLines } from "../../src/content/coverage";
import type { Article, Block } from "../../src/content/types";

const SEED = "seeds/000_5f679b6fde1a2fd2.txt";
const seedText = readFileSync(SEED, "utf8");

const ofType = <T extends Block["type"]>(a: Article, type: T) => a.body.filter((b): b is Extract<Block, { type: T }> => b.type === type);
const parse = (text: string, file = "x.txt") => parseArticle(file, text);
const article = (text: string) => {
  const r = parse(text);
  expect(r.article, JSON.stringify(r.problems)).not.toBeNull();
  return r.article!;
};

describe("the seed", () => {
  const r = parseArticle(SEED, readFileSync(SEED));
  const a = r.article!;

  it("parses with no problems", () => expect(r.problems).toEqual([]));
  it("has the contract's identity fields", () => {
    expect(a.id).toBe("000_5f679b6fde1a2fd2");
    expect(a.slug).toBe("kinh-nghiem-tu-mot-dang-bo-tieu-bieu-o-hai-ha");
    expect(a.title).toBe("Kinh nghiệm từ một đảng bộ tiêu biểu ở Hải Hà");
  });
  it("keeps the dateline as written and reads publishedAt", () => {
    expect(a.dateline).toBe("Thứ Hai, 16/03/2020, 11:28 [GMT+7]");
    expect(a.publishedAt).toBe("2020-03-16T11:28:00+07:00");
  });
  it("takes the first text block as the lead", () => {
    expect(a.lead).toMatch(/^Nhiệm kỳ 2015-2020, Đảng bộ xã Quảng Thành/);
    expect(a.lead).toMatch(/quản lý đảng viên\.$/);
  });
  it("has 10 paragraphs, 2 figures and 2 pull quotes in reading order", () => {
    expect(ofType(a, "paragraph")).toHaveLength(10);
    expect(a.body.map((b) => b.type)).toEqual([
      "figure", "paragraph", "paragraph", "paragraph", "pullquote", "paragraph", "paragraph", "paragraph",
      "figure", "paragraph", "pullquote", "paragraph", "paragraph", "paragraph",
    ]);
  });
  it("reads each figure as alt, then caption, with its line", () => {
    const [f1, f2] = ofType(a, "figure");
    expect(f1).toMatchObject({ line: 9, alt: expect.stringMatching(/chào mừng Đại hội Đảng bộ các cấp nhiệm kỳ/), caption: expect.stringMatching(/đại hội đảng bộ các cấp, nhiệm kỳ/) });
    expect(f2).toMatchObject({ line: 24, alt: expect.stringMatching(/^Hộ ông Vũ Văn Thiết là một/), caption: expect.stringMatching(/^Hộ ông Vũ Văn Thiết, một/) });
    expect(f1!.credit).toBeUndefined();
  });
  it("draws pull quotes from both attributed speeches, right after their paragraphs", () => {
    const quotes = ofType(a, "pullquote");
    expect(quotes.map(({ name, role }) => ({ name, role }))).toEqual([
      { name: "Trần Văn Trí", role: "Bí thư Đảng ủy, Chủ tịch UBND xã Quảng Thành" },
      { name: "Đặng Xuân Túc", role: "Bí thư chi bộ, Trưởng thôn Hải Đông (xã Quảng Thành)" },
    ]);
    for (const q of quotes) {
      const i = a.body.indexOf(q);
      expect(a.body[i - 1]).toMatchObject({ type: "paragraph", line: q.line });
      expect(q.text.length).toBeLessThanOrEqual(221);
    }
  });
  it("finds the byline and counts the related placeholders", () => {
    expect(a.byline).toBe("Hoàng Giang");
    expect(a.relatedPlaceholders).toBe(8);
    expect(a.tags).toBeUndefined();
  });
  it("loses nothing", () => expect(unplacedLines(seedText, a)).toEqual([]));
  it("gives each block the 1-based line it starts on", () => {
    const lines = seedText.split("\n");
    for (const b of a.body) {
      const first = b.type === "figure" ? b.alt : b.type === "paragraph" ? b.text : null;
      if (first) expect(lines[b.line - 1]).toBe(first);
    }
  });
});

describe("normalising input", () => {
  const base = parseArticle(SEED, readFileSync(SEED)).article!;
  it.each([
    ["CRLF", seedText.replace(/\n/g, "\r\n")],
    ["CR", seedText.replace(/\n/g, "\r")],
    ["a BOM", "\uFEFF" + seedText],
    ["NFD text", seedText.normalize("NFD")],
    ["trailing spaces", seedText.replace(/\n/g, "  \n")],
    ["invisible characters", seedText.replace(/Quảng Thành/g, "Quảng\u200B Thành\u00AD").replace(/Hải Hà/, "Hải\uFEFF Hà")],
  ])("gives the same article for %s", (_what, text) => {
    const r = parseArticle(SEED, text);
    expect(r.problems).toEqual([]);
    expect(r.article).toEqual(base);
  });
});

describe("bad input: errors for that file alone", () => {
  it.each([
    ["an empty file", "", /no text/],
    ["only blank lines", "\n\n  \n", /no text/],
    ["only placeholders", ".\n.\n\n…\n", /only placeholder/],
  ])("rejects %s", (_what, text, message) => {
    const r = parse(text, "seeds/bad.txt");
    expect(r.article).toBeNull();
    expect(r.problems).toEqual([{ file: "seeds/bad.txt", line: 1, severity: "error", message: expect.stringMatching(message) }]);
  });
  it("rejects invalid UTF-8 at its line", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("Tiêu đề\n\n"), 0xc3, 0x28, 0x0a]);
    const r = parseArticle("seeds/latin1.txt", bytes);
    expect(r.article).toBeNull();
    expect(r.problems).toMatchObject([{ file: "seeds/latin1.txt", line: 3, severity: "error" }]);
  });
  it("rejects a NUL byte at its line", () => {
    const r = parseArticle("b.txt", new Uint8Array([0x41, 0x0a, 0x42, 0x00]));
    expect(r.article).toBeNull();
    expect(r.problems).toMatchObject([{ line: 2, severity: "error", message: expect.stringMatching(/NUL/) }]);
  });
});

describe("warnings: the article is kept", () => {
  it("warns when there is no dateline, and leaves publishedAt empty", () => {
    const r = parse("Tiêu đề\n\nĐoạn mở đầu.\n\nĐoạn hai.");
    expect(r.article).toMatchObject({ dateline: null, publishedAt: null, lead: "Đoạn mở đầu." });
    expect(r.problems).toMatchObject([{ line: 1, severity: "warning", message: expect.stringMatching(/no dateline/) }]);
  });
  it("warns on an impossible date at the dateline's line", () => {
    const r = parse("Tiêu đề\n\n31/02/2020, 10:00\n\nĐoạn mở đầu.");
    expect(r.article).toMatchObject({ dateline: "31/02/2020, 10:00", publishedAt: null });
    expect(r.problems).toMatchObject([{ line: 3, severity: "warning", message: expect.stringMatching(/impossible date/) }]);
  });
  it("warns on a weekday that does not match, keeping the date", () => {
    const r = parse("Tiêu đề\nThứ Sáu, 16/03/2020\nĐoạn mở đầu.");
    expect(r.article!.publishedAt).toBe("2020-03-16T00:00:00+07:00");
    expect(r.article!.hasTime).toBe(false);
    expect(r.problems).toMatchObject([{ line: 2, severity: "warning", message: expect.stringMatching(/does not match/) }]);
  });
  it("takes the line after a leading dateline as the title, with a warning", () => {
    const r = parse("16/03/2020, 11:28\nTiêu đề thật\n\nĐoạn mở đầu.");
    expect(r.article).toMatchObject({ title: "Tiêu đề thật", dateline: "16/03/2020, 11:28", lead: "Đoạn mở đầu." });
    expect(r.problems[0]).toMatchObject({ line: 1, severity: "warning" });
  });
  it("keeps text found under Tin liên quan aside, with a warning", () => {
    const r = parse("Tiêu đề\n16/03/2020\n\nĐoạn mở đầu.\n\nTin liên quan\n.\nMột tiêu đề bài khác");
    expect(r.article!.tailText).toEqual(["Một tiêu đề bài khác"]);
    expect(r.article!.relatedPlaceholders).toBe(1);
    expect(r.problems).toMatchObject([{ line: 8, severity: "warning" }]);
  });
});

describe("rules on smaller dumps", () => {
  it("takes the title from the first non-placeholder line", () => {
    expect(article(".\n\n.\nTiêu đề\n16/03/2020\nMở đầu.").title).toBe("Tiêu đề");
  });
  it("skips a figure before the lead; the figure stays first in the body", () => {
    const a = article("Tiêu đề\n16/03/2020\n\nCầu mới ở Quảng Long\nCầu mới ở xã Quảng Long\n\nMở đầu bài.\n\nĐoạn hai.");
    expect(a.lead).toBe("Mở đầu bài.");
    expect(a.body.map((b) => b.type)).toEqual(["figure", "paragraph"]);
  });
  it("makes the other lines of a multi-line lead block paragraphs", () => {
    const a = article("Tiêu đề\n16/03/2020\nMở đầu.\nCâu thứ hai hoàn toàn khác.");
    expect(a.lead).toBe("Mở đầu.");
    expect(a.body).toEqual([{ type: "paragraph", text: "Câu thứ hai hoàn toàn khác.", line: 4 }]);
  });
  it("has no byline when the last line is a sentence", () => {
    const a = article("Tiêu đề\n16/03/2020\n\nMở đầu.\n\nĐoạn cuối cùng kết thúc bằng dấu chấm.\n\nTin liên quan\n.");
    expect(a.byline).toBeNull();
    expect(a.body.at(-1)).toMatchObject({ text: "Đoạn cuối cùng kết thúc bằng dấu chấm." });
  });
  it("never takes the lead as the byline", () => {
    const a = article("Tiêu đề\n16/03/2020\n\nHoàng Giang");
    expect(a).toMatchObject({ lead: "Hoàng Giang", byline: null, body: [] });
  });
  it("keeps a byline with its newsroom unit", () => {
    expect(article("T\n16/03/2020\nMở đầu.\n\nThu Trang (Trung tâm TTVH-TT huyện Hải Hà)").byline).toBe("Thu Trang (Trung tâm TTVH-TT huyện Hải Hà)");
  });
  it("reads tags and ends the body at Từ khóa and Ý kiến bạn đọc", () => {
    const text = "T\n16/03/2020\nMở đầu.\n\nĐoạn.\n\nMinh Hà\n\nTừ khóa: Hải Hà, nông thôn mới\n\nÝ kiến bạn đọc\n.\n\nBài liên quan\n.\n.";
    const a = article(text);
    expect(a).toMatchObject({ byline: "Minh Hà", tags: ["Hải Hà", "nông thôn mới"], relatedPlaceholders: 2 });
    expect(a.body).toHaveLength(1);
    expect(unplacedLines(text, a)).toEqual([]);
  });
  it("counts the placeholders under Tin cùng chuyên mục", () => {
    expect(article("T\n16/03/2020\nMở đầu.\nTin cùng chuyên mục\n.\n.\n.").relatedPlaceholders).toBe(3);
  });
  it("keeps a caption's credit as the name only", () => {
    const a = article("T\n16/03/2020\n\nMở đầu.\n\nLúa chín ở Quảng Long\nLúa chín vàng ở Quảng Long (Ảnh: Thu Trang)");
    expect(a.body).toEqual([{ type: "figure", alt: "Lúa chín ở Quảng Long", caption: "Lúa chín vàng ở Quảng Long", credit: "Thu Trang", line: 6 }]);
  });
  it("keeps a title-only dump as an article with a warning", () => {
    const r = parse("Chỉ có tiêu đề");
    expect(r.article).toMatchObject({ title: "Chỉ có tiêu đề", lead: null, body: [], byline: null });
    expect(r.problems.map((p) => p.severity)).toEqual(["warning"]);
  });
});

describe("datelines of other outlets, under the title or after an outlet line", () => {
  it.each([
    ["Thứ tư, 10/9/2025, 16:30 (GMT+7)", "2025-09-10T16:30:00+07:00", true],
    ["Cập nhật: 16/03/2020 11:28", "2020-03-16T11:28:00+07:00", true],
    ["Thứ Hai, ngày 16 tháng 3 năm 2020", "2020-03-16T00:00:00+07:00", false],
    ["2018-11-26 00:00:00", "2018-11-26T00:00:00+07:00", false],
    ["2020-03-16T04:28:00Z", "2020-03-16T04:28:00+00:00", true],
  ])("%j gives the article its date, and is not body text", (line, iso, hasTime) => {
    const a = article(`Tàu cá vươn khơi\n\nTuổi Trẻ Online\n\n${line}\n\nNgư dân ra khơi từ sáng sớm, mùa cá năm nay được giá.\n\nĐoạn thứ hai của bài.\n`);
    expect(a).toMatchObject({ publishedAt: iso, hasTime, dateline: line });
    expect(JSON.stringify(a.body)).not.toContain(line);
  });
  it("never takes a date inside a sentence", () => {
    const a = article("Tàu cá vươn khơi\n\nNgày 16 tháng 3 năm 2020, ngư dân ra khơi từ sáng sớm.\n");
    expect(a.publishedAt).toBeNull();
  });
});

describe("outlet marks on the lead, and the place line beside it", () => {
  it("Tuổi Trẻ: a TTO - lead under the title, no dateline", () => {
    const text = "Lễ hội cốm làng Vòng\n\nTTO - Sáng 12-10, bà con mang cốm đến đình.\n\nNgười làng giã cốm từ đêm.\n";
    const a = article(text);
    expect(a).toMatchObject({ lead: "Sáng 12-10, bà con mang cốm đến đình.", source: "TTO", publishedAt: null });
    expect(unplacedLines(text, a)).toEqual([]);
  });
  it("Dân trí: (Dân trí) - on the sapo; a reprint's province alone after it", () => {
    const text = "Đàn vịt lạc vào sân trường\n\n2020-09-14 00:00:00\n\n(Dân trí) - Đàn vịt đứng giữa sân cả buổi sáng.\n\nYên Bái\n\nSáng 13-9, lớp 4B thấy đàn vịt lạ.\n";
    const a = article(text);
    expect(a).toMatchObject({ lead: "Đàn vịt đứng giữa sân cả buổi sáng.", source: "Dân trí", place: "Yên Bái", publishedAt: "2020-09-14T00:00:00+07:00", hasTime: false });
    expect(a.body.map((b) => (b.type === "paragraph" ? b.text : b.type))).toEqual(["Sáng 13-9, lớp 4B thấy đàn vịt lạ."]);
    expect(unplacedLines(text, a)).toEqual([]);
  });
  it("a place line above the lead", () => {
    const a = article("Mưa lớn ở miền Tây\n\nCần Thơ\n\nMưa kéo dài từ chiều qua.\n\nĐường ngập sâu.\n");
    expect(a).toMatchObject({ lead: "Mưa kéo dài từ chiều qua.", place: "Cần Thơ" });
  });
  it("VnExpress: the - VnExpress tail after the sapo's last sentence, behind a no-break space", () => {
    const text = "Phà gỗ nghỉ chạy ba ngày\n\n2019-04-06 00:00:00\n\nNước lên, bến phà đóng.\u00a0- VnExpress\n\nSáng 5/4, nước sông lên cao 2 m.\n";
    const a = article(text);
    expect(a).toMatchObject({ lead: "Nước lên, bến phà đóng.", source: "VnExpress" });
    expect(unplacedLines(text, a)).toEqual([]);
  });
  it("a province named alone deeper in the body stays text, and a crosshead is no place", () => {
    const a = article("Tin ngắn\n\nNgư dân ra khơi.\n\nĐoạn một.\n\nQuảng Ninh\n\nĐi tìm chủ trâu\n");
    expect(a.place).toBeUndefined();
    expect(a.body.map((b) => (b.type === "paragraph" ? b.text : b.type))).toEqual(["Đoạn một.", "Quảng Ninh", "Đi tìm chủ trâu"]);
  });
});

describe("figures of other outlets", () => {
  it("VnExpress: lone captions and a video's, each a figure with its credit; nothing lost", () => {
    const text = "Phà gỗ nghỉ chạy\n\n2019-04-06 00:00:00\n\nNước lên, bến phà đóng.\n\nSáng 5/4, nước sông lên cao 2 m.\n\nBến phà vắng người. Ảnh: Kha Lộc.\n\nPhà neo bên bờ. Video: Kha Lộc.\n\nKha Lộc\n";
    const a = article(text);
    expect(a.body.filter((b) => b.type === "figure")).toEqual([
      { type: "figure", alt: "Bến phà vắng người.", caption: "Bến phà vắng người.", credit: "Kha Lộc", line: 9 },
      { type: "figure", alt: "Phà neo bên bờ.", caption: "Phà neo bên bờ.", credit: "Kha Lộc", line: 11 },
    ]);
    expect(a.byline).toBe("Kha Lộc");
    expect(unplacedLines(text, a)).toEqual([]);
  });
  it("Tuổi Trẻ: a marker line, then its caption, is one figure (the marker its alt)", () => {
    const text = "Lễ hội bí đỏ\n\nTTO - Sáng 12-10, bà con mang bí đến.\n\nLễ hội bí đỏ - mùa thứ ba - Ảnh 1.\n\nQuả bí nặng nhất 41kg - Ảnh: T.L.\n\nBan tổ chức trao giải chiều nay.\n";
    const a = article(text);
    expect(a.body[0]).toEqual({ type: "figure", alt: "Lễ hội bí đỏ - mùa thứ ba - Ảnh 1.", caption: "Quả bí nặng nhất 41kg", credit: "T.L.", line: 5 });
    expect(unplacedLines(text, a)).toEqual([]);
  });
});

describe("idFromFile", () => {
  it("drops the folder and the .txt", () => {
    expect(idFromFile("seeds/000_5f679b6fde1a2fd2.txt")).toBe("000_5f679b6fde1a2fd2");
    expect(idFromFile("C:\\dumps\\a.TXT")).toBe("a");
  });
});
