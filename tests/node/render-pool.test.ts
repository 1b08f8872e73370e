/** Rendering on worker threads: every page comes back, in its own order, and a failure says which page. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { PageData } from "../../src/app/data/page-data";
import { createRenderPool } from "../../src/node/render-pool";
import { dataDigest } from "../../src/node/article-data";
import type { ArticlePage } from "../../src/content/types";

// A stand-in for the server bundle: renderPageFromData as the worker calls it.
const dir = mkdtempSync(path.join(tmpdir(), "render-pool-"));
const bundle = path.join(dir, "server.mjs");
writeFileSync(
  bundle,
  `export async function renderPageFromData(url, data, basename) {
    if (url.endsWith("/hong")) throw new Error("cannot render " + url);
    return { head: "<title>" + url + "</title>", body: basename + "|" + (data.article?.slug ?? "") + "|" + data.index.count };
  }`,
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const context = { outDir: dir, bodies: null, publicDir: null, base: "/" };
const data = (slug: string): PageData => ({ index: { latest: [], count: 7, pageCount: 1, homePages: [1] }, article: { slug, page: null } });

describe("createRenderPool", () => {
  it("renders every page on the workers and hands each back to its own caller", async () => {
    const pool = createRenderPool(pathToFileURL(bundle).href, "/tin/", context, 2);
    try {
      const pages = await Promise.all(Array.from({ length: 70 }, (_, i) => pool.render(`/tin/bai-viet/b${i}`, data(`b${i}`), "/tin/")));
      expect(pages.map((p) => p.head)).toEqual(Array.from({ length: 70 }, (_, i) => `<title>/tin/bai-viet/b${i}</title>`));
      expect(pages[3]!.body).toBe("/tin/|b3|7");
    } finally {
      await pool.close();
    }
  });

  it("makes an article's data file with its page when the build left it to the render step, and says its digest", async () => {
    const pool = createRenderPool(pathToFileURL(bundle).href, "/", context, 1);
    try {
      const page = { article: { slug: "moi", title: "Bài mới" }, related: [], previous: null, next: null } as unknown as ArticlePage;
      const rendered = await pool.render("/bai-viet/moi", data("moi"), "/", { name: "data/a/moi.json", build: { page } });
      const json = readFileSync(path.join(dir, "data/a/moi.json"), "utf8");
      expect(JSON.parse(json)).toEqual(page);
      expect(rendered.digest).toBe(dataDigest(json));
      // Read back from the file when it is not to be made.
      const again = await pool.render("/bai-viet/moi", data("moi"), "/", { name: "data/a/moi.json" });
      expect(again.digest).toBeUndefined();
      expect(again.body).toBe("/|moi|7");
    } finally {
      await pool.close();
    }
  });

  it("fails a page that cannot be rendered with its address, and goes on with the others", async () => {
    const pool = createRenderPool(pathToFileURL(bundle).href, "/", context, 1);
    try {
      // In one batch: the bad page fails alone.
      const [bad, good] = await Promise.allSettled([pool.render("/bai-viet/hong", data("hong"), "/"), pool.render("/bai-viet/tot", data("tot"), "/")]);
      expect(bad.status === "rejected" && String(bad.reason)).toMatch(/rendering \/bai-viet\/hong: .*cannot render/);
      expect(good.status === "fulfilled" && good.value.body).toBe("/|tot|7");
    } finally {
      await pool.close();
    }
  });

  it("fails every page, at once, when a worker cannot start (its bundle is missing), instead of waiting forever", async () => {
    const pool = createRenderPool(pathToFileURL(path.join(dir, "missing.mjs")).href, "/", context, 1);
    try {
      const pages = Array.from({ length: 40 }, (_, i) => pool.render(`/bai-viet/b${i}`, data(`b${i}`), "/"));
      const settled = await Promise.allSettled(pages);
      expect(settled.every((r) => r.status === "rejected")).toBe(true);
      expect(String((settled[0] as PromiseRejectedResult).reason)).toMatch(/a render worker (failed|exited)/);
      await expect(pool.render("/bai-viet/sau", data("sau"), "/")).rejects.toThrow(/render worker/);
    } finally {
      await pool.close();
    }
  });
});
