import { describe, expect, it } from "vitest";
import { decodeUtf8, firstInvalidUtf8, lineOfByte, wrongKindOfFile } from "../../src/content/decode";

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...new TextEncoder().encode(p)] : p)));

describe("decodeUtf8", () => {
  it("decodes valid UTF-8, Vietnamese included", () => {
    expect(decodeUtf8(bytes("Hải Hà\nQuảng Thành"))).toEqual({ ok: true, text: "Hải Hà\nQuảng Thành" });
  });

  it("rejects invalid UTF-8 with the line of the bad byte and what to do", () => {
    const r = decodeUtf8(bytes("Tiêu đề\n\nđoạn một\n", [0x48, 0xe1, 0xba], "\n"));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.line).toBe(4);
    expect(r.message).toMatch(/not valid UTF-8/);
    expect(r.message).toMatch(/UTF-8/);
  });

  it("rejects Windows-1258 / Latin-1 bytes (a lone 0xFF)", () => {
    const r = decodeUtf8(bytes("a\r\nb\r\n", [0xff]));
    expect(r).toMatchObject({ ok: false, line: 3 });
  });

  it("rejects a NUL byte, naming its line", () => {
    const r = decodeUtf8(bytes("Tiêu đề\nmột\nhai", [0], "ba"));
    expect(r).toMatchObject({ ok: false, line: 3 });
    if (!r.ok) expect(r.message).toMatch(/NUL/);
  });

  it("rejects a NUL in already decoded text too", () => {
    expect(decodeUtf8("a\u0000b")).toMatchObject({ ok: false, line: 1 });
  });
});

describe("firstInvalidUtf8", () => {
  it.each([
    ["overlong encoding of '/'", [0xc0, 0xaf], 0],
    ["UTF-16 surrogate", [0x41, 0xed, 0xa0, 0x80], 1],
    ["truncated sequence at the end", [0x41, 0xe1, 0xba], 1],
    ["stray continuation byte", [0x80], 0],
    ["beyond U+10FFFF", [0xf4, 0x90, 0x80, 0x80], 0],
  ])("finds %s", (_name, input, at) => {
    expect(firstInvalidUtf8(new Uint8Array(input))).toBe(at);
  });

  it("accepts 4-byte characters", () => {
    expect(firstInvalidUtf8(bytes("😀 ổn"))).toBe(-1);
  });
});

describe("lineOfByte", () => {
  it("counts LF, CRLF and lone CR line ends alike", () => {
    expect(lineOfByte(bytes("a\nb\r\nc\rd"), 7)).toBe(4);
  });
});

describe("wrongKindOfFile", () => {
  it.each([
    ["a PNG image", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0], /^is a PNG image, not a text dump; remove it .*<n>\.png\)$/],
    ["a JPEG image", [0xff, 0xd8, 0xff, 0xe0], /^is a JPEG image, .*<n>\.jpg\)$/],
    ["a GIF image", [...new TextEncoder().encode("GIF89a"), 1, 0], /^is a GIF image, not a text dump; remove it from the seeds folder$/],
    ["a WebP image", [...new TextEncoder().encode("RIFF"), 1, 2, 3, 4, ...new TextEncoder().encode("WEBPVP8 ")], /^is a WebP image, .*<n>\.webp\)$/],
    ["a PDF", [...new TextEncoder().encode("%PDF-1.7\n")], /^is a PDF document, not a text dump; remove it/],
    ["a ZIP or .docx", [0x50, 0x4b, 0x03, 0x04, 0x14], /^is a ZIP archive .*; remove it/],
    ["UTF-16 LE", [0xff, 0xfe, 0x54, 0x00], /^is UTF-16 text .*re-save it as UTF-8, e\.g\. iconv -f UTF-16 -t UTF-8$/],
    ["UTF-16 BE", [0xfe, 0xff, 0x00, 0x54], /^is UTF-16 text/],
  ])("names %s and what to do with it", (_what, input, message) => {
    expect(wrongKindOfFile(new Uint8Array(input))).toMatch(message);
    expect(decodeUtf8(new Uint8Array(input))).toEqual({ ok: false, line: 1, message: expect.stringMatching(message) });
  });

  it("leaves text alone, even text that starts like a signature", () => {
    expect(wrongKindOfFile(bytes("Tiêu đề\n"))).toBeNull();
    expect(wrongKindOfFile(bytes("RIFF là gì?\n"))).toBeNull();
    expect(wrongKindOfFile(bytes("GIF"))).toBeNull();
    expect(wrongKindOfFile(new Uint8Array())).toBeNull();
  });
});
