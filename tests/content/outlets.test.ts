/**
 * Dumps in other outlets' layouts (tests/fixtures/outlets/, fictional text) against expectations
 * written by hand, field by field, and the "nothing lost" rule on each.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/content/parse";
import { unplacedLines } from "../../src/content/coverage";
import type { Article, Block } from "../../src/content/types";
import { outletExpectations } from "../fixtures/outlets/expectations";

const DIR = "tests/fixtures/outlets";
const ofType = <T extends Block["type"]>(a: Article, type: T) => a.body.filter((b): b is Extract<Block, { type: T }> => b.type === type);
const instant = (iso: string | null) => (iso === null ? null : new Date(iso).getTime());

it("covers at least 16 dumps in the layouts of at least 8 outlets", () => {
  expect(outletExpectations.length).toBeGreaterThanOrEqual(16);
  expect(new Set(outletExpectations.map((e) => e.file.split("-")[0])).size).toBeGreaterThanOrEqual(8);
});

describe.each(outletExpectations)("$file", (e) => {
  const text = readFileSync(`${DIR}/${e.file}`, "utf8");
  const { article, problems } = parseArticle(e.file, text);
  const a = article!;

  it("is an article, with no error", () => {
    expect(article).not.toBeNull();
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  });
  it("reads the title and the publication instant", () => {
    expect(a.title).toBe(e.title);
    expect(instant(a.publishedAt)).toBe(instant(e.publishedAt));
    if (e.hasTime !== undefined) expect(a.hasTime).toBe(e.hasTime);
  });
  it("reads the lead without its outlet's mark, and the source and place kept aside", () => {
    expect(a.lead).toBe(e.lead);
    expect(a.source).toBe(e.source);
    expect(a.place).toBe(e.place);
  });
  it("reads the byline and the photographer's credit", () => {
    expect(a.byline).toBe(e.byline);
    expect(a.photoCredit).toBe(e.photoCredit);
  });
  it("keeps the paragraphs, in order", () => {
    expect(ofType(a, "paragraph").map((p) => p.text)).toEqual(e.paragraphs);
  });
  it("finds the crossheads", () => {
    expect(ofType(a, "heading").map((h) => h.text)).toEqual(e.headings ?? []);
  });
  it("finds the figures with their credits", () => {
    expect(ofType(a, "figure").map(({ alt, caption, credit }) => ({ alt, caption, ...(credit ? { credit } : {}) }))).toEqual(e.figures);
  });
  it("draws pull quotes from attributed speech", () => {
    const quotes = ofType(a, "pullquote");
    expect(quotes.map(({ name, role }, i) => ({ name, ...(role ? { role } : {}), ...(e.pullquotes[i]?.text ? { text: quotes[i]!.text } : {}) }))).toEqual(e.pullquotes);
  });
  it("keeps page furniture out of the body, each line with its reason", () => {
    expect((a.removed ?? []).map((r) => [r.reason, r.text])).toEqual(e.removed);
    for (const r of a.removed ?? []) expect(text.split(/\r\n|\r|\n/)[r.line - 1]).toContain(r.text);
  });
  it("loses nothing", () => expect(unplacedLines(text, a)).toEqual([]));
});
