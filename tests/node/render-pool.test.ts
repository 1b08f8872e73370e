/** Rendering on worker threads: every page written, each caller told its own outcome, and a failure says which page. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { PageData } from "../../src/app/data/page-data";
import type { ArticlePage } from "../../src/content/types";
import { dataDigest } from "../../src/node/article-data";
import type { PageTask } from "../../src/node/prerender";
import type { Template } from "../../src/node/page-document";
import { createRenderPool, type RenderShared } from "../../src/node/render-pool";

// A stand-in for the server bundle: renderPageFromData as the worker calls it.
const dir = mkdtempSync(path.join(tmpdir(), "render-pool-"));
const bundle = path.join(dir, "server.mjs");
writeFileSync(
  bundle,
  `export async function renderPageFromData(url, data, basename) {
    if (url.includes("/cham")) await new Promise((done) => setTimeout(done, 30));
    if (url.includes("/hong")) throw new Error("cannot render " + url);
    return { head: "<title>" + url + "</title>", body: basename + "|" + (data.article?.slug ?? "") + "|" + data.index.count + "|" + (data.article?.page?.article?.title ?? "") };
  }`,
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const template: Template = {
  html: '<!doctype html><html lang="vi"><head></head><body><div id="root"></div></body></html>',
  boot: "/boot.js",
  manifest: null,
  entry: ["/entry.js"],
  fonts: [],
  data: null,
  pageChunks: {},
};
const index: PageData["index"] = { latest: [], count: 7, pageCount: 1, homePages: [1] };
const shared = (base = "/"): RenderShared => ({ context: { outDir: dir, bodies: null, publicDir: null, base }, template, index });
const task = (slug: string, base = "/"): PageTask => ({
  url: `${base}bai-viet/${slug}`,
  route: { url: `/bai-viet/${slug}`, file: `bai-viet/${slug}/index.html`, page: "article", slug },
  data: { article: { slug, page: null } },
});
const html = (slug: string) => readFileSync(path.join(dir, `bai-viet/${slug}/index.html`), "utf8");

describe("createRenderPool", () => {
  it("renders and writes every page on the workers, each with the build's shared index, and tells each caller", async () => {
    const pool = createRenderPool(pathToFileURL(bundle).href, shared("/tin/"), { threads: 2 });
    try {
      const outcomes = await Promise.all(Array.from({ length: 70 }, (_, i) => pool.write(task(`b${i}`, "/tin/"))));
      expect(outcomes.every((o) => o.written)).toBe(true);
      expect(html("b3")).toContain("<title>/tin/bai-viet/b3</title>");
      expect(html("b3")).toContain('<div id="root">/tin/|b3|7|</div>');
      // The same page again: its bytes are there, nothing is written.
      expect(await pool.write(task("b3", "/tin/"))).toEqual({ written: false });
    } finally {
      await pool.close();
    }
  });

  it("makes an article's data file with its page when the build left it to the render step, and says its digest", async () => {
    const pool = createRenderPool(pathToFileURL(bundle).href, shared(), { threads: 1 });
    try {
      const page = { article: { slug: "moi", title: "Bài mới" }, related: [], previous: null, next: null } as unknown as ArticlePage;
      const made = await pool.write({ ...task("moi"), article: { name: "data/a/moi.json", build: { page } } });
      const json = readFileSync(path.join(dir, "data/a/moi.json"), "utf8");
      expect(JSON.parse(json)).toEqual(page);
      expect(made.digest).toBe(dataDigest(json));
      expect(html("moi")).toContain("|moi|7|Bài mới<");
      // Read back from the file when it is not to be made.
      const again = await pool.write({ ...task("moi"), article: { name: "data/a/moi.json" } });
      expect(again).toEqual({ written: false });
    } finally {
      await pool.close();
    }
  });

  it("fails a page that cannot be rendered with its address, and goes on with the others", async () => {
    const pool = createRenderPool(pathToFileURL(bundle).href, shared(), { threads: 1 });
    try {
      // In one batch: the bad page fails alone.
      const [bad, good] = await Promise.allSettled([pool.write(task("hong")), pool.write(task("tot"))]);
      expect(bad.status === "rejected" && String(bad.reason)).toMatch(/rendering \/bai-viet\/hong: .*cannot render/);
      expect(good.status === "fulfilled" && good.value.written).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it("answers each caller for its own page while a worker holds a second batch behind a slow one", async () => {
    const pool = createRenderPool(pathToFileURL(bundle).href, shared(), { threads: 1 });
    try {
      // The first batch starts with a slow page; the second, already sent, holds the bad ones.
      const slugs = Array.from({ length: 40 }, (_, i) => (i === 0 ? "cham" : i >= 16 && i % 3 === 0 ? `hong${i}` : `b${i}`));
      const settled = await Promise.allSettled(slugs.map((slug) => pool.write(task(slug))));
      const failed = slugs.filter((_, i) => settled[i]!.status === "rejected");
      expect(failed).toEqual(slugs.filter((slug) => slug.startsWith("hong")));
      for (const [i, slug] of slugs.entries()) {
        const outcome = settled[i]!;
        if (outcome.status === "rejected") expect(String(outcome.reason)).toContain(`rendering /bai-viet/${slug}:`);
      }
      expect(html("cham")).toContain("|cham|");
    } finally {
      await pool.close();
    }
  });

  it("fails every page, at once, when a worker cannot start (its bundle is missing), instead of waiting forever", async () => {
    const pool = createRenderPool(pathToFileURL(path.join(dir, "missing.mjs")).href, shared(), { threads: 1 });
    try {
      const settled = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => pool.write(task(`x${i}`))));
      expect(settled.every((r) => r.status === "rejected")).toBe(true);
      expect(String((settled[0] as PromiseRejectedResult).reason)).toMatch(/a render worker (failed|exited)/);
      await expect(pool.write(task("sau"))).rejects.toThrow(/render worker/);
    } finally {
      await pool.close();
    }
  });
});
