/**
 * A corpus of the real dumps plus the hostile catalogue (tests/fixtures/hostile/) and a dump
 * written to run script if it could, built with SEEDS_DIR and served: the build names every bad
 * file and succeeds, every good article is listed and reads, and markup stays text — on a
 * direct load and after client-side navigation — with no script of the dumps ever running.
 */
import { copyFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildCorpus, hasError } from "../../src/content/corpus.ts";
import { parseArticle } from "../../src/content/parse.ts";
import type { ArticleSummary } from "../../src/content/types.ts";
import { ROOT, runVite, startVite, type ViteProcess } from "../../scripts/support/vite-process.ts";
import { clean, expectHeadline, useBrowser } from "./support.ts";

const browser = useBrowser();
const HOSTILE = join(ROOT, "tests/fixtures/hostile");
/** Written here: every way a scraped page's markup could try to run, each setting a flag. */
const PAYLOAD = [
  `<script>window.__pwned = "title"</script> Quảng Long <img src=x onerror="window.__pwned='img'">`,
  "Thứ Ba, 17/03/2020, 09:00 [GMT+7]",
  "",
  `Mở đầu <svg onload="window.__pwned='svg'"></svg> và <a href="javascript:window.__pwned='link'">liên kết</a>.`,
  "",
  `Đoạn văn </script><script>window.__pwned='break-out'</script> và <iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>.`,
  "",
].join("\n");

const scratch = mkdtempSync(join(tmpdir(), "news-reader-hostile-site-"));
const seeds = join(scratch, "seeds");
const out = join(scratch, "dist");
let server: ViteProcess | undefined;
let log = "";
let good: ArticleSummary[] = [];
let bad: string[] = [];

beforeAll(async () => {
  cpSync(join(ROOT, "seeds"), seeds, { recursive: true });
  for (const name of readdirSync(HOSTILE).filter((n) => n.endsWith(".txt"))) copyFileSync(join(HOSTILE, name), join(seeds, `hostile-${name}`));
  writeFileSync(join(seeds, "hostile-payload.txt"), PAYLOAD);
  // What the parser makes of them decides what the site must show: the contract, not this test.
  const results = readdirSync(seeds).sort().map((name) => parseArticle(name, readFileSync(join(seeds, name))));
  bad = results.filter(hasError).map((r) => r.file);
  good = buildCorpus(results, { ranker: () => () => [] }).summaries;
  const env = { SEEDS_DIR: seeds, OUT_DIR: out, NODE_ENV: "production", NEWS_CACHE: "off" };
  log = await runVite(["build"], env);
  server = await startVite(["preview", "--outDir", out], env);
}, 180_000);

afterAll(async () => {
  await server?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

const site = () => {
  if (!server) throw new Error("the hostile site was not built (see the beforeAll error)");
  return server.url;
};

/** A page that records any alert() and exposes whether a payload ran. */
async function guardedPage(): Promise<Page> {
  const page = await browser().newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __alerts: unknown[] };
    w.__alerts = [];
    window.alert = (message?: unknown) => void w.__alerts.push(message);
  });
  page.on("dialog", (dialog) => void dialog.dismiss());
  return page;
}

async function expectNothingRan(page: Page): Promise<void> {
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null), "a payload ran").toBeNull();
  expect(await page.evaluate(() => (window as unknown as { __alerts: unknown[] }).__alerts), "alert() was called").toEqual([]);
  const dangerous = await page.evaluate(() => ({
    // JSON-LD is data, never run; anything else would be the dump's.
    scripts: [...document.querySelectorAll("#root script")].filter((el) => el.getAttribute("type") !== "application/ld+json").length,
    jsonLdBreakouts: [...document.querySelectorAll('script[type="application/ld+json"]')].filter((el) => /<\/?script/i.test(el.textContent ?? "")).length,
    handlers: [...document.querySelectorAll("#root *")].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
    javascriptUrls: [...document.querySelectorAll("[href], [src]")].filter((el) => /^\s*javascript:/i.test(el.getAttribute("href") ?? el.getAttribute("src") ?? "")).length,
    frames: document.querySelectorAll("#root iframe, #root svg[onload]").length,
  }));
  expect(dangerous).toEqual({ scripts: 0, jsonLdBreakouts: 0, handlers: 0, javascriptUrls: 0, frames: 0 });
}

describe("a corpus with hostile dumps", () => {
  test("builds, naming each bad file with a line and a reason", () => {
    expect(bad.length).toBeGreaterThan(4);
    for (const file of bad) expect(log, `the build names ${file}`).toMatch(new RegExp(`${file.replace(/[.]/g, "\\.")}:\\d+: error: \\S`));
    expect(log).toMatch(new RegExp(`^news: ${good.length} articles from ${good.length + bad.length} files, ${bad.length} skipped files`, "m"));
  });

  test("lists every good article on home and its pages", async () => {
    const listed = new Set<string>();
    const page = await browser().newPage();
    for (let n = 1; n <= Math.ceil(good.length / 20); n++) {
      await page.goto(`${site()}${n === 1 ? "/" : `/trang/${n}`}`);
      for (const href of await page.locator('main a[href^="/bai-viet/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")!))) listed.add(href);
    }
    for (const s of good) expect(listed.has(`/bai-viet/${s.slug}`), s.title).toBe(true);
  });

  test("every good article reads on a direct load", async () => {
    const page = await browser().newPage();
    for (const s of good) {
      await page.goto(`${site()}/bai-viet/${s.slug}`);
      await expectHeadline(page, clean(s.title));
    }
  });

  test("markup in a dump shows as text on a direct load, and no script of it runs", async () => {
    const payload = good.find((s) => s.title.includes("window.__pwned"))!;
    const page = await guardedPage();
    await page.goto(`${site()}/bai-viet/${payload.slug}`);
    await expectHeadline(page, clean(payload.title));
    expect(clean(await page.locator(".article-lead").textContent())).toContain(`<a href="javascript:window.__pwned='link'">liên kết</a>`);
    expect(clean(await page.locator(".article-body").textContent())).toContain("</script><script>window.__pwned='break-out'</script>");
    expect(await page.title()).toContain("<script>");
    await expectNothingRan(page);
  });

  test("markup stays text after client-side navigation too, in the catalogue's markup dump as well", async () => {
    const page = await guardedPage();
    for (const needle of ["window.__pwned", 'alert("tiêu đề")']) {
      const target = good.find((s) => s.title.includes(needle))!;
      await page.goto(`${site()}/`);
      await expect
        .poll(() => page.evaluate(() => Object.keys(document.querySelector("h1") ?? {}).some((k) => k.startsWith("__reactProps$"))), { timeout: 15_000 })
        .toBe(true);
      // Reach it through the app: find its link on whichever list page has it.
      let n = 1;
      while ((await page.locator(`a[href="/bai-viet/${target.slug}"]`).count()) === 0) {
        n++;
        await page.locator(`a[href="/trang/${n}"]`).first().click();
        await page.waitForURL(new RegExp(`/trang/${n}$`));
      }
      await page.locator(`a[href="/bai-viet/${target.slug}"]`).first().click();
      await expectHeadline(page, clean(target.title));
      await expectNothingRan(page);
    }
  });

  test("every built page carries a CSP that forbids inline script", async () => {
    const html = await (await fetch(`${site()}/`)).text();
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? "";
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toContain("unsafe-inline");
  });
});
