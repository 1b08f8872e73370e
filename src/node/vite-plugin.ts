/**
 * The Vite adapter: SEEDS_DIR's dumps become the site's data files (site-data.ts; addresses in
 * src/app/data/data-paths.ts): served from memory by the dev server, written under outDir by a
 * build, each only when its bytes changed. All parsing and ranking is the content core's; this file only
 * reads files (through a cache on disk), reports problems, and tells the dev server what changed.
 */
import path from "node:path";
import { existsSync, readFileSync, statSync, watch, writeFileSync } from "node:fs";
import type { Logger, Plugin, ViteBuilder, ViteDevServer } from "vite";
import { buildCorpus, type Corpus, type RelatedRanker } from "../content/corpus.ts";
import type { ParseResult, RecordResult } from "../content/types.ts";
import { SeedStore } from "./seed-store.ts";
import { allocatorAdvice } from "./allocator.ts";
import { boilerplateLine, duration, formatProblem, removedLine, skippedLine, summaryLine, tally } from "./report.ts";
import { boilerplateThreshold } from "../content/boilerplate.ts";
import { cacheKey, diskCache, type DiskCache } from "./disk-cache.ts";
import { cachedRanker, type RankingReport } from "./related-cache.ts";
import { workerRanker } from "./rank-pool.ts";
import { writeDataFiles } from "./build-data.ts";
import type { ArticleParts } from "./article-data.ts";
import { devDataFile, siteIndex } from "./site-data.ts";
import { DATA_FOLDER, dataPaths } from "../app/data/data-paths.ts";
import { BOOT_ENTRY, PREFERENCES_ENTRY, RENDER_WORKER_ENTRY, SERVER_ENTRY, buildStaticSite, serverOutDir, withContentSecurityPolicy, type BuiltCorpus } from "./static-build.ts";
import { FEED_FILE, shelfFeed, siteFeed } from "./feed.ts";
import { shelfOfFeedPath } from "../app/routes.ts";
import { siteRoot } from "./sitemap.ts";
import { manifestWithSettings, pageSettings, readSiteSettings, type SiteSettings } from "./site-settings.ts";

/** The web app manifest, in public/: named as the site is at build and in dev. */
const MANIFEST = "manifest.webmanifest";

/** Dev: dump changes this close together are one change (see changed()). */
const SETTLE_MS = 100;
/** From this many files on, the build says how far along it is. */
const LARGE = 2000;

/** The plugin's name: the prerender step finds the client build's instance by it. */
export const PLUGIN_NAME = "news-articles";

/**
 * What the client build's instance of the plugin offers the prerender step (Vite's `api` field,
 * its way for one plugin to talk to another): the corpus it built. Vite resolves the config per
 * environment, so the instance that parsed the dumps is the client environment's, not the one
 * whose config hook set up the build; the prerender step asks that one.
 */
export type NewsPluginApi = { built(): BuiltCorpus | undefined };

export function builtCorpusOf(builder: ViteBuilder): BuiltCorpus | undefined {
  const plugin = builder.environments.client?.plugins.find((p) => p.name === PLUGIN_NAME);
  return (plugin?.api as NewsPluginApi | undefined)?.built();
}

/**
 * Dev only: slugs that belonged to an article before its title was edited → its slug now, so a
 * page open on the old address follows the article instead of showing "not found".
 */
export function movedSlugs(history: ReadonlyMap<string, string>, corpus: Corpus): Record<string, string> {
  const current = new Map(corpus.summaries.map((s) => [s.id, s.slug]));
  const live = new Set(current.values());
  const moved: Record<string, string> = {};
  for (const [oldSlug, id] of history) {
    const now = current.get(id);
    if (now && now !== oldSlug && !live.has(oldSlug)) moved[oldSlug] = now;
  }
  return moved;
}

/** How the related lists were had: kept, ranked again in part, or all ranked. */
function rankingLine(report: RankingReport | undefined): string {
  if (!report) return "all as the last build ranked them";
  if (report.whole) return "all ranked";
  return `${report.ranked} lists ranked again, the rest kept from the last build`;
}

/** The news plugin: dumps in, the corpus served in dev and written as data files and pages by a build. */
export function newsArticles(options: { seedsDir?: string | undefined; site?: SiteSettings | undefined } = {}): Plugin {
  // The site's settings (site-settings.ts): site.config.json and the environment, unless handed in.
  const site = options.site ?? readSiteSettings(process.cwd());
  let store: SeedStore;
  let logger: Logger;
  let isBuild = false;
  let corpus: Corpus | null = null;
  let seedsDir = "";
  let base = "/";
  let root = "";
  /** Dev: every slug an article has had since the server started → its id. */
  const slugHistory = new Map<string, string>();
  /** The dev server's ranker (in this thread, on demand), and a build's (on a worker, from the start). */
  let ranker: RelatedRanker;
  let buildRanking: ReturnType<typeof workerRanker>;
  /** A build: settles once every related list is in. */
  let ranked: Promise<void> = Promise.resolve();
  let disk: DiskCache;
  /** Where a build writes: the key of what it keeps from one build to the next. */
  let outDir = "";

  function report(results: ReadonlyArray<ParseResult | RecordResult>): void {
    for (const r of results) {
      for (const p of r.problems) (p.severity === "error" ? logger.error : logger.warn)(formatProblem(p), { timestamp: !isBuild });
    }
  }

  function rebuild(): Corpus {
    const results = existsSync(seedsDir) && statSync(seedsDir).isDirectory() ? store.loadAll() : [];
    corpus = buildCorpus(results, { ranker, store, rankingKey: store.contentKey() });
    return corpus;
  }

  /**
   * Watcher events for dumps, settled: an editor's save is often a truncate and a write (two
   * events), and a reload sent for the half-written file can arrive while the page is still
   * reloading for it, so the page would be left on the broken in-between state. Changes within
   * SETTLE_MS are handled as one.
   */
  const pending = new Set<string>();
  let settle: ReturnType<typeof setTimeout> | undefined;

  function changed(server: ViteDevServer, file: string): void {
    if (!store.isDump(file)) return;
    pending.add(file);
    clearTimeout(settle);
    settle = setTimeout(() => refresh(server), SETTLE_MS);
  }

  function refresh(server: ViteDevServer): void {
    const files = [...pending];
    pending.clear();
    for (const file of files) store.forget(file);
    const results = files.map((file) => store.load(file)).filter((r) => r !== null);
    for (const s of corpus?.summaries ?? []) slugHistory.set(s.slug, s.id);
    // Only the files the watcher named were read again; the rest are as the store holds them.
    corpus = buildCorpus(store.current(), { ranker, store, rankingKey: store.contentKey() });
    report(results);
    logger.info(`news: ${files.map((f) => store.label(f)).join(", ")} changed; ${corpus!.summaries.length} articles`, { timestamp: true });
    server.ws.send({ type: "full-reload" });
  }

  /** A build's corpus, for the prerender step (NewsPluginApi). */
  let built: BuiltCorpus | undefined;

  return {
    name: PLUGIN_NAME,
    api: { built: () => built } satisfies NewsPluginApi,
    // The client build parses and serves the corpus; the server bundle only renders pages.
    applyToEnvironment: (environment) => environment.name === "client",
    config(config, { command }) {
      // The pages' name, tagline and description; canonical and OpenGraph URLs are absolute, on the site's URL.
      const define = { __SITE__: JSON.stringify(pageSettings(site)) };
      const root = path.resolve(config.root ?? process.cwd());
      // The dumps are watched by the plugin itself (configureServer): Vite's watcher keeps out.
      const seeds = path.resolve(root, options.seedsDir || "seeds");
      if (command !== "build") return { define, server: { watch: { ignored: [`${seeds}/**`] } } };
      return {
        define,
        builder: {
          buildApp: (builder) => buildStaticSite(builder, () => builtCorpusOf(builder), builder.config.logger),
        },
        environments: {
          ssr: {
            resolve: { noExternal: true },
            build: {
              outDir: serverOutDir(),
              emptyOutDir: true,
              copyPublicDir: false,
              minify: false,
              rollupOptions: { input: { server: path.resolve(root, SERVER_ENTRY), "render-worker": path.resolve(root, RENDER_WORKER_ENTRY) } },
            },
          },
        },
      };
    },
    transformIndexHtml: {
      order: "post",
      // Only built pages: the dev server's own inline scripts would break under the policy.
      // Dev pages start empty and render on the client: the preferences script only needs to
      // run before the app (a module script, in order); built pages get it from page-document.ts.
      handler: (html, context) =>
        context.server
          ? html.replace("</head>", () => `  <script type="module" src="${base}${PREFERENCES_ENTRY}"></script>\n  </head>`)
          : withContentSecurityPolicy(html),
    },
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      logger = config.logger;
      isBuild = config.command === "build";
      seedsDir = path.resolve(config.root, options.seedsDir || "seeds");
      base = config.base;
      root = config.root;
      // Parse results and related lists outlive the process: a restart reparses only what changed.
      disk = diskCache(config.root);
      store = new SeedStore({ dir: seedsDir, publicDir: config.publicDir || null, root: config.root, base: config.base, disk });
      const relatedName = `related-${cacheKey(seedsDir)}`;
      ranker = cachedRanker(disk, relatedName);
      buildRanking = workerRanker(disk, relatedName, { bodies: store.bodiesDir, pathOf: (label) => path.resolve(config.root, label) });
    },
    async buildStart() {
      if (!existsSync(seedsDir) || !statSync(seedsDir).isDirectory()) {
        const message = `news: the seeds folder ${seedsDir} does not exist; set SEEDS_DIR to a folder of .txt dumps`;
        if (isBuild) this.error(message);
        logger.warn(message);
      }
      const started = Date.now();
      // Large corpora take a while: say how far along the build is (every 2,000 files).
      const progress = (done: number, total: number) => {
        if (total >= LARGE && (done % LARGE === 0 || done === total)) logger.info(`news: read ${done}/${total} files`, { timestamp: !isBuild });
      };
      // Many files to parse (a first build, a parser change): on every core.
      const results = existsSync(seedsDir) ? await store.loadAllParallel(progress) : [];
      const { parsed, cached } = store.lastLoad;
      const parseMs = Date.now() - started;
      const large = results.length >= LARGE;
      if (large) logger.info(`news: ${parsed} files parsed, ${cached} unchanged since the last run, in ${duration(parseMs)}`, { timestamp: !isBuild });
      const advice = isBuild ? allocatorAdvice(results.length) : null;
      if (advice) logger.warn(advice);
      // A build keeps each article's place in the list pages from the last build into this folder
      // (listing.ts): additions land on the last pages, a removal leaves a gap, nothing else moves.
      const slotsName = `slots-${cacheKey(outDir)}`;
      const slots = isBuild ? new Map(Object.entries(disk.read<Record<string, number>>(slotsName) ?? {})) : undefined;
      corpus = buildCorpus(results, { ranker: isBuild ? buildRanking.ranker : ranker, store, rankingKey: store.contentKey(), ...(slots ? { slots } : {}) });
      if (slots) disk.write(slotsName, Object.fromEntries(slots));
      const timings = [`parse ${duration(parseMs)} (${parsed} parsed, ${cached} cached)`];
      /** Each problem, the skipped files by reason, then the summary line. */
      const finalReport = (took: string) => {
        report(results);
        const skipped = skippedLine(results);
        if (skipped) logger.info(skipped);
        const removed = removedLine(results);
        if (removed) logger.info(removed);
        const recurring = corpus ? boilerplateLine(corpus.boilerplate, boilerplateThreshold(corpus.entries.size)) : null;
        if (recurring) logger.info(recurring);
        logger.info(`${summaryLine(tally(results))}${took} (${timings.join(", ")}; from ${store.label(seedsDir) || "."})`);
      };
      if (isBuild) {
        // Ranking, as its own step, on the other core while the build goes on (rank-pool.ts):
        // every page's related list, read once (then kept) when the lists are in.
        const rankStarted = Date.now();
        const count = corpus.entries.size;
        const entries = corpus.entries;
        ranked = buildRanking.ready().then((report) => {
          for (const entry of entries.values()) void entry.related;
          const rankMs = Date.now() - rankStarted;
          timings.push(`related ${duration(rankMs)}`);
          if (large) logger.info(`news: related articles for ${count} articles in ${duration(rankMs)}: ${rankingLine(report)}`);
        });
        // Awaited by writeBundle, which reports a failure; a build stopped before it never asks.
        ranked.catch(() => undefined);
        // The prerendered pages' head script (src/app/boot.ts, the preferences in it): a hashed asset like the rest.
        this.emitFile({ type: "chunk", id: path.resolve(root, BOOT_ENTRY), name: "boot" });
        // A build reports last, after Vite's chunk tables and the prerender step, where it is read.
        built = {
          corpus,
          siteUrl: site.url,
          site: { name: site.name, description: site.description },
          dataFiles: [],
          articles: new Map(),
          bodies: { dir: store.bodiesDir, publicDir: store.publicDir },
          report: () => finalReport(` in ${duration(Date.now() - started)}`),
        };
      } else {
        finalReport("");
      }
    },
    async writeBundle(output) {
      if (!isBuild || !corpus || !output.dir || !built) return;
      // The manifest names the site as its settings do (public/ holds the rest of it).
      const manifest = path.join(output.dir, MANIFEST);
      if (existsSync(manifest)) writeFileSync(manifest, manifestWithSettings(readFileSync(manifest, "utf8"), site));
      const current = corpus;
      const partsOf = (slug: string): ArticleParts => {
        const entry = current.entries.get(slug)!;
        const source = store.bodySource(entry.file);
        if (!source) return { page: current.page(slug)! };
        const { related, topics } = current.aboutOf(slug);
        return { record: entry.record, related, previous: entry.previous, next: entry.next, ...(topics ? { topics } : {}), source };
      };
      const data = await writeDataFiles({ dir: output.dir, corpus, base, disk, bodyKey: (file) => store.bodyKey(file), partsOf, ranked: () => ranked, built });
      logger.info(`news: data files: ${data.written} written, ${data.unchanged} unchanged; the articles' after ranking`);
      const news = built;
      news.ranked = () => ranked;
      news.articlesReady = async () => {
        const articles = await data.articles();
        news.finish = articles.finish;
        logger.info(`news: articles' data files: ${articles.kept} kept, ${articles.deferred} made with their pages`);
      };
    },
    configureServer(server) {
      // The manifest with the site's name, as a build writes it.
      server.middlewares.use((request, response, next) => {
        const publicManifest = path.join(server.config.publicDir, MANIFEST);
        if (request.url?.split("?")[0] !== base + MANIFEST || !existsSync(publicManifest)) return next();
        response.setHeader("Content-Type", "application/manifest+json; charset=utf-8");
        response.end(manifestWithSettings(readFileSync(publicManifest, "utf8"), site));
      });
      // The feeds, the site's and each author's and topic's, as a build writes them.
      server.middlewares.use((request, response, next) => {
        const url = request.url?.split("?")[0] ?? "";
        const shelf = url.startsWith(base) ? shelfOfFeedPath(`/${url.slice(base.length)}`) : null;
        if (url !== base + FEED_FILE && shelf === null) return next();
        const current = corpus ?? rebuild();
        const root = siteRoot(site.url, base);
        const xml = shelf === null ? siteFeed(current, root, site) : shelfFeed(current, shelf.kind, shelf.slug, root, site);
        if (xml === null) return next();
        response.setHeader("Content-Type", "application/rss+xml; charset=utf-8");
        response.end(xml);
      });
      // The data files, as a build writes them, from memory (the search index's built at the first query).
      const prefix = base + DATA_FOLDER;
      const index = (current: Corpus) =>
        JSON.stringify(siteIndex(current, base + dataPaths.search, { broken: current.broken, moved: movedSlugs(slugHistory, current) }));
      server.middlewares.use((request, response, next) => {
        const url = request.url?.split("?")[0] ?? "";
        if (!url.startsWith(prefix)) return next();
        const current = corpus ?? rebuild();
        const data = devDataFile(current, url.slice(base.length), () => index(current));
        if (data === undefined) {
          response.statusCode = 404;
          return response.end();
        }
        response.setHeader("Content-Type", typeof data === "string" ? "application/json; charset=utf-8" : "application/octet-stream");
        response.setHeader("Cache-Control", "no-cache");
        response.end(data);
      });
      // One watch on the folder (inotify on Linux), not Vite's chokidar, which stats every file
      // it adds: 100,000 dumps kept the dev server's event loop busy for seconds after it started.
      // An event names the entry; changed() settles them and store.load() tells what happened.
      try {
        const watcher = watch(seedsDir, (_event, name) => {
          if (name) changed(server, path.join(seedsDir, name.toString()));
        });
        // Never what keeps a process alive (a test's server, a script's): closed with the server.
        watcher.unref();
        server.httpServer?.once("close", () => watcher.close());
      } catch (error) {
        logger.warn(`news: cannot watch ${seedsDir} (${(error as Error).message}); restart the dev server after changing dumps`);
      }
    },
  };
}
