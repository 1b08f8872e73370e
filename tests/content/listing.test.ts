/** Paging the archive from the oldest (src/content/listing.ts). */
import { describe, expect, it } from "vitest";
import { PAGE_SIZE, assignSlots, brief, homePages, latestOf, listPage, listingOf, pageAfterHome, pageCountOf } from "../../src/content/listing";
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
const pages = (n: number) => listingOf(archive(n));

describe("list pages", () => {
  it("number from the oldest: page 1 holds the 20 oldest, newest first", () => {
    const all = listingOf(archive(45));
    expect(pageCountOf(all)).toBe(3);
    expect(slugs(listPage(all, 1))).toEqual(Array.from({ length: PAGE_SIZE }, (_, i) => `a${19 - i}`));
    expect(slugs(listPage(all, 3))).toEqual(["a44", "a43", "a42", "a41", "a40"]);
    expect(listPage(all, 4)).toBeNull();
    expect(listPage(all, 0)).toBeNull();
    expect(listPage(all, 1.5)).toBeNull();
  });

  it("keep their articles when newer ones arrive: only the last page and the new ones change", () => {
    const before = pages(45);
    const after = pages(145);
    for (let page = 1; page <= 2; page++) expect(slugs(listPage(after, page))).toEqual(slugs(listPage(before, page)));
    expect(slugs(listPage(after, 3))).not.toEqual(slugs(listPage(before, 3)));
    expect(pageCountOf(after)).toBe(8);
  });

  it("an empty archive still has its one, empty, page", () => {
    expect(pageCountOf(listingOf([]))).toBe(1);
    expect(listPage(listingOf([]), 1)).toEqual([]);
  });

  it("with kept slots, a removed article leaves a gap and no other page moves; new ones join the last pages", () => {
    const all = archive(45);
    const slots = assignSlots(all, new Map());
    const before = listingOf(all, slots);
    // a3 (on page 1) is removed, two newer ones come.
    const newer = [...archive(47).slice(0, 2), ...all.filter((s) => s.slug !== "a3")];
    const after = listingOf(newer, assignSlots(newer, slots));
    expect(slugs(listPage(after, 1))).toEqual(slugs(listPage(before, 1))!.filter((s) => s !== "a3"));
    expect(slugs(listPage(after, 2))).toEqual(slugs(listPage(before, 2)));
    expect(slugs(listPage(after, 3))).toEqual(["a46", "a45", ...slugs(listPage(before, 3))!]);
    expect(slots.has("a3")).toBe(false);
  });

  it("with kept slots, a story dated before the others joins the last page instead of moving them all", () => {
    const all = archive(45);
    const slots = assignSlots(all, new Map());
    const old: ArticleSummary = { ...all[44]!, id: "old", slug: "old", publishedAt: "1999-01-01T00:00:00Z" };
    const withOld = [...all, old];
    const after = listingOf(withOld, assignSlots(withOld, slots));
    expect(slugs(listPage(after, 1))).toEqual(slugs(listPage(listingOf(all, slots), 1)));
    expect(slugs(listPage(after, 3))?.at(-1)).toBe("old");
  });
});

describe("home", () => {
  it("shows the last page, and the one before while the last is not full", () => {
    expect(homePages(pages(45))).toEqual([3, 2]);
    expect(homePages(pages(40))).toEqual([2]);
    expect(homePages(pages(7))).toEqual([1]);
    expect(homePages(pages(0))).toEqual([1]);
  });
  it("leads on to the newest page it does not show", () => {
    expect(pageAfterHome(homePages(pages(45)))).toBe(1);
    expect(pageAfterHome(homePages(pages(40)))).toBe(1);
    expect(pageAfterHome(homePages(pages(39)))).toBeNull();
    expect(pageAfterHome(homePages(pages(7)))).toBeNull();
  });
});

describe("briefs and the latest", () => {
  it("drop the excerpt, which side lists never show, and keep the newest six", () => {
    expect(brief(archive(1)[0]!).excerpt).toBeNull();
    expect(latestOf(archive(45)).map((s) => s.slug)).toEqual(["a44", "a43", "a42", "a41", "a40", "a39"]);
  });
});
