/**
 * Properties of the parser over random and mutated dumps (fast-check): it never throws, every
 * result keeps the contract's shape (an error alone, or an article whose text is all placed and
 * whose line numbers point at the right lines), and it stays linear in the size of its input.
 */
import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/content/parse";
import { unplacedLines } from "../../src/content/coverage";
import { toLines } from "../../src/content/normalize";
import { buildCorpus } from "../../src/content/corpus";
import type { ParseResult } from "../../src/content/types";

// ── Arbitraries ─────────────────────────────────────────────────────────────────────────────

/** Words a dump is made of, with the characters and markup that have tripped parsers before. */
const WORDS = [
  "Hải", "Hà", "đường", "xã", "Quảng", "Thành", "Minh", "Nguyễn", "Văn", "An", "UBND", "cho", "biết", "nói",
  "chia", "sẻ", "thêm", "Ảnh:", "ảnh", "ông", "bà", "đồng", "chí", "TS.", "Tin", "liên", "quan", "Từ", "khóa:",
  "và", "-", "–", ",", ":", ";", ".", "…", "...", "!", "?", "(", ")", "[", "]", "“", "”", '"', "&", "/",
  "16/03/2020", "1/1/1899", "31/12/2999", "31/02/2020", "11:28", "25:61", "[GMT+7]", "GMT+25", "Thứ", "Hai", "CN",
  "<script>", "</script>", "<img", "src=x", "onerror=alert(1)>", "javascript:alert(1)", "\u2028", "\u00A0", "\t",
  "  ", "\u200B", "\u00AD", "\uFEFF", "\u034F", "e\u0301", "😀", "\u0000",
];
const word = fc.constantFrom(...WORDS);
const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((ws) => ws.join(" "));

/** Whole lines of the kinds a dump has, written out in full. */
const LINES = [
  "", "", "", ".", "…", ". . .", "Tin liên quan", "Tin cùng chuyên mục:", "Ý kiến bạn đọc", "Từ khóa: Hải Hà, nông thôn mới; Quảng Thành.",
  "Từ khóa:", "Thứ Hai, 16/03/2020, 11:28 [GMT+7]", "27/09/2020, 21:58", "18:59, 31/01/2020", "30/12/1899", "31/12/2999 | 23:59 GMT+7",
  "31/02/2020, 25:61", "Thứ Sáu, 16/03/2020", "Minh Hà", "Hoàng Giang (TTXVN)", "Thu Trang - Minh Hà",
  "Ông Nguyễn Văn An, Chủ tịch UBND xã, cho biết: Chúng tôi làm đường. Bà con góp công.",
  "“Đường đã xong”, bà Lê Thị Mai, Chủ tịch Hội Phụ nữ xã, chia sẻ.",
  "<script>alert(1)</script>", "Cầu mới ở Quảng Long (Ảnh: </script>)",
];
const line = fc.oneof(
  { weight: 6, arbitrary: sentence },
  { weight: 3, arbitrary: fc.constantFrom(...LINES) },
  // An image as alt + caption: the same words, a word more, maybe a credit.
  { weight: 1, arbitrary: fc.tuple(sentence, word, fc.boolean()).map(([s, w, credit]) => `${s}\n${s} ${w}${credit ? " Ảnh: Thu Trang" : ""}`) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
);
const lineEnd = fc.constantFrom("\n", "\r\n", "\r");

/** A random dump: lines in any order, any line end, maybe a BOM, maybe decomposed. */
const dump = fc
  .record({ lines: fc.array(line, { maxLength: 40 }), eol: lineEnd, bom: fc.boolean(), nfd: fc.boolean() })
  .map(({ lines, eol, bom, nfd }) => {
    const text = (bom ? "\uFEFF" : "") + lines.join(eol);
    return nfd ? text.normalize("NFD") : text;
  });

const seeds = readdirSync("seeds").filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(`seeds/${f}`, "utf8"));
const encode = (text: string) => new TextEncoder().encode(text);

type ByteEdit = { kind: "truncate" | "flip" | "nul"; at: number; value: number };
type Mutation =
  | { kind: "delete" | "duplicate" | "swap"; at: number; to: number }
  | { kind: "insert" | "replace"; at: number; text: string }
  | ByteEdit;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom("delete", "duplicate", "swap"), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constantFrom("insert", "replace"), at: fc.nat(), text: line }),
  fc.record({ kind: fc.constantFrom("truncate", "flip", "nul"), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
) as fc.Arbitrary<Mutation>;

/** A seed dump with a few line edits, then perhaps a few byte edits (which may break its UTF-8). */
function mutate(seed: string, mutations: readonly Mutation[]): Uint8Array {
  const lines = seed.split("\n");
  const byteEdits: ByteEdit[] = [];
  for (const m of mutations) {
    const at = m.at % (lines.length + 1);
    if ("value" in m) byteEdits.push(m);
    else if ("text" in m) lines.splice(at, m.kind === "replace" ? 1 : 0, m.text);
    else if (m.kind === "delete") lines.splice(at, 1);
    else if (m.kind === "duplicate") lines.splice(at, 0, lines[m.to % lines.length] ?? "");
    else if (lines.length > 0) {
      const [i, j] = [at % lines.length, m.to % lines.length];
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    }
  }
  let bytes = encode(lines.join("\n"));
  for (const m of byteEdits) {
    const at = bytes.length === 0 ? 0 : m.at % bytes.length;
    if (m.kind === "truncate") bytes = bytes.slice(0, at);
    else if (bytes.length > 0) bytes[at] = m.kind === "nul" ? 0 : m.value;
  }
  return bytes;
}
const mutatedSeed = fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([s, ms]) => mutate(s, ms));

// ── What every result must satisfy ─────────────────────────────────────────────────────────

const SAYS_WHAT_TO_DO = /[;—] .*\b(?:add|remove|re-save|correct|check|put|move)\b/;

/** The contract's invariants for one parse of `input`; throws (fails) when one is broken. */
function expectWellFormed(file: string, input: Uint8Array | string, r: ParseResult): void {
  const text = typeof input === "string" ? input : new TextDecoder().decode(input);
  const lines = toLines(text);
  expect(r.file).toBe(file);
  for (const p of r.problems) {
    expect(p.file).toBe(file);
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.line).toBeLessThanOrEqual(Math.max(1, lines.length));
  }
  const errors = r.problems.filter((p) => p.severity === "error");
  if (r.article === null) {
    expect(errors).toHaveLength(1);
    expect(r.problems).toHaveLength(1);
    expect(errors[0]!.message).toMatch(SAYS_WHAT_TO_DO);
    return;
  }
  expect(errors).toEqual([]);
  const a = r.article;
  expect(a.title).not.toBe("");
  expect(a.slug).toMatch(/^[a-z0-9]*(?:-[a-z0-9]+)*$/);
  // Nothing lost: every text line is in some field.
  expect(unplacedLines(text, a)).toEqual([]);
  // Each block names the line it starts on.
  a.body.forEach((b, i) => {
    const at = lines[b.line - 1];
    // A paragraph is its line — or a part of it, when a flattened body was split at sentence ends.
    if (b.type === "paragraph") expect(at?.text === b.text || (at !== undefined && at.text.length > b.text.length && at.text.includes(b.text))).toBe(true);
    if (b.type === "heading") expect(at?.text).toBe(b.text);
    // A figure's line opens with its alt: the alt line of a pair, or a lone caption (its credit after).
    if (b.type === "figure") expect(at?.text.startsWith(b.alt)).toBe(true);
    // A pull quote follows the paragraph it repeats; a boxed one is its own line.
    if (b.type === "pullquote" && b.boxed) expect(at?.text).toBe(b.text);
    if (b.type === "pullquote" && !b.boxed) expect(a.body[i - 1]).toMatchObject({ type: "paragraph", line: b.line });
  });
}

function check(file: string, input: Uint8Array | string): ParseResult {
  const r = parseArticle(file, input);
  expectWellFormed(file, input, r);
  return r;
}

// ── Properties ─────────────────────────────────────────────────────────────────────────────

describe("the parser on random input", () => {
  it("never throws on arbitrary bytes, and answers with an error or a well-formed article", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => void check("r.txt", bytes)), { numRuns: 400 });
  });

  it("never throws on arbitrary text, lone surrogates and control characters included", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => void check("r.txt", text)), { numRuns: 400 });
  });

  it("loses no text of random dump-like files and numbers their blocks right", () => {
    fc.assert(fc.property(dump, (text) => void check("d.txt", text)), { numRuns: 400 });
  });

  it("reads the same article from UTF-8 bytes as from the text they encode", () => {
    fc.assert(
      fc.property(dump, (text) => {
        expect(parseArticle("d.txt", encode(text.replace(/\u0000/g, "")))).toEqual(parseArticle("d.txt", text.replace(/\u0000/g, "")));
      }),
      { numRuns: 100 },
    );
  });
});

describe("the parser on mutated seed dumps", () => {
  it("never throws, and every answer is a located error or an article that loses nothing", () => {
    fc.assert(fc.property(mutatedSeed, (bytes) => void check("seeds/m.txt", bytes)), { numRuns: 300 });
  });

  it("gives every readable mutant a distinct, plain ASCII slug in a corpus", () => {
    fc.assert(
      fc.property(fc.array(mutatedSeed, { minLength: 2, maxLength: 6 }), (files) => {
        const corpus = buildCorpus(files.map((bytes, i) => parseArticle(`m/${i}.txt`, bytes)));
        const slugs = corpus.summaries.map((s) => s.slug);
        expect(new Set(slugs).size).toBe(slugs.length);
        for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      }),
      { numRuns: 40 },
    );
  });
});

// Timing tests: a loaded 2-core machine can stretch 2 s of work well past Vitest's 5 s default.
describe("the parser's cost", { timeout: 30_000 }, () => {
  /** Median over `runs` batches of the wall time of one parse of `text` (a batch is `reps` parses), in ms. */
  function medianMs(text: string, runs: number, reps = 1): number {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      for (let k = 0; k < reps; k++) parseArticle("big.txt", text);
      times.push((performance.now() - start) / reps);
    }
    return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  }
  /**
   * A ratio of times, measured up to three times while it looks too high, keeping the lowest. A
   * quadratic step is slow every time (10× the input, ~100× the time); a pause of the machine
   * (GC, other jobs on its two cores) rarely strikes three times running.
   */
  function growth(measure: () => number, limit = 20): number {
    let best = measure();
    for (let attempt = 1; attempt < 3 && best >= limit; attempt++) best = Math.min(best, measure());
    return best;
  }
  /** A dump of about `count` lines: a random chunk repeated. */
  const repeated = (chunk: string, count: number) => {
    const per = Math.max(1, chunk.split(/\r\n|\r|\n/).length);
    return `Tiêu đề\n16/03/2020\n\n${Array.from({ length: Math.ceil(count / per) }, () => chunk).join("\n")}`;
  };

  it("stays linear: a random dump 10× longer (20,000 → 200,000 lines) takes under 20× as long", () => {
    const chunk = fc.array(fc.oneof(sentence.map((s) => s.slice(0, 60)), fc.constantFrom(...LINES)), { minLength: 5, maxLength: 30 }).map((ls) => ls.join("\n"));
    fc.assert(
      fc.property(chunk, (c) => {
        const small = repeated(c, 20_000);
        const large = repeated(c, 200_000);
        medianMs(small, 1); // warm up the JIT on this shape
        expect(growth(() => medianMs(large, 3) / medianMs(small, 5))).toBeLessThan(20);
      }),
      { numRuns: 3 },
    );
  });

  /** Where a long line can sit: each step that reads a line whole (dateline, speech, caption, byline, tags, title) gets it. */
  const CONTEXTS: ReadonlyArray<(long: string) => string> = [
    (l) => `Tiêu đề\n16/03/2020 ${l}\n\nMở đầu.`,
    (l) => `Tiêu đề\n16/03/2020\n\nMở đầu.\n\n${l}`,
    (l) => `Tiêu đề\n16/03/2020\n\nMở đầu.\n\nÔng Nguyễn Văn An, cho biết: ${l}\n\nHết.`,
    (l) => `Tiêu đề\n16/03/2020\n\nMở đầu.\n\n“${l}\n\nHết.`,
    (l) => `Tiêu đề\n16/03/2020\n\nMở đầu.\n\nCầu mới\nCầu mới ${l}\n\nHết.`,
    (l) => `Tiêu đề\n16/03/2020\n\nMở đầu.\n\nTừ khóa: ${l}`,
    (l) => `${l}\n16/03/2020\n\nMở đầu.`,
  ];
  /** A short run of words or marks, joined by spaces or not ("””””", ". . .", "  \t  "). */
  const piece = fc.tuple(fc.array(word, { minLength: 1, maxLength: 4 }), fc.constantFrom(" ", "")).map(([ws, sep]) => ws.join(sep) + sep);

  it("stays linear in the length of one line: a piece repeated to 20 kB and to 200 kB", () => {
    fc.assert(
      fc.property(piece, fc.nat(CONTEXTS.length - 1), (p, where) => {
        const line = (chars: number) => CONTEXTS[where]!(p.repeat(Math.ceil(chars / p.length)));
        const small = line(20_000);
        const large = line(200_000);
        medianMs(small, 1, 5);
        expect(growth(() => medianMs(large, 3) / medianMs(small, 3, 10))).toBeLessThan(20);
      }),
      { numRuns: 25 },
    );
  });
});
