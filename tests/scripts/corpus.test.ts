/**
 * The corpus generator (scripts/corpus/, CLI scripts/corpus.ts): deterministic bytes, the
 * naming scheme, dumps the parser reads exactly as composed, the variety the contract allows,
 * 1–3 % malformed files of every kind, related ranking with something to find, and the CLI's
 * arguments. No wall-clock assertions: speed is measured by hand (docs/corpus.md).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseArticle } from "../../src/content/parse";
import { unplacedLines } from "../../src/content/coverage";
import { buildCorpus } from "../../src/content/corpus";
import type { FigureBlock, PullQuoteBlock } from "../../src/content/types";
import { hex64, rngFor } from "../../scripts/corpus/prng";
import { fill } from "../../scripts/corpus/fill";
import { PUBLIC_FIGURES, person } from "../../scripts/corpus/bank-people";
import { CLOSERS, COMMON_PARAS, BYLINE_UNITS } from "../../scripts/corpus/bank-common";
import { TOPICS, articleSlots } from "../../scripts/corpus/compose";
import { DATELINE_FORMS, pickWhen } from "../../scripts/corpus/dateline";
import { MALFORMED_KINDS, SEVERITY } from "../../scripts/corpus/malform";
import { generateDump, indexWidth } from "../../scripts/corpus/generate";

const N = 1000;
const SEED = "test";
const dumps = Array.from({ length: N }, (_, i) => generateDump(SEED, i, indexWidth(N)));
const parsed = dumps.map((d) => ({ dump: d, result: parseArticle(d.name, d.bytes) }));
const wellFormed = parsed.filter((p) => p.dump.malformed === null);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("the seeded generator", () => {
  it("draws the same numbers from the same seed and different ones from another", () => {
    const draw = (seed: string) => Array.from({ length: 50 }, ((r) => () => r.int(0, 1e9))(rngFor(seed, 7)));
    expect(draw("a")).toEqual(draw("a"));
    expect(draw("a")).not.toEqual(draw("b"));
    const r = rngFor("bounds");
    for (let i = 0; i < 2000; i++) {
      const n = r.int(3, 9);
      expect(n >= 3 && n <= 9 && Number.isInteger(n)).toBe(true);
    }
    expect(hex64("x", 1)).toMatch(/^[0-9a-f]{16}$/);
  });

  it("gives file i the same name and bytes whatever the seed's corpus size, and another seed other ones", () => {
    for (const i of [0, 1, 49, 50, 777]) {
      const a = generateDump(SEED, i);
      expect(a.name).toBe(dumps[i]!.name);
      expect(sha(a.bytes)).toBe(sha(dumps[i]!.bytes));
      const b = generateDump("other", i);
      expect(b.name).not.toBe(a.name);
      expect(b.name.slice(0, 6)).toBe(a.name.slice(0, 6));
    }
    const other = Array.from({ length: 100 }, (_, i) => sha(generateDump("other", i).bytes));
    const same = dumps.slice(0, 100).filter((d, i) => sha(d.bytes) === other[i]);
    expect(same.length).toBeLessThan(3); // only an empty file can be equal by chance
  });

  it("names files NNNNN_<16 hex>.txt, zero-padded, wider past 100,000 files", () => {
    const names = dumps.map((d) => d.name);
    names.forEach((name, i) => expect(name).toMatch(new RegExp(`^${String(i).padStart(5, "0")}_[0-9a-f]{16}\\.txt$`)));
    expect(new Set(names.map((n) => n.slice(6, 22))).size).toBe(N);
    expect(indexWidth(1)).toBe(5);
    expect(indexWidth(100_000)).toBe(5);
    expect(indexWidth(100_001)).toBe(6);
  });

  it("generates 2,000 distinct dumps in memory (timed by hand, not here)", () => {
    const many = Array.from({ length: 2000 }, (_, i) => generateDump("two-thousand", i));
    expect(new Set(many.map((d) => sha(d.bytes))).size).toBeGreaterThan(1990);
  });
});

describe("the word banks", () => {
  it("fill every template of every topic with no slot left over", () => {
    const rng = rngFor("banks");
    for (const topic of TOPICS) {
      const { slots } = articleSlots(rng, topic, pickWhen(rng));
      const templates = [
        ...topic.titles, ...topic.leads, ...topic.paras, ...topic.figures, ...topic.tags,
        ...topic.speakers.flatMap((s) => [s.role, ...s.say]), ...(topic.list ? [topic.list.intro, ...topic.list.items] : []),
        ...COMMON_PARAS, ...CLOSERS, ...BYLINE_UNITS,
      ];
      for (const t of templates) expect(fill(t, slots, rng), `${topic.key}: ${t}`).not.toMatch(/[{}]/);
    }
  });

  it("never name a well-known public figure", () => {
    const rng = rngFor("names");
    for (let i = 0; i < 20_000; i++) expect(PUBLIC_FIGURES.has(person(rng).name)).toBe(false);
  });
});

describe(`a corpus of ${N}, parsed`, () => {
  it("is 1–3 % malformed, and exactly the files chosen as malformed have problems", () => {
    const malformed = dumps.filter((d) => d.malformed !== null);
    expect(malformed.length / N).toBeGreaterThanOrEqual(0.01);
    expect(malformed.length / N).toBeLessThanOrEqual(0.03);
    expect(parsed.filter((p) => p.result.problems.length > 0).map((p) => p.dump.name)).toEqual(malformed.map((d) => d.name));
    expect(new Set(malformed.map((d) => d.malformed))).toEqual(new Set(MALFORMED_KINDS));
  });

  it("reads every malformed file as the contract says: an error on the right line, or one warning", () => {
    const message: Record<string, RegExp> = {
      "invalid-utf8": /not valid UTF-8/, nul: /NUL byte/, empty: /has no text/, "placeholders-only": /only placeholder lines/,
      "impossible-date": /impossible (date|time)/, "weekday-mismatch": /weekday .* does not match/, "no-dateline": /no dateline/,
    };
    for (const { dump, result } of parsed.filter((p) => p.dump.malformed !== null)) {
      const kind = dump.malformed!;
      expect(result.problems, dump.name).toHaveLength(1);
      const [problem] = result.problems;
      expect(problem!.severity, dump.name).toBe(SEVERITY[kind]);
      expect(problem!.message, dump.name).toMatch(message[kind]!);
      if (SEVERITY[kind] === "error") {
        expect(result.article, dump.name).toBeNull();
        expect(problem!.line, dump.name).toBe(dump.errorLine);
      } else {
        expect(result.article!.title, dump.name).toBe(dump.facts!.title);
        expect(result.article!.publishedAt, dump.name).toBe(dump.facts!.publishedAt);
        expect(unplacedLines(decode(dump.bytes), result.article!), dump.name).toEqual([]);
      }
    }
  });

  it("parses every well-formed file with no problem and nothing lost", () => {
    for (const { dump, result } of wellFormed) {
      expect(result.problems, dump.name).toEqual([]);
      expect(unplacedLines(decode(dump.bytes), result.article!), dump.name).toEqual([]);
    }
  });

  it("reads back what was composed: title, dateline, lead, paragraphs, figures, pull quotes, byline, tail", () => {
    for (const { dump, result } of wellFormed) {
      const a = result.article!;
      const f = dump.facts!;
      const figures = a.body.filter((b): b is FigureBlock => b.type === "figure");
      const quotes = a.body.filter((b): b is PullQuoteBlock => b.type === "pullquote");
      expect(
        {
          title: a.title, dateline: a.dateline, publishedAt: a.publishedAt, lead: a.lead, byline: a.byline,
          paragraphs: a.body.filter((b) => b.type === "paragraph").length,
          figures: figures.map(({ alt, caption, credit }) => ({ alt, caption, credit })),
          speakers: quotes.map(({ name, role }) => ({ name, role })),
          relatedPlaceholders: a.relatedPlaceholders, tags: a.tags ?? null,
        },
        dump.name,
      ).toEqual({
        title: f.title, dateline: f.dateline, publishedAt: f.publishedAt, lead: f.lead, byline: f.byline,
        paragraphs: f.paragraphs,
        figures: f.figures.map(({ alt, caption, credit }) => ({ alt, caption, credit })),
        speakers: f.speeches.map(({ name, role }) => ({ name, role })),
        relatedPlaceholders: f.relatedPlaceholders, tags: f.tags,
      });
    }
  });

  it("exercises the variety of the format", () => {
    const facts = wellFormed.map((p) => p.dump.facts!);
    const encodings = wellFormed.map((p) => p.dump.encoding!);
    const count = <T>(values: T[]) => {
      const m = new Map<T, number>();
      for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
      return m;
    };
    const expectAll = <T>(values: T[], kinds: readonly T[], what: string) => {
      const seen = count(values);
      for (const k of kinds) expect(seen.get(k) ?? 0, `${what}: ${String(k)}`).toBeGreaterThan(0);
    };
    expectAll(facts.flatMap((f) => f.figures.map((x) => x.form)), ["plain", "paren", "dash", "none"], "credit form");
    expectAll(facts.map((f) => f.figures.length), [0, 1, 2, 3], "figures per article");
    expectAll(facts.flatMap((f) => f.speeches.map((s) => s.form)), ["colon", "colon-quoted", "quote-first", "follow-up"], "speech form");
    expectAll(facts.map((f) => f.bylineForm), ["plain", "unit", "two", "none"], "byline");
    expectAll(facts.map((f) => f.tail), ["related", "section", "articles", "tags", "tags+related", "comments", "none"], "tail");
    expectAll(facts.map((f) => f.datelineForm), DATELINE_FORMS, "dateline form");
    expectAll(facts.map((f) => Number(f.publishedAt!.slice(0, 4))), [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024], "year");
    expectAll(facts.map((f) => f.topic), TOPICS.map((t) => t.key), "topic");
    expectAll(facts.map((f) => f.figureBeforeLead), [true, false], "figure before the lead");
    expectAll(facts.map((f) => f.list), [true, false], "list");
    expectAll(facts.map((f) => f.placeholdersInBody > 0), [true, false], "placeholders in the body");
    expectAll(encodings.map((e) => e.lineEnd), ["lf", "crlf", "cr"], "line ends");
    for (const flag of ["bom", "nfd", "invisible", "trailingSpace", "finalNewline"] as const) {
      expectAll(encodings.map((e) => e[flag]), [true, false], flag);
    }
    const paragraphs = facts.map((f) => f.paragraphs - (f.list ? 3 : 0));
    expect(Math.min(...paragraphs)).toBeGreaterThanOrEqual(4);
    expect(Math.max(...facts.map((f) => f.paragraphs))).toBeGreaterThanOrEqual(12);
    expect(new Set(facts.map((f) => f.district)).size).toBe(8);

    // The bytes really carry the variants the facts claim.
    const raw = wellFormed.map((p) => p.dump.bytes);
    expect(raw.filter((b) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf).length).toBeGreaterThan(0);
    expect(raw.filter((b) => decode(b).includes("\r\n")).length).toBeGreaterThan(0);
    expect(raw.filter((b) => decode(b) !== decode(b).normalize("NFC")).length).toBeGreaterThan(0);
    // Quote-first speech and bylines with a newsroom reach the parsed articles too.
    const articles = wellFormed.map((p) => p.result.article!);
    expect(articles.filter((a) => a.body.some((b) => b.type === "paragraph" && b.text.startsWith("“"))).length).toBeGreaterThan(0);
    expect(articles.filter((a) => a.byline?.endsWith(")")).length).toBeGreaterThan(0);
    expect(articles.filter((a) => a.body.some((b) => b.type === "pullquote")).length / articles.length).toBeGreaterThan(0.6);
  });
});

describe("related ranking over a generated corpus", () => {
  it("finds related articles for most of 300, mostly on the same topic", () => {
    const some = parsed.slice(0, 300);
    const corpus = buildCorpus(some.map((p) => p.result));
    const byId = new Map(some.map((p) => [p.dump.name.replace(/\.txt$/, ""), p.dump]));
    const pages = [...corpus.entries.keys()].map((slug) => corpus.page(slug)!);
    expect(pages.filter((p) => p.related.length > 0).length / pages.length).toBeGreaterThan(0.9);
    const pairs = pages.flatMap((p) => p.related.map((r) => [byId.get(p.article.id)!, byId.get(r.id)!] as const));
    const sameTopic = pairs.filter(([a, b]) => a.facts!.topic === b.facts!.topic).length;
    expect(sameTopic / pairs.length).toBeGreaterThan(0.8);
  });
});

describe("npm run corpus", () => {
  const tmp = mkdtempSync(path.join(tmpdir(), "corpus-cli-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const cli = (...args: string[]) => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/corpus.ts", ...args], { encoding: "utf8" });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const hashes = (dir: string) => readdirSync(dir).sort().map((f) => `${f} ${sha(readFileSync(path.join(dir, f)))}`);

  it("writes N files, the same bytes for the same seed and count, others for another seed", () => {
    const [a, b, c] = ["a", "b", "c"].map((d) => path.join(tmp, d, "nested"));
    const r = spawnSync("npm", ["run", "--silent", "corpus", "--", "--count", "150", "--out", a!, "--seed", "s1"], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/wrote 150 dumps .* 147 well-formed, 3 malformed \(invalid-utf8 \d+, nul \d+, empty \d+, placeholders-only \d+, impossible-date \d+, weekday-mismatch \d+, no-dateline \d+\)/);
    expect(cli("--count", "150", "--out", b!, "--seed", "s1").status).toBe(0);
    expect(cli("--count=150", "--out", c!, "--seed=s2").status).toBe(0);
    const files = readdirSync(a!).sort();
    expect(files).toHaveLength(150);
    files.forEach((f, i) => expect(f).toMatch(new RegExp(`^${String(i).padStart(5, "0")}_[0-9a-f]{16}\\.txt$`)));
    expect(hashes(b!)).toEqual(hashes(a!));
    expect(readdirSync(c!).filter((f) => files.includes(f))).toEqual([]);
    expect(files.map((f, i) => sha(readFileSync(path.join(a!, f))) === sha(generateDump("s1", i).bytes))).not.toContain(false);
  }, 60_000);

  it("exits 2 with usage on bad arguments, writing nothing", () => {
    const out = path.join(tmp, "bad");
    for (const args of [
      [], ["--out", out], ["--count", "10"], ["--count", "abc", "--out", out], ["--count", "0", "--out", out],
      ["--count", "-5", "--out", out], ["--count", "1.5", "--out", out], ["--count", "--out", out],
      ["--count", "10", "--out", out, "--bogus"], ["--count", "10", "--out", out, "extra"], ["--count", "10", "--out", out, "--seed", ""],
    ]) {
      const r = cli(...args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/usage: npm run corpus -- --count N --out DIR/);
    }
    expect(readdirSync(tmp)).not.toContain("bad");
  }, 60_000);

  it("refuses a non-empty folder unless --force, and a file as the folder", () => {
    const out = path.join(tmp, "full");
    mkdirSync(out);
    writeFileSync(path.join(out, "keep.txt"), "mine");
    const refused = cli("--count", "5", "--out", out);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/not empty.*--force/);
    expect(readdirSync(out)).toEqual(["keep.txt"]);
    const forced = cli("--count", "5", "--out", out, "--force");
    expect(forced.status).toBe(0);
    expect(readdirSync(out)).toHaveLength(6);
    expect(readFileSync(path.join(out, "keep.txt"), "utf8")).toBe("mine");
    const notAFolder = cli("--count", "5", "--out", path.join(out, "keep.txt"));
    expect(notAFolder.status).toBe(2);
    expect(notAFolder.stderr).toMatch(/is not a directory/);
  }, 60_000);

  it("prints usage on stdout with --help", () => {
    const r = cli("--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run corpus/);
    expect(r.stderr).toBe("");
  }, 30_000);
});
