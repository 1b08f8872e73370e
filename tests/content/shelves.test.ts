/** The archive's shelves and indexes (src/content/shelves.ts): by author, by month, undated. */
import { describe, expect, it } from "vitest";
import { AUTHORS_PER_PAGE, archiveIndex, authorHead, authorsPage, listingOrder, monthHead, shelfHead, shelvesOf } from "../../src/content/shelves";
import { PAGE_SIZE } from "../../src/content/listing";
import type { ArticleSummary } from "../../src/content/types";

const story = (slug: string, publishedAt: string | null): ArticleSummary => ({
  id: slug, slug, title: slug.toUpperCase(), dateline: null, publishedAt, hasTime: true, excerpt: null, readingMinutes: 1,
});

// Newest first, undated last, as the corpus lists them.
const summaries = [
  story("c", "2021-01-05T08:00:00+07:00"),
  story("b2", "2020-03-20T08:00:00+07:00"),
  story("b1", "2020-03-16T11:28:00+07:00"),
  story("a", "2019-12-31T20:00:00Z"), // 1 January 2020 in Việt Nam
  story("u", null),
];
const authors: Record<string, string[]> = { c: ["Lan Anh"], b2: ["Hoàng Giang", "Lan Anh"], b1: ["Hoàng Giang"], u: ["HOÀNG GIANG"] };
const shelves = shelvesOf(summaries, (slug) => authors[slug]);
const slugs = (list: readonly ArticleSummary[]) => list.map((s) => s.slug);

describe("shelvesOf", () => {
  it("puts each article on each of its authors' shelves, newest first, an author known by slug whatever the case", () => {
    // A–Z by given name: Anh before Giang.
    expect([...shelves.authors.keys()]).toEqual(["lan-anh", "hoang-giang"]);
    expect(slugs(shelves.authors.get("hoang-giang")!.newestFirst)).toEqual(["b2", "b1", "u"]);
    expect(slugs(shelves.authors.get("lan-anh")!.newestFirst)).toEqual(["c", "b2"]);
    // The name as the newest article writes it.
    expect(shelves.authors.get("hoang-giang")!.name).toBe("Hoàng Giang");
  });

  it("files each dated article under its month in Việt Nam, months oldest first, and the undated apart", () => {
    expect([...shelves.months.keys()]).toEqual(["2020-01", "2020-03", "2021-01"]);
    expect(slugs(shelves.months.get("2020-03")!.newestFirst)).toEqual(["b2", "b1"]);
    expect(slugs(shelves.undated.newestFirst)).toEqual(["u"]);
  });

  it("holds the corpus's own summaries, not copies", () => {
    expect(shelves.months.get("2021-01")!.newestFirst[0]).toBe(summaries[0]);
  });

  it("pages a long shelf as home is paged, from the oldest", () => {
    const many = Array.from({ length: PAGE_SIZE * 2 + 3 }, (_, i) => story(`s${99 - i}`, `2022-05-${String(28 - (i % 27)).padStart(2, "0")}T08:00:00+07:00`));
    const big = shelvesOf(many, () => ["Minh Hà"]).authors.get("minh-ha")!;
    const head = shelfHead(big);
    expect(head.count).toBe(PAGE_SIZE * 2 + 3);
    expect(head.pageCount).toBe(3);
    // Three on the last page: home shows it and the full page before it.
    expect(head.homePages).toEqual([3, 2]);
    expect(head.newest).toHaveLength(PAGE_SIZE + 3);
    expect(head.newest[0]).toBe(many[0]);
  });
});

describe("heads and indexes", () => {
  it("an author's head names them and holds their newest articles", () => {
    const head = authorHead(shelves.authors.get("lan-anh")!);
    expect(head).toMatchObject({ name: "Lan Anh", slug: "lan-anh", count: 2, pageCount: 1, homePages: [1] });
    expect(slugs(head.newest)).toEqual(["c", "b2"]);
  });

  it("a month's head links the months before and after it that have articles", () => {
    expect(monthHead(shelves, "2020-03")).toMatchObject({ year: 2020, month: 3, count: 2, previous: { year: 2020, month: 1 }, next: { year: 2021, month: 1 } });
    expect(monthHead(shelves, "2020-01")).toMatchObject({ previous: null, next: { year: 2020, month: 3 } });
    expect(monthHead(shelves, "2021-01")).toMatchObject({ next: null });
    expect(monthHead(shelves, "2020-02")).toBeNull();
  });

  it("the archive lists years newest first with their counts, and each year's months newest first", () => {
    expect(archiveIndex(shelves)).toEqual({
      years: [
        { year: 2021, count: 1, months: [{ month: 1, count: 1 }] },
        { year: 2020, count: 3, months: [{ month: 3, count: 2 }, { month: 1, count: 1 }] },
      ],
      undated: 1,
    });
  });

  it("the authors' index lists them A–Z by given name, AUTHORS_PER_PAGE a page; page 1 exists even when empty", () => {
    expect(authorsPage(shelves, 1)).toEqual({ authors: [{ name: "Lan Anh", slug: "lan-anh", count: 2, letter: "A" }, { name: "Hoàng Giang", slug: "hoang-giang", count: 3, letter: "G" }], page: 1, pageCount: 1, count: 2 });
    expect(authorsPage(shelves, 2)).toBeNull();
    expect(authorsPage(shelvesOf([], () => undefined), 1)).toEqual({ authors: [], page: 1, pageCount: 1, count: 0 });
    const crowd = shelvesOf(summaries.slice(0, 1), () => Array.from({ length: AUTHORS_PER_PAGE + 1 }, (_, i) => `Tác Giả ${String.fromCharCode(97 + (i % 26))}${i}`));
    expect(authorsPage(crowd, 1)!.authors).toHaveLength(AUTHORS_PER_PAGE);
    expect(authorsPage(crowd, 2)).toMatchObject({ page: 2, pageCount: 2, count: AUTHORS_PER_PAGE + 1 });
    expect(authorsPage(crowd, 2)!.authors).toHaveLength(1);
  });
});

describe("paging in the archive's order", () => {
  it("puts an article new to the archive on the last page of its shelf, whatever its date, and leaves the other pages as they were", () => {
    // 45 articles by one author, then one more dated before them all, new to the archive.
    const dated = (i: number) => story(`s${i}`, `2022-05-${String((i % 27) + 1).padStart(2, "0")}T08:00:00+07:00`);
    const before = Array.from({ length: 45 }, (_, i) => dated(44 - i));
    const oldest = story("late-comer", "2001-01-01T08:00:00+07:00");
    const after = [...before, oldest];
    const order = new Map([...before].reverse().map((s, i) => [s.slug, i]));
    order.set("late-comer", 45);
    const shelfOf = (list: ArticleSummary[]) => shelvesOf(list, () => ["Minh Hà"], (slug) => order.get(slug)!).authors.get("minh-ha")!;
    const was = shelfOf(before).listing.pages.map(slugs);
    const now = shelfOf(after).listing.pages.map(slugs);
    expect(now.slice(0, 2)).toEqual(was.slice(0, 2));
    expect(now[2]).toContain("late-comer");
    // By date alone, it would have been page 1's and moved every page.
    expect(shelvesOf(after, () => ["Minh Hà"]).authors.get("minh-ha")!.listing.pages[0]!.map((s) => s.slug)).toContain("late-comer");
  });

  it("reads each article's place from the list pages, oldest first", () => {
    const order = listingOrder({ pages: [[summaries[1]!, summaries[2]!], [summaries[0]!]] });
    expect(order.get("b1")).toBeLessThan(order.get("b2")!);
    expect(order.get("b2")).toBeLessThan(order.get("c")!);
  });
});
