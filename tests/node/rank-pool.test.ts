import { mkdirSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildCorpus, type RelatedRanker } from "../../src/content/corpus";
import { diskCache } from "../../src/node/disk-cache";
import { workerRanker } from "../../src/node/rank-pool";
import { cachedRanker } from "../../src/node/related-cache";
import { SeedStore } from "../../src/node/seed-store";

let root: string;
let seeds: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "rank-pool-"));
  seeds = path.join(root, "seeds");
  mkdirSync(seeds);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const PLACES = ["Quảng Thành", "Cái Chiên", "Đường Hoa"];
function writeDumps(count: number) {
  for (let n = 0; n < count; n++) {
    const place = PLACES[n % PLACES.length]!;
    writeFileSync(path.join(seeds, `${String(n).padStart(3, "0")}.txt`), `Tin ${place} số ${n}\n${(n % 28) + 1}/03/2020\n\nBà con ${place} ra đồng, ${place} vào mùa.\n\nĐoạn ${n} kể chuyện ${place}.`);
  }
}

/** A corpus from the store (records, bodies on disk) with `ranker`. */
function corpusWith(store: SeedStore, ranker: RelatedRanker) {
  return buildCorpus(store.loadAll(), { ranker, store, rankingKey: store.contentKey() });
}

/** The disk cache and store of the dumps in `seeds`, and a worker ranker reading that store's bodies. */
function setUp(cache = "cache") {
  const disk = diskCache(root, { NEWS_CACHE_DIR: cache });
  const store = new SeedStore({ dir: seeds, root, disk });
  const ranker = () => workerRanker(disk, "related-w", { bodies: store.bodiesDir, pathOf: (label) => path.resolve(root, label) });
  return { disk, store, ranker };
}

describe("workerRanker", () => {
  it("ranks on a worker thread the lists an in-thread ranking gives, and stores them for the next build", async () => {
    writeDumps(12);
    const { disk, store, ranker } = setUp();
    const inWorker = ranker();
    const corpus = corpusWith(store, inWorker.ranker);
    const [entry] = corpus.entries.values();
    expect(() => entry!.related).toThrow(/before ranking finished/);
    const report = await inWorker.ready();
    expect(report).toEqual({ ranked: 12, total: 12, whole: true });

    const inThread = corpusWith(new SeedStore({ dir: seeds, root, disk: diskCache(root, { NEWS_CACHE_DIR: "other" }) }), cachedRanker(diskCache(root, { NEWS_CACHE_DIR: "other" }), "related-t"));
    for (const [slug, e] of inThread.entries) expect(corpus.entries.get(slug)!.related.map((s) => s.slug)).toEqual(e.related.map((s) => s.slug));

    // The same corpus again: the stored lists, no worker.
    const again = ranker();
    const next = corpusWith(new SeedStore({ dir: seeds, root, disk }), again.ranker);
    expect(await again.ready()).toBeUndefined();
    expect([...next.entries.values()][0]!.related).toEqual(entry!.related);
  });

  it("parses a dump again when its term file is gone", async () => {
    writeDumps(6);
    const { store, ranker } = setUp();
    const ranking = ranker();
    const corpus = corpusWith(store, ranking.ranker);
    for (const name of readdirSync(store.bodiesDir!)) if (name.endsWith(".bin")) unlinkSync(path.join(store.bodiesDir!, name));
    await ranking.ready();
    expect([...corpus.entries.values()].some((e) => e.related.length > 0)).toBe(true);
  });
});
