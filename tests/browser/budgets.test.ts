/**
 * Byte budgets of a first visit (docs/performance.md), on the production build: what Chromium
 * fetches to show home and the seed article, measured by first-load.ts — the same code as
 * `npm run bench`. Bytes only, never times: they do not depend on how busy the machine is.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { BUDGETS, fileName, kb, listFiles, measureFirstLoad, unexpectedFonts, type FirstLoad } from "../../scripts/support/first-load.ts";
import { SEED, siteURL, useBrowser } from "./support.ts";

const browser = useBrowser();
const base = siteURL();

// The kinds of page of the route table (src/app/routes.ts), a list page being home's code; search
// with a query, so its engine and the index files the query reads are counted.
const PAGES = [
  { name: "the search page with a query", path: `/tim-kiem?q=${encodeURIComponent("Hải Hà")}` },
  { name: "the seed article", path: SEED.path },
  { name: "home", path: "/" },
  { name: "the not-found page", path: "/khong-co-trang" },
  { name: "an author's page", path: "/tac-gia/hoang-giang" },
  { name: "a month's page", path: "/luu-tru/2020/3" },
  { name: "the authors' index", path: "/tac-gia" },
  { name: "a topic's page", path: "/chu-de/quang-thanh" },
  { name: "the topics' index", path: "/chu-de" },
  { name: "the archive", path: "/luu-tru" },
];

for (const { name, path } of PAGES) {
  describe(`first load of ${name} (${path})`, () => {
    let load: FirstLoad | undefined;
    beforeAll(async () => {
      load = await measureFirstLoad(await browser().newPage(), `${base}${path}`);
    });
    const measured = (): FirstLoad => {
      if (!load) throw new Error(`the first load of ${path} was not measured (see the beforeAll error)`);
      return load;
    };
    const files = (kind: string) => listFiles(measured().files.filter((file) => file.kind === kind));

    test("was measured: the page loaded its HTML and scripts without failed requests", () => {
      const { totals, failed } = measured();
      expect(totals.html.files, "HTML documents").toBeGreaterThan(0);
      expect(totals.js.files, "JS files").toBeGreaterThan(0);
      expect(failed, "failed requests").toEqual([]);
    });

    test("counts the app's code and the page's own data, which the boot script requests after the first paint", async () => {
      const html = await (await fetch(`${base}${path}`)).text();
      const chunks = [...html.matchAll(/\sdata-(?:load|preload)="([^"]*)"/g)].flatMap((m) => m[1]!.split(" ").filter(Boolean));
      expect(chunks.length, "chunks named by the boot script").toBeGreaterThan(0);
      const counted = measured().files.filter((file) => file.kind === "js").map((file) => file.path);
      expect(counted, `JS counted in the first load:\n${files("js")}\n`).toEqual(expect.arrayContaining(chunks));
    });

    test(`JS ≤ ${kb(BUDGETS.jsGzip)} gzip`, () => {
      const { js } = measured().totals;
      expect(js.gzip, `JS is ${kb(js.gzip)} gzip (level 9), over the ${kb(BUDGETS.jsGzip)} budget:\n${files("js")}\n`).toBeLessThanOrEqual(
        BUDGETS.jsGzip,
      );
    });

    test(`CSS ≤ ${kb(BUDGETS.cssGzip)} gzip`, () => {
      const { css } = measured().totals;
      expect(css.gzip, `CSS is ${kb(css.gzip)} gzip (level 9), over the ${kb(BUDGETS.cssGzip)} budget:\n${files("css")}\n`).toBeLessThanOrEqual(
        BUDGETS.cssGzip,
      );
    });

    test(`fonts ≤ ${kb(BUDGETS.fontRaw)} (woff2 bytes)`, () => {
      const { font } = measured().totals;
      expect(font.raw, `fonts are ${kb(font.raw)}, over the ${kb(BUDGETS.fontRaw)} budget:\n${files("font")}\n`).toBeLessThanOrEqual(
        BUDGETS.fontRaw,
      );
    });

    test("only Noto Serif latin and vietnamese font files are requested", () => {
      const fonts = measured().files.filter((file) => file.kind === "font");
      expect(fonts.length, "font files requested (the page is set in Noto Serif)").toBeGreaterThan(0);
      expect(unexpectedFonts(measured()), `font files other than noto-serif-{latin,vietnamese}-*.woff2:\n${files("font")}\n`).toEqual([]);
      expect(fonts.map(fileName).some((name) => name.startsWith("noto-serif-latin-")), "the latin subset").toBe(true);
    });
  });
}
