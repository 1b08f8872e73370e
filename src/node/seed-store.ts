/**
 * The seeds folder on disk, parsed and cached. Each file's parse is keyed by a hash of its
 * bytes, so a dev edit or a rebuild after one change reparses only that file. With a disk cache
 * the results outlive the process: the next build or dev start reparses only what changed.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parseArticle } from "../content/parse.ts";
import type { ParseResult } from "../content/types.ts";
import { attachImages } from "./images.ts";
import { cacheKey, type DiskCache } from "./disk-cache.ts";
import { POOL_FROM, parseInWorkers } from "./parse-pool.ts";

type Entry = { hash: string; result: ParseResult };
/** A dump whose bytes the cache does not hold: its bytes when they were kept for parsing here. */
type Miss = { path: string; label: string; hash: string; bytes: Buffer | null };
type Scan = { files: string[]; removed: number; misses: Miss[]; unreadable: string[] };

const parseMiss = ({ path: file, label, bytes }: Miss): ParseResult => parseArticle(label, bytes ?? readFileSync(file));
/** What the last loadAll did: how many files it parsed and how many it took from a cache. */
export type LoadStats = { parsed: number; cached: number };

export class SeedStore {
  private readonly cache = new Map<string, Entry>();
  private readonly disk: DiskCache | null;
  private diskRead = false;
  private parsedSinceSave = 0;
  lastLoad: LoadStats = { parsed: 0, cached: 0 };

  readonly dir: string;
  private readonly publicDir: string | null;
  private readonly root: string;
  private readonly base: string;

  /** `publicDir` is where `images/<id>/<n>.*` may live; `base` is the site's public base path. */
  constructor(options: { dir: string; publicDir?: string | null; root?: string; base?: string; disk?: DiskCache | null }) {
    this.dir = path.resolve(options.dir);
    this.disk = options.disk ?? null;
    this.publicDir = options.publicDir ?? null;
    this.root = options.root ?? process.cwd();
    this.base = options.base ?? "/";
  }

  /** Dump files in the folder, sorted by name; folders and other files are ignored. */
  files(): string[] {
    return readdirSync(this.dir, { withFileTypes: true })
      .filter((d) => d.name.toLowerCase().endsWith(".txt") && !d.name.startsWith("."))
      .map((d) => path.join(this.dir, d.name))
      .filter((f) => {
        try {
          return statSync(f).isFile();
        } catch {
          return false; // deleted between listing and stat
        }
      })
      .sort();
  }

  isDump(file: string): boolean {
    return path.dirname(path.resolve(file)) === this.dir && file.toLowerCase().endsWith(".txt");
  }

  /** How the file is named in problems: relative to the project when inside it. */
  label(file: string): string {
    const rel = path.relative(this.root, file);
    return rel.startsWith("..") ? file : rel.split(path.sep).join("/");
  }

  /** Parses every dump, reusing cached results for unchanged bytes; `onProgress(done, total)` as files are read. */
  loadAll(onProgress?: (done: number, total: number) => void): ParseResult[] {
    const scan = this.scan(onProgress);
    return this.settle(scan, scan.misses.map(parseMiss));
  }

  /**
   * loadAll, with the files to parse spread over worker threads when there are many (a first
   * build, or after the parser changed): reading and hashing stay here, parsing goes to every core.
   */
  async loadAllParallel(onProgress?: (done: number, total: number) => void): Promise<ParseResult[]> {
    const scan = this.scan(onProgress);
    const parsed = scan.misses.length >= POOL_FROM ? await parseInWorkers(scan.misses.map(({ path: file, label }) => ({ path: file, label }))) : scan.misses.map(parseMiss);
    return this.settle(scan, parsed);
  }

  /**
   * Every dump read and hashed once: the ones whose bytes the cache does not hold (with their
   * bytes while they are few enough to parse here), the ones that could not be read, and how many
   * cached files are gone from the folder (dropped from the cache).
   */
  private scan(onProgress?: (done: number, total: number) => void): Scan {
    this.readDisk();
    const files = this.files();
    const live = new Set(files);
    let removed = 0;
    for (const f of this.cache.keys()) if (!live.has(f) && this.cache.delete(f)) removed++;
    const misses: Miss[] = [];
    const unreadable: string[] = [];
    files.forEach((file, i) => {
      let bytes: Buffer | undefined;
      try {
        bytes = readFileSync(file);
      } catch {
        unreadable.push(file);
      }
      if (bytes) {
        const hash = createHash("sha1").update(bytes).digest("hex");
        // Past POOL_FROM the workers parse them and read them again: the bytes need not wait here.
        if (this.cache.get(file)?.hash !== hash) misses.push({ path: file, label: this.label(file), hash, bytes: misses.length < POOL_FROM ? bytes : null });
      }
      onProgress?.(i + 1, files.length);
    });
    return { files, removed, misses, unreadable };
  }

  /** The scan's misses parsed (in its order): cached, then every file's result in file-name order. */
  private settle({ files, removed, misses, unreadable }: Scan, parsed: readonly ParseResult[]): ParseResult[] {
    misses.forEach(({ path: file, hash }, i) => {
      const result = parsed[i]!;
      if (result.article && this.publicDir) attachImages(result.article, this.publicDir, this.base);
      this.cache.set(file, { hash, result });
    });
    // Unreadable files as load() reports them (gone meanwhile: dropped).
    for (const file of unreadable) this.load(file);
    const results = files.flatMap((f) => {
      const entry = this.cache.get(f);
      return entry ? [entry.result] : [];
    });
    this.lastLoad = { parsed: misses.length, cached: results.length - misses.length };
    if (misses.length > 0 || removed > 0 || this.parsedSinceSave > 0) this.writeDisk();
    return results;
  }

  private diskName(): string {
    return `parse-${cacheKey(this.dir)}`;
  }

  /** Once, before the first load: the previous run's results, by file. */
  private readDisk(): void {
    if (this.diskRead || !this.disk) return;
    this.diskRead = true;
    const stored = this.disk.read<Array<[string, string, ParseResult]>>(this.diskName());
    for (const [file, hash, result] of stored ?? []) {
      if (this.cache.has(file) || result.file !== this.label(file)) continue;
      // Images are not part of the cache: they can change without the dump changing.
      if (result.article && this.publicDir) attachImages(result.article, this.publicDir, this.base);
      this.cache.set(file, { hash, result });
    }
  }

  private writeDisk(): void {
    if (!this.disk) return;
    this.disk.write(this.diskName(), [...this.cache].map(([file, { hash, result }]) => [file, hash, result]));
    this.parsedSinceSave = 0;
  }

  /** One dump, from cache when its bytes are unchanged; null when it is gone. */
  load(file: string): ParseResult | null {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      this.cache.delete(file);
      const code = (error as NodeJS.ErrnoException).code;
      // Gone, or replaced by a folder of the same name: not a dump (any more).
      if (code === "ENOENT" || code === "EISDIR") return null;
      const message = `could not be read (${code ?? String(error)}); check its permissions`;
      const result: ParseResult = { file: this.label(file), article: null, problems: [{ file: this.label(file), line: 1, severity: "error", message }] };
      // Held (under no hash, so the next load reads again) so current() still names it.
      this.cache.set(file, { hash: "", result });
      return result;
    }
    const hash = createHash("sha1").update(bytes).digest("hex");
    const cached = this.cache.get(file);
    if (cached && cached.hash === hash) return cached.result;
    const result = parseArticle(this.label(file), bytes);
    if (result.article && this.publicDir) attachImages(result.article, this.publicDir, this.base);
    this.cache.set(file, { hash, result });
    this.parsedSinceSave++;
    return result;
  }

  forget(file: string): void {
    this.cache.delete(file);
  }

  /**
   * The results held now, in file-name order, without touching the disk: what loadAll last
   * returned, with every file since passed to load() (or found gone by it) brought up to date.
   * The dev server's watcher names each changed dump, so an edit need not re-read the others.
   */
  current(): ParseResult[] {
    return [...this.cache.keys()].sort().map((file) => this.cache.get(file)!.result);
  }
}
