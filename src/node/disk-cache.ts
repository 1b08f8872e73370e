/**
 * A JSON file per cached thing under `node_modules/.cache/news-reader/` (where tools keep caches
 * that `npm ci` may wipe): parse results by file, related lists by corpus. Each file records the
 * version of the content core that made it, so editing the parser or the ranking invalidates
 * every entry at once instead of serving stale articles.
 *
 * NEWS_CACHE=off disables it (reads miss, nothing is written); NEWS_CACHE_DIR moves it.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export type DiskCache = {
  /** The stored value, or undefined when there is none, it is unreadable, or the code changed. */
  read<T>(name: string): T | undefined;
  write(name: string, value: unknown): void;
  /**
   * A folder for many small files that go with the value `name` (one per dump: src/node/body-files.ts),
   * for this version of the content core; null when the cache is off. Its other versions are
   * removed, and it goes when `name`'s file is pruned.
   */
  folder(name: string): string | null;
  readonly dir: string | null;
};

let version: string | undefined;

/**
 * A hash of the content core's source (src/content/*.ts): parse and ranking results depend on
 * nothing else. Read from disk next to this file, so it also works from Vite's bundled config.
 */
export function contentCoreVersion(): string {
  if (version === undefined) {
    const hash = createHash("sha1");
    try {
      const dir = fileURLToPath(new URL("../content/", import.meta.url));
      for (const name of readdirSync(dir).filter((n) => n.endsWith(".ts")).sort()) {
        hash.update(name).update("\0").update(readFileSync(path.join(dir, name))).update("\0");
      }
      version = hash.digest("hex").slice(0, 16);
    } catch {
      version = ""; // the source is not beside us: never trust a cache
    }
  }
  return version;
}

const NONE: DiskCache = { read: () => undefined, write: () => {}, folder: () => null, dir: null };

const FOLDER = /^(.*)\.([0-9a-f]+)\.files$/;

/**
 * The cache for a project `root`, or one that never hits when NEWS_CACHE=off. `code`: the content
 * core's version as the main thread read it, for a bundled worker, whose module is not beside the
 * source (worker-module.ts); there contentCoreVersion() is "" and the cache would never hit.
 */
export function diskCache(root: string, env: NodeJS.ProcessEnv = process.env, code = contentCoreVersion()): DiskCache {
  if (env.NEWS_CACHE === "off" || code === "") return NONE;
  const dir = path.resolve(root, env.NEWS_CACHE_DIR || "node_modules/.cache/news-reader");
  const file = (name: string) => path.join(dir, `${name}.json`);
  return {
    dir,
    read<T>(name: string): T | undefined {
      try {
        const stored = JSON.parse(readFileSync(file(name), "utf8")) as { code: string; value: T };
        return stored.code === code ? stored.value : undefined;
      } catch {
        return undefined; // missing or half-written: a miss, never an error
      }
    },
    write(name: string, value: unknown): void {
      try {
        mkdirSync(dir, { recursive: true });
        // Write beside, then rename: a reader never sees half a file.
        const temporary = `${file(name)}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify({ code, value }));
        renameSync(temporary, file(name));
        prune(dir, `${name}.json`);
      } catch {
        // A read-only project still builds; it just parses everything next time.
      }
    },
    folder(name: string): string | null {
      try {
        mkdirSync(dir, { recursive: true });
        for (const entry of readdirSync(dir)) {
          const match = FOLDER.exec(entry);
          if (match && match[1] === name && match[2] !== code) rmSync(path.join(dir, entry), { recursive: true, force: true });
        }
        const folder = path.join(dir, `${name}.${code}.files`);
        mkdirSync(folder, { recursive: true });
        // Its value's file says it is in use (pruning removes a folder without one): null until written.
        if (!existsSync(file(name))) writeFileSync(file(name), JSON.stringify({ code, value: null }));
        return folder;
      } catch {
        return null;
      }
    },
  };
}

/**
 * At most this many cache files: every seeds folder ever built adds two and every output folder
 * four (test runs make many, several at once). A value pruned while its build runs costs that
 * build its reuse, never its correctness: a missing body file is parsed again, a missing folder
 * made again.
 */
export const MAX_FILES = 40;

/** Drops the least recently written files beyond MAX_FILES, never the one just written. */
function prune(dir: string, keep: string): void {
  const files = readdirSync(dir)
    .filter((n) => n.endsWith(".json") && n !== keep)
    .map((n) => ({ n, at: statSync(path.join(dir, n)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const { n } of files.slice(MAX_FILES - 1)) rmSync(path.join(dir, n), { force: true });
  // A folder goes with its value's file.
  for (const entry of readdirSync(dir)) {
    const match = FOLDER.exec(entry);
    if (match && match[1] !== keep.replace(/\.json$/, "") && !existsSync(path.join(dir, `${match[1]}.json`))) {
      rmSync(path.join(dir, entry), { recursive: true, force: true });
    }
  }
}

/** A short stable name for something long (a seeds folder's path). */
export function cacheKey(text: string): string {
  return createHash("sha1").update(text).digest("hex").slice(0, 12);
}
