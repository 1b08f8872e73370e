import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/content/corpus";
import { articlePage, dataDigest, pageOf, type ArticleParts } from "../../src/node/article-data";
import { diskCache } from "../../src/node/disk-cache";
import { SeedStore } from "../../src/node/seed-store";

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "article-data-"));
  mkdirSync(path.join(root, "seeds"));
  mkdirSync(path.join(root, "public/images/001"), { recursive: true });
  mkdirSync(path.join(root, "out"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

// A 1×1 PNG: the figure gets its address and size from it.
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082", "hex");

function setUp() {
  writeFileSync(path.join(root, "seeds/001.txt"), "Chè Đường Hoa vào vụ\n16/03/2020\n\nNgười trồng chè hái búp.\n\nĐồi chè Đường Hoa mùa xuân\nĐồi chè Đường Hoa mùa xuân.\n\nĐoạn cuối.");
  writeFileSync(path.join(root, "seeds/002.txt"), "Chè Đường Hoa xuất khẩu\n17/03/2020\n\nChè Đường Hoa đi xa.\n\nĐoạn thân.");
  writeFileSync(path.join(root, "public/images/001/1.png"), PNG);
  const store = new SeedStore({ dir: path.join(root, "seeds"), publicDir: path.join(root, "public"), root, base: "/tin/", disk: diskCache(root, { NEWS_CACHE_DIR: "cache" }) });
  const corpus = buildCorpus(store.loadAll(), { store });
  const context = { outDir: path.join(root, "out"), bodies: store.bodiesDir, publicDir: store.publicDir, base: "/tin/" };
  const partsOf = (slug: string): ArticleParts => {
    const entry = corpus.entries.get(slug)!;
    return { record: entry.record, related: entry.related, previous: entry.previous, next: entry.next, source: store.bodySource(entry.file)! };
  };
  return { store, corpus, context, partsOf };
}

describe("an article's data file made where its page is rendered", () => {
  it("is the page the corpus gives, byte for byte, its images attached", () => {
    const { corpus, context, partsOf } = setUp();
    for (const { slug } of corpus.summaries) expect(JSON.stringify(pageOf(partsOf(slug), context))).toBe(JSON.stringify(corpus.page(slug)));
    const withImage = corpus.summaries.find((s) => s.id === "001")!.slug;
    expect(JSON.stringify(pageOf(partsOf(withImage), context))).toContain('"src":"/tin/images/001/1.png"');
  });

  it("is written under outDir with its digest, and read back from there when not to be made", () => {
    const { corpus, context, partsOf } = setUp();
    const slug = corpus.summaries[0]!.slug;
    const made = articlePage({ name: `data/a/${slug}.json`, build: partsOf(slug) }, context);
    const json = readFileSync(path.join(context.outDir, `data/a/${slug}.json`), "utf8");
    expect(made.digest).toBe(dataDigest(json));
    expect(articlePage({ name: `data/a/${slug}.json` }, context)).toEqual({ page: JSON.parse(json) });
  });

  it("parses the dump again when its body file is gone", () => {
    const { corpus, context, partsOf } = setUp();
    rmSync(context.bodies!, { recursive: true, force: true });
    const slug = corpus.summaries[1]!.slug;
    expect(JSON.stringify(pageOf(partsOf(slug), context))).toBe(JSON.stringify(corpus.page(slug)));
  });
});
