/** Authors from a byline (src/content/authors.ts): each name linked, the rest kept as written. */
import { describe, expect, it } from "vitest";
import { authorSlug, authorsOf, bylineParts, compareAuthors } from "../../src/content/authors";

const linked = (byline: string) => bylineParts(byline).map((p) => (p.author ? `[${p.text}→${p.author.slug}]` : p.text)).join("");

describe("bylineParts", () => {
  it("links a single name: the seed's 'Hoàng Giang'", () => {
    expect(bylineParts("Hoàng Giang")).toEqual([{ text: "Hoàng Giang", author: { name: "Hoàng Giang", slug: "hoang-giang" } }]);
  });

  it.each([
    ["Lan Anh - Quốc Bảo", "[Lan Anh→lan-anh] - [Quốc Bảo→quoc-bao]"],
    ["Lan Anh – Quốc Bảo", "[Lan Anh→lan-anh] – [Quốc Bảo→quoc-bao]"],
    ["Lan Anh, Quốc Bảo", "[Lan Anh→lan-anh], [Quốc Bảo→quoc-bao]"],
    ["Lan Anh và Quốc Bảo", "[Lan Anh→lan-anh] và [Quốc Bảo→quoc-bao]"],
    ["Lan Anh & Quốc Bảo", "[Lan Anh→lan-anh] & [Quốc Bảo→quoc-bao]"],
  ])("two names joined by a comma, a spaced dash, 'và' or '&' are two authors: %s", (byline, expected) => {
    expect(linked(byline)).toBe(expected);
  });

  it("keeps a reprint's 'Theo', an outlet after a slash and a note in brackets as text, outside the link", () => {
    expect(linked("Theo Vi Thắm")).toBe("Theo [Vi Thắm→vi-tham]");
    expect(linked("Hồng Nhung/VOV-Miền Trung")).toBe("[Hồng Nhung→hong-nhung]/VOV-Miền Trung");
    expect(linked("Kim Thanh (T/h)")).toBe("[Kim Thanh→kim-thanh] (T/h)");
    expect(linked("Minh Hà (Trung tâm TTVH-TT huyện Hải Hà)")).toBe("[Minh Hà→minh-ha] (Trung tâm TTVH-TT huyện Hải Hà)");
    expect(linked("Thu Hà.")).toBe("[Thu Hà→thu-ha].");
  });

  it("a dash inside a word joins: 'VOV-Miền Trung' is one outlet, not two names", () => {
    expect(authorsOf("Hồng Nhung/VOV-Miền Trung")).toEqual(["Hồng Nhung"]);
  });

  it("writes a name set in capitals as a name (the link text stays as the dump wrote it)", () => {
    expect(bylineParts("H.NGỌC DIỆP")).toEqual([{ text: "H.NGỌC DIỆP", author: { name: "H.Ngọc Diệp", slug: "h-ngoc-diep" } }]);
    expect(authorsOf("Theo MỘC LAN")).toEqual(["Mộc Lan"]);
  });

  it("links no sentence and nothing without a letter", () => {
    expect(authorsOf("Đây là một câu dài hơn sáu chữ không phải tên người")).toEqual([]);
    expect(linked("Đây là một câu dài hơn sáu chữ không phải tên người")).toBe("Đây là một câu dài hơn sáu chữ không phải tên người");
    expect(authorsOf("- 2020 -")).toEqual([]);
    expect(authorsOf("<img src=x onerror=alert(1)> Minh Hà")).toEqual([]);
    expect(authorsOf("PV 24h")).toEqual([]);
    expect(authorsOf("")).toEqual([]);
    expect(authorsOf(null)).toEqual([]);
  });

  it("keeps every character of the byline, in order", () => {
    for (const byline of ["Theo Lan Anh - Quốc Bảo/TTXVN", "A và B, C – D (CTV)", "Kim Thanh (T/h)"]) {
      expect(bylineParts(byline).map((p) => p.text).join("")).toBe(byline);
    }
  });
});

describe("authorsOf", () => {
  it("names each author once, compared by slug, in the byline's order", () => {
    expect(authorsOf("Quốc Bảo - Lan Anh, QUỐC BẢO")).toEqual(["Quốc Bảo", "Lan Anh"]);
  });
});

describe("authorSlug and compareAuthors", () => {
  it("folds the name into an ASCII slug, whatever its case or marks", () => {
    expect(authorSlug("Đức Hùng")).toBe("duc-hung");
    expect(authorSlug("H.Ngọc Diệp")).toBe(authorSlug("H. NGỌC DIỆP"));
  });

  it("orders by given name, the last word, as Vietnamese lists do, then by the whole name", () => {
    expect(["Hoàng Giang", "Thu Hà", "Đức Thắng", "Minh Anh", "Lê Thu Hà"].sort(compareAuthors)).toEqual(["Minh Anh", "Hoàng Giang", "Lê Thu Hà", "Thu Hà", "Đức Thắng"]);
  });
});
