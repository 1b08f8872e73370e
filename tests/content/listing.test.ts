/** Paging the archive from the oldest (src/content/listing.ts). */
import { describe, expect, it } from "vitest";
import { PAGE_SIZE, brief, homePages, latestOf, listPage, pageAfterHome, pageCountOf } from "../../src/content/listing";
import type { ArticleSummary } from "../../src/content/types";

/** n summaries, newest first, named by their age: "a<n-1>" is the newest, "a0" the oldest. */
const archive = (n: number): ArticleSummary[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `a${n - 1 - i}`,
    slug: `a${n - 1 - i}`,
    title: `A ${n - 1 - i}`,
    dateline: null,
    publishedAt: null,
    hasTime: false,
    excerpt: "x",
    readingMinutes: 1,
  }));
const slugs = (list: ArticleSummary[] | null) => list?.map((s) => s.slug) ?? null;

describe("list pages", () => {
  it("number from the oldest: page 1 holds the 20 oldest, newest first", () => {
    const all = archive(45);
    expect(pageCountOf(45)).toBe(3);
    expect(slugs(listPage(all, 1))).toEqual(Array.from({ length: PAGE_SIZE }, (_, i) => `a${19 - i}`));
    expect(slugs(listPage(all, 3))).toEqual(["a44", "a43", "a42", "a41", "a40"]);
    expect(listPage(all, 4)).toBeNull();
    expect(listPage(all, 0)).toBeNull();
    expect(listPage(all, 1.5)).toBeNull();
  });

  it("keep their articles when newer ones arrive: only the last page and the new ones change", () => {
    const before = archive(45);
    const after = archive(145);
    for (let page = 1; page <= 2; page++) expect(slugs(listPage(after, page))).toEqual(slugs(listPage(before, page)));
    expect(slugs(listPage(after, 3))).not.toEqual(slugs(listPage(before, 3)));
    expect(pageCountOf(145)).toBe(8);
  });

  it("an empty archive still has its one, empty, page", () => {
    expect(pageCountOf(0)).toBe(1);
    expect(listPage([], 1)).toEqual([]);
  });
});

describe("home", () => {
  it("shows the last page, and the one before while the last is not full", () => {
    expect(homePages(45)).toEqual([3, 2]);
    expect(homePages(40)).toEqual([2]);
    expect(homePages(7)).toEqual([1]);
    expect(homePages(0)).toEqual([1]);
  });
  it("leads on to the newest page it does not show", () => {
    expect(pageAfterHome(45)).toBe(1);
    expect(pageAfterHome(40)).toBe(1);
    expect(pageAfterHome(39)).toBeNull();
    expect(pageAfterHome(7)).toBeNull();
  });
});

describe("briefs and the latest", () => {
  it("drop the excerpt, which side lists never show, and keep the newest six", () => {
    expect(brief(archive(1)[0]!).excerpt).toBeNull();
    expect(latestOf(archive(45)).map((s) => s.slug)).toEqual(["a44", "a43", "a42", "a41", "a40", "a39"]);
  });
});
