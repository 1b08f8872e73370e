// @vitest-environment jsdom
/**
 * `vite build` over the seeds, deployed under a sub-path of a real host (SITE_URL, BASE_PATH) and
 * renamed (SITE_NAME, SITE_TAGLINE): one HTML file per route, canonical and OpenGraph URLs on that
 * host, every local URL under the base, the site's name wherever it is named, and the CSP on every page.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const SEED_SLUG = "kinh-nghiem-tu-mot-dang-bo-tieu-bieu-o-hai-ha";
const SEED_PATH = `/bai-viet/${SEED_SLUG}`;
const SITE = "https://tin.example.vn";
const NAME = "Tin Quảng Ninh";
const TAGLINE = "Lưu trữ báo tỉnh";

// Outside the repository: Tailwind scans the project folder.
const out = mkdtempSync(path.join(tmpdir(), "news-static-site-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

let buildOutput = "";
beforeAll(() => {
  const r = spawnSync(process.execPath, ["node_modules/vite/bin/vite.js", "build", "--outDir", out], {
    // A trailing slash on SITE_URL must not double up; NODE_ENV as a reader's build has it.
    env: { ...process.env, SITE_URL: `${SITE}/`, BASE_PATH: "tin", SITE_NAME: NAME, SITE_TAGLINE: TAGLINE, NODE_ENV: "production" },
    encoding: "utf8",
  });
  buildOutput = r.stdout + r.stderr;
  if (r.status !== 0) throw new Error(`vite build failed:\n${buildOutput}`);
}, 120_000);

const read = (file: string) => readFileSync(path.join(out, file), "utf8");

function htmlFiles(dir = out): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(full);
    return e.name.endsWith(".html") ? [path.relative(out, full).split(path.sep).join("/")] : [];
  });
}

const seedFiles = readdirSync("seeds").filter((f) => f.endsWith(".txt"));
const attr = (html: string, re: RegExp) => html.match(re)?.[1] ?? null;

describe("vite build under SITE_URL and BASE_PATH", () => {
  it("says how many pages it prerendered", () => {
    // Every page but offline.html and shell.html, which are not routes.
    const count = Number(/news: (\d+) pages: \d+ rendered/.exec(buildOutput)?.[1]);
    expect(count).toBe(htmlFiles().length - 2);
    expect(count).toBeGreaterThan(seedFiles.length + 4);
  });

  it("writes home, its one list page, search, one file per article and 404.html for a small corpus", () => {
    const files = htmlFiles().sort();
    expect(files).toContain("index.html");
    expect(files).toContain("tim-kiem/index.html");
    expect(files).toContain("404.html");
    expect(files).toContain(`${SEED_PATH.slice(1)}/index.html`);
    expect(files.filter((f) => /^bai-viet\/[^/]+\/index\.html$/.test(f))).toHaveLength(seedFiles.length);
    expect(files.filter((f) => f.startsWith("trang/"))).toEqual(["trang/1/index.html"]);
    // And offline.html, the service worker's page for what it has not kept (tested below), and
    // shell.html, the app alone: its answer for a page whose data it keeps.
    expect(files).toContain("offline.html");
    expect(files).toContain("shell.html");
    // The archive's ways in: the three indexes, the seed's author, its topics and its month, each with its page 1.
    const shelves = files.filter((f) => /^(?:tac-gia|chu-de|luu-tru)\//.test(f));
    expect(shelves).toEqual(
      expect.arrayContaining([
        "tac-gia/index.html", "tac-gia/hoang-giang/index.html", "tac-gia/hoang-giang/trang/1/index.html",
        "chu-de/index.html", "chu-de/quang-thanh/index.html", "chu-de/quang-thanh/trang/1/index.html", "chu-de/tran-van-tri/index.html",
        "luu-tru/index.html", "luu-tru/2020/3/index.html", "luu-tru/2020/3/trang/1/index.html",
      ]),
    );
    expect(files).toHaveLength(seedFiles.length + 6 + shelves.length);
  });

  it("names the site as SITE_NAME says: masthead, <title>, og:site_name, JSON-LD publisher, manifest", () => {
    for (const file of ["index.html", `${SEED_PATH.slice(1)}/index.html`, "404.html", "tim-kiem/index.html"]) {
      const html = read(file);
      expect(html, file).toMatch(new RegExp(`<a[^>]*class="masthead-name"[^>]*>${NAME}</a>`));
      expect(html, file).toContain(TAGLINE);
      expect(attr(html, /<title>([^<]*)<\/title>/), file).toMatch(new RegExp(`${NAME}$`));
      expect(attr(html, /<meta property="og:site_name" content="([^"]*)"/), file).toBe(NAME);
      expect(html, file).not.toContain("Tin Hải Hà");
    }
    const ld = JSON.parse(attr(read(`${SEED_PATH.slice(1)}/index.html`), /<script type="application\/ld\+json">(.*?)<\/script>/s)!) as Record<string, unknown>;
    expect(ld.publisher).toMatchObject({ name: NAME });
    expect(JSON.parse(read("manifest.webmanifest"))).toMatchObject({ name: NAME, short_name: NAME });
  });

  it("writes the feed: RSS 2.0 named as the site, an item per article (up to 50) newest first, each link an article's page", () => {
    // The feed parsed as XML (jsdom's DOMParser), not matched as text.
    const document = new DOMParser().parseFromString(read("rss.xml"), "application/xml");
    expect(document.querySelector("parsererror")).toBeNull();
    expect(document.documentElement.getAttribute("version")).toBe("2.0");
    expect(document.querySelector("channel > title")?.textContent).toBe(NAME);
    const items = [...document.querySelectorAll("item")];
    expect(items).toHaveLength(Math.min(50, seedFiles.length));
    const dates = items.flatMap((i) => (i.querySelector("pubDate") ? [Date.parse(i.querySelector("pubDate")!.textContent!)] : []));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const item of items) {
      const link = item.querySelector("link")!.textContent!;
      expect(link.startsWith(`${SITE}/tin/bai-viet/`), link).toBe(true);
      expect(existsSync(path.join(out, new URL(link).pathname.replace(/^\/tin\//, ""), "index.html")), link).toBe(true);
    }
    // Every page names it for feed readers, under the base.
    expect(read("index.html")).toContain(`<link rel="alternate" type="application/rss+xml" title="${NAME}" href="/tin/rss.xml"/>`);
  });

  it("puts canonical, og:url and the JSON-LD url on SITE_URL, under the base", () => {
    const html = read(`${SEED_PATH.slice(1)}/index.html`);
    const url = `${SITE}/tin${SEED_PATH}`;
    expect(attr(html, /<link rel="canonical" href="([^"]*)"/)).toBe(url);
    expect(attr(html, /<meta property="og:url" content="([^"]*)"/)).toBe(url);
    const ld = JSON.parse(attr(html, /<script type="application\/ld\+json">(.*?)<\/script>/s)!) as Record<string, unknown>;
    expect(ld.url).toBe(url);
    expect(ld.mainEntityOfPage).toEqual({ "@type": "WebPage", "@id": url });
    expect(ld.publisher).toMatchObject({ url: SITE });
    expect(attr(read("index.html"), /<link rel="canonical" href="([^"]*)"/)).toBe(`${SITE}/tin/`);
  });

  it("keeps every local link, script, style, preload and chunk the boot script loads under the base", () => {
    for (const file of htmlFiles()) {
      const html = read(file);
      const local = [
        ...[...html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!),
        ...[...html.matchAll(/\sdata-(?:load|preload)="([^"]*)"/g)].flatMap((m) => m[1]!.split(" ").filter(Boolean)),
      ];
      expect(local.length, file).toBeGreaterThan(0);
      expect(local.filter((u) => !u.startsWith("/tin/")), `${file}: local URLs without the base`).toEqual([]);
    }
  });

  it("loads the app through the one head script only: no module script, modulepreload, font preload or manifest link before the first paint", () => {
    // offline.html has no app (tested below).
    for (const file of htmlFiles().filter((f) => f !== "offline.html")) {
      const html = read(file);
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !tag.includes('type="application/ld+json"'));
      expect(scripts, `${file}: scripts besides JSON-LD`).toHaveLength(1);
      expect(scripts[0], file).toMatch(
        /^<script src="\/tin\/assets\/boot-[\w-]+\.js" data-load="\/tin\/assets\/[^"]+" data-preload="[^"]*" data-fetch="[^"]*" data-manifest="\/tin\/manifest\.webmanifest">$/,
      );
      expect(html, file).not.toContain("modulepreload");
      expect(html, file).not.toContain('rel="preload"');
      expect(html, file).not.toContain('rel="manifest"');
    }
  });

  it("has the head script load and preload chunks, and the stylesheet's fonts, that exist in the build", () => {
    const html = read(`${SEED_PATH.slice(1)}/index.html`);
    const boot = attr(html, /<script src="([^"]*boot[^"]*)"/)!;
    const chunks = [...html.matchAll(/\sdata-(?:load|preload|fetch)="([^"]*)"/g)].flatMap((m) => m[1]!.split(" ").filter(Boolean));
    // The entry and its imports, the article page's code and the seed's data.
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    const css = read(attr(html, /<link rel="stylesheet"[^>]*href="([^"]*)"/)!.replace(/^\/tin\//, ""));
    const fonts = [...css.matchAll(/url\(([^)]*\.woff2)\)/g)].map((m) => m[1]!.replace(/^["']|["']$/g, ""));
    expect(fonts.length).toBe(2);
    expect(css).toContain("font-display:optional");
    for (const href of [boot, ...chunks, ...fonts]) expect(existsSync(path.join(out, href.replace(/^\/tin\//, ""))), href).toBe(true);
  });

  it("has the boot script fetch the site's index and the seed's own data on its page, home's list on home, no page's data on 404.html", () => {
    const dataFiles = (html: string) =>
      (attr(html, /\sdata-fetch="([^"]*)"/) ?? "").split(" ").flatMap((href) => href.match(/^\/tin\/data\/(index|[ap]\/[^"]+)\.json$/)?.[1] ?? []);
    expect(dataFiles(read(`${SEED_PATH.slice(1)}/index.html`))).toEqual(["index", `a/${SEED_SLUG}`]);
    expect(dataFiles(read("index.html"))).toEqual(["index", "p/1"]);
    expect(dataFiles(read("404.html"))).toEqual(["index"]);
  });

  it("gives every page its CSP meta right after <meta charset>", () => {
    for (const file of htmlFiles()) {
      expect(read(file), file).toMatch(/<meta charset="UTF-8" \/>\s*<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self'[^"]*">/);
    }
  });

  it("gives every page exactly one title and one description, before the first script", () => {
    for (const file of htmlFiles()) {
      const html = read(file);
      expect(html.match(/<title>/g), file).toHaveLength(1);
      expect(html.match(/<meta name="description"/g), file).toHaveLength(1);
      const script = html.indexOf("<script");
      if (script >= 0) expect(html.indexOf("<title>"), file).toBeLessThan(script);
      const description = attr(html, /<meta name="description" content="([^"]*)"/)!;
      expect(description.length, file).toBeLessThanOrEqual(160);
    }
  });

  it("marks 404.html noindex, with no canonical", () => {
    const html = read("404.html");
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(html).not.toContain('rel="canonical"');
    expect(html).toMatch(/<h1[^>]*>Không tìm thấy trang<\/h1>/);
  });

  it("writes offline.html without the app, and sw.js precaching the app shell under the base", () => {
    const offline = read("offline.html");
    expect(offline).toMatch(/<h1[^>]*>Bạn đang ngoại tuyến<\/h1>/);
    expect(offline).toContain('<meta name="robots" content="noindex"/>');
    expect(offline, "the head script with no app to load").not.toMatch(/data-load=/);
    const sw = read("sw.js");
    const urls = [...sw.matchAll(/url:\s*[`"']([^`"']+)[`"']/g)].map((m) => m[1]!);
    expect(urls).toEqual(expect.arrayContaining(["/tin/index.html", "/tin/offline.html", "/tin/manifest.webmanifest", "/tin/icons/icon-192.png"]));
    expect(urls.filter((url) => !url.startsWith("/tin/")), "precached URLs without the base").toEqual([]);
    expect(urls.filter((url) => url.includes("/bai-viet/") || /\/a\/[^/]+\.js$/.test(url)), "articles are not precached").toEqual([]);
    for (const url of urls) expect(existsSync(path.join(out, url.replace(/^\/tin\//, ""))), url).toBe(true);
  });
});
