/**
 * Every dump in seeds/ against expectations written by hand from the contract (not from the
 * parser's output), plus the "nothing lost" rule on each.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/content/parse";
import { unplacedLines } from "../../src/content/coverage";
import type { FigureBlock, PullQuoteBlock } from "../../src/content/types";

type Expectation = {
  file: string;
  title: string;
  dateline: string | null;
  publishedAt: string | null;
  leadStartsWith: string;
  paragraphs: number;
  figures: Array<{ altStartsWith: string; captionEndsWith: string; credit: string | null }>;
  pullquotes: Array<{ name: string; role: string | null }>;
  byline: string | null;
  relatedPlaceholders: number;
  tags: string[] | null;
  covers: string[];
};

const expectations: Expectation[] = JSON.parse(readFileSync("tests/fixtures/seed-expectations.json", "utf8"));

describe.each(expectations)("seeds/$file", (e) => {
  const bytes = readFileSync(`seeds/${e.file}`);
  const { article: a, problems } = parseArticle(e.file, bytes);

  it("parses without errors or warnings", () => {
    expect(problems).toEqual([]);
    expect(a).not.toBeNull();
  });
  it("reads title, dateline, publishedAt, lead, byline, tail", () => {
    expect(a!.title).toBe(e.title);
    expect(a!.dateline).toBe(e.dateline);
    expect(a!.publishedAt).toBe(e.publishedAt);
    expect(a!.lead?.startsWith(e.leadStartsWith)).toBe(true);
    expect(a!.byline).toBe(e.byline);
    expect(a!.relatedPlaceholders).toBe(e.relatedPlaceholders);
    expect(a!.tags ?? null).toEqual(e.tags);
  });
  it("finds the paragraphs, figures and pull quotes", () => {
    expect(a!.body.filter((b) => b.type === "paragraph")).toHaveLength(e.paragraphs);
    const figures = a!.body.filter((b): b is FigureBlock => b.type === "figure");
    expect(figures.map((f) => ({ alt: f.alt.startsWith(e.figures[figures.indexOf(f)]?.altStartsWith ?? "\u0000"), caption: f.caption.endsWith(e.figures[figures.indexOf(f)]?.captionEndsWith ?? "\u0000"), credit: f.credit ?? null }))).toEqual(
      e.figures.map((f) => ({ alt: true, caption: true, credit: f.credit })),
    );
    const quotes = a!.body.filter((b): b is PullQuoteBlock => b.type === "pullquote");
    expect(quotes.map((q) => ({ name: q.name, role: q.role ?? null }))).toEqual(e.pullquotes);
  });
  it("loses nothing", () => {
    expect(unplacedLines(new TextDecoder().decode(bytes), a!)).toEqual([]);
  });
});
