/**
 * `vite build` twice into the same folder, the second time after a dump was added and one
 * removed: the rebuild reparses only the new dump, rewrites only the files whose bytes change
 * (their modification times say so), and the removed article's page, data and sitemap entry are
 * gone, with no page left linking to it.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDump, indexWidth } from "../../scripts/corpus/generate";

// Outside the repository: Tailwind scans the project folder.
const scratch = mkdtempSync(path.join(tmpdir(), "news-rebuild-"));
const seeds = path.join(scratch, "seeds");
const out = path.join(scratch, "dist");
const cache = path.join(scratch, "cache");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const COUNT = 60;
const width = indexWidth(COUNT + 1);

function build(): string {
  const r = spawnSync(process.execPath, ["node_modules/vite/bin/vite.js", "build", "--outDir", out], {
    env: { ...process.env, SEEDS_DIR: seeds, NEWS_CACHE_DIR: cache, SITE_URL: "https://tin.example.vn", NODE_ENV: "production" },
    encoding: "utf8",
  });
  const output = r.stdout + r.stderr;
  if (r.status !== 0) throw new Error(`vite build failed:\n${output}`);
  return output;
}

/** Every file of the output with its modification time. */
function stamps(dir = out, into = new Map<string, number>()): Map<string, number> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) stamps(full, into);
    else into.set(path.relative(out, full).split(path.sep).join("/"), statSync(full).mtimeMs);
  }
  return into;
}

let before: Map<string, number>;
let after: Map<string, number>;
let rebuildOutput = "";
let goneSlug = "";
let newSlug = "";

beforeAll(() => {
  mkdirSync(seeds);
  for (let i = 0; i < COUNT; i++) {
    const dump = generateDump("1", i, width);
    writeFileSync(path.join(seeds, dump.name), dump.bytes);
  }
  copyFileSync("seeds/000_5f679b6fde1a2fd2.txt", path.join(seeds, "000_5f679b6fde1a2fd2.txt"));
  build();
  before = stamps();
  const index = (slugOf: string) => JSON.parse(readFileSync(path.join(out, "data/a", `${slugOf}.json`), "utf8")) as { article: { id: string } };
  // A good article from the middle of the archive goes; the generator's next dump arrives.
  const articles = [...before.keys()].filter((f) => f.startsWith("data/a/")).map((f) => f.slice("data/a/".length, -".json".length)).sort();
  goneSlug = articles[Math.floor(articles.length / 2)]!;
  unlinkSync(path.join(seeds, `${index(goneSlug).article.id}.txt`));
  const added = generateDump("1", COUNT, width);
  writeFileSync(path.join(seeds, added.name), added.bytes);
  rebuildOutput = build();
  after = stamps();
  newSlug = [...after.keys()].find((f) => f.startsWith("data/a/") && !before.has(f))!.slice("data/a/".length, -".json".length);
}, 240_000);

describe("a rebuild after one dump added and one removed", () => {
  it("reparses only the new dump", () => {
    expect(rebuildOutput).toMatch(/\(1 parsed, \d+ cached\)/);
  });

  it("rewrites a small share of the files, the untouched articles' pages and data not at all", () => {
    const rewritten = [...after].filter(([file, at]) => before.get(file) !== at).map(([file]) => file);
    expect(rewritten.length / after.size).toBeLessThan(0.35);
    const untouched = [...after.keys()].filter((f) => f.startsWith("bai-viet/") && before.has(f) && !rewritten.includes(f));
    // Most articles neither neighbour the two changed ones nor list them as related.
    expect(untouched.length).toBeGreaterThan(COUNT / 2);
    expect(rewritten).toContain(`bai-viet/${newSlug}/index.html`);
    expect(rewritten).toContain(`data/a/${newSlug}.json`);
  });

  it("removes the gone article's page and data, and no page or sitemap names it", () => {
    expect(after.has(`bai-viet/${goneSlug}/index.html`)).toBe(false);
    expect(after.has(`data/a/${goneSlug}.json`)).toBe(false);
    for (const file of after.keys()) {
      if (!/\.(html|json|xml)$/.test(file) || file.startsWith("data/search/")) continue;
      const text = readFileSync(path.join(out, file), "utf8");
      expect(text, file).not.toContain(`/bai-viet/${goneSlug}"`);
      expect(text, file).not.toContain(`"slug":"${goneSlug}"`);
    }
    const sitemaps = [...after.keys()].filter((f) => f.startsWith("sitemap")).map((f) => readFileSync(path.join(out, f), "utf8")).join("");
    expect(sitemaps).not.toContain(`/bai-viet/${goneSlug}<`);
    expect(sitemaps).toContain(`/bai-viet/${newSlug}<`);
  });

  it("renders again only the pages whose data changed", () => {
    const [, pages, rendered] = /news: (\d+) pages: (\d+) rendered/.exec(rebuildOutput) ?? [];
    expect(Number(pages)).toBeGreaterThan(COUNT);
    expect(Number(rendered)).toBeLessThan(Number(pages) / 2);
  });
});
