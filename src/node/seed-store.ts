/**
 * The seeds folder on disk, parsed and cached. Each file's parse is keyed by a hash of its
 * bytes, so a dev edit or a rebuild after one change reparses only that file; a file whose size
 * and modification time are those of the last scan is not even read again. With a disk cache the
 * results outlive the process, and the store holds each article's record only: its body and term
 * counts go to files beside the cache (body-files.ts), read back one at a time when a page, a
 * data file or ranking asks (the store is the corpus's ArticleStore). Without one (NEWS_CACHE=off)
 * whole articles are held in memory.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { ArticleStore } from "../content/corpus.ts";
import type { TermCounts } from "../content/related-terms.ts";
import type { ArticleBody, ParseResult, RecordResult } from "../content/types.ts";
import { withImages, type ImageLookup } from "../content/enrich.ts";
import { imageLookup } from "./images.ts";
import { cacheKey, type DiskCache } from "./disk-cache.ts";
import { BodyFiles, extractPart, parseDump, sha1 } from "./body-files.ts";
import type { Extract } from "../content/records.ts";
import type { BodySource } from "./article-data.ts";
import { POOL_FROM, parseInWorkers } from "./parse-pool.ts";

type Result = ParseResult | RecordResult;
type Entry = { hash: string; size: number; mtimeMs: number; result: Result };
/** A dump whose bytes the cache does not hold: its bytes when they were kept for parsing here. */
type Miss = { path: string; label: string; hash: string; size: number; mtimeMs: number; bytes: Buffer | null };
type Scan = { files: string[]; removed: number; misses: Miss[]; unreadable: string[] };
/** What the last loadAll did: how many files it parsed, how many it took from a cache, how many of those it read to hash. */
export type LoadStats = { parsed: number; cached: number; hashed: number };

const isFile = (file: string) => statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;

export class SeedStore implements ArticleStore {
  private readonly cache = new Map<string, Entry>();
  private readonly disk: DiskCache | null;
  private readonly bodies: BodyFiles | null;
  private diskRead = false;
  private parsedSinceSave = 0;
  lastLoad: LoadStats = { parsed: 0, cached: 0, hashed: 0 };

  readonly dir: string;
  /** Where images/<id>/<n>.* may live (images.ts). */
  readonly publicDir: string | null;
  private readonly root: string;
  private readonly base: string;
  /** The figures' images (images.ts), handed to enrichment's image step. */
  private readonly images: ImageLookup | undefined;

  /** `publicDir` is where `images/<id>/<n>.*` may live; `base` is the site's public base path. */
  constructor(options: { dir: string; publicDir?: string | null; root?: string; base?: string; disk?: DiskCache | null }) {
    this.dir = path.resolve(options.dir);
    this.disk = options.disk ?? null;
    this.publicDir = options.publicDir ?? null;
    this.root = options.root ?? process.cwd();
    this.base = options.base ?? "/";
    this.images = this.publicDir ? imageLookup(this.publicDir, this.base) : undefined;
    const folder = this.disk?.folder(this.diskName()) ?? null;
    this.bodies = folder ? new BodyFiles(folder) : null;
  }

  /** Dump files in the folder, sorted by name; folders and other files are ignored. */
  files(): string[] {
    return readdirSync(this.dir, { withFileTypes: true })
      .filter((d) => d.name.toLowerCase().endsWith(".txt") && !d.name.startsWith("."))
      // The listing says what each entry is; only a link needs a stat to tell.
      .filter((d) => d.isFile() || (d.isSymbolicLink() && isFile(path.join(this.dir, d.name))))
      .map((d) => path.join(this.dir, d.name))
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
  loadAll(onProgress?: (done: number, total: number) => void): Result[] {
    const scan = this.scan(onProgress);
    return this.settle(scan, scan.misses.map((miss) => this.parseMiss(miss)));
  }

  /**
   * loadAll, with the files to parse spread over worker threads when there are many (a first
   * build, or after the parser changed): reading and hashing stay here, parsing goes to every core.
   */
  async loadAllParallel(onProgress?: (done: number, total: number) => void): Promise<Result[]> {
    const scan = this.scan(onProgress);
    const parsed =
      scan.misses.length >= POOL_FROM
        ? await parseInWorkers(scan.misses.map(({ path: file, label, hash }) => ({ path: file, label, hash })), { bodies: this.bodiesDir })
        : scan.misses.map((miss) => this.parseMiss(miss));
    return this.settle(scan, parsed);
  }

  private parseMiss({ path: file, label, hash, bytes }: Miss): Result {
    return parseDump(file, label, bytes ?? readFileSync(file), hash, this.bodies);
  }

  /**
   * Every dump looked at once: the ones whose bytes the cache does not hold (with their bytes
   * while they are few enough to parse here), the ones that could not be read, and how many
   * cached files are gone from the folder (dropped from the cache). A file of the size and
   * modification time the cache recorded is taken as unchanged without being read.
   */
  private scan(onProgress?: (done: number, total: number) => void): Scan {
    this.imageFolders = undefined;
    this.readDisk();
    const files = this.files();
    const live = new Set(files);
    let removed = 0;
    for (const f of this.cache.keys()) {
      if (!live.has(f) && this.cache.delete(f)) {
        removed++;
        this.bodies?.remove(f);
      }
    }
    const misses: Miss[] = [];
    const unreadable: string[] = [];
    let hashed = 0;
    files.forEach((file, i) => {
      onProgress?.(i + 1, files.length);
      let stat: { size: number; mtimeMs: number };
      let bytes: Buffer;
      try {
        stat = statSync(file);
        const cached = this.cache.get(file);
        if (cached && cached.hash !== "" && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs) return;
        bytes = readFileSync(file);
      } catch {
        unreadable.push(file);
        return;
      }
      hashed++;
      const hash = sha1(bytes);
      const cached = this.cache.get(file);
      if (cached?.hash === hash) {
        // Touched, not changed: remember the new time so the next scan need not read it.
        this.cache.set(file, { ...cached, size: stat.size, mtimeMs: stat.mtimeMs });
        this.parsedSinceSave++;
        return;
      }
      // Past POOL_FROM the workers parse them and read them again: the bytes need not wait here.
      misses.push({ path: file, label: this.label(file), hash, size: stat.size, mtimeMs: stat.mtimeMs, bytes: misses.length < POOL_FROM ? bytes : null });
    });
    this.lastLoad = { parsed: 0, cached: 0, hashed };
    return { files, removed, misses, unreadable };
  }

  /** The scan's misses parsed (in its order): cached, then every file's result in file-name order. */
  private settle({ files, removed, misses, unreadable }: Scan, parsed: readonly Result[]): Result[] {
    misses.forEach(({ path: file, hash, size, mtimeMs }, i) => {
      const result = this.withImages(parsed[i]!);
      this.cache.set(file, { hash, size, mtimeMs, result });
    });
    // Unreadable files as load() reports them (gone meanwhile: dropped).
    for (const file of unreadable) this.load(file);
    const results = files.flatMap((f) => {
      const entry = this.cache.get(f);
      return entry ? [entry.result] : [];
    });
    this.lastLoad = { ...this.lastLoad, parsed: misses.length, cached: results.length - misses.length };
    if (misses.length > 0 || removed > 0 || this.parsedSinceSave > 0) this.writeDisk();
    return results;
  }

  /** A whole article held in memory gets its images now; a record's body gets them when read back. */
  private withImages(result: Result): Result {
    const article = result.article;
    if (!article || !("body" in article) || !this.images) return result;
    const body = withImages(article.body, article.id, this.images);
    return body === article.body ? result : { ...result, article: { ...article, body } };
  }

  private diskName(): string {
    return `parse-${cacheKey(this.dir)}`;
  }

  /** Once, before the first load: the previous run's results, by file. */
  private readDisk(): void {
    if (this.diskRead || !this.disk) return;
    this.diskRead = true;
    const stored = this.disk.read<Array<[string, string, number, number, Result]>>(this.diskName());
    for (const [file, hash, size, mtimeMs, result] of stored ?? []) {
      if (this.cache.has(file) || result.file !== this.label(file)) continue;
      this.cache.set(file, { hash, size, mtimeMs, result: this.withImages(result) });
    }
  }

  private writeDisk(): void {
    if (!this.disk) return;
    // Unreadable files (no hash) are looked at again next time, not remembered.
    const entries = [...this.cache].filter(([, { hash }]) => hash !== "");
    this.disk.write(this.diskName(), entries.map(([file, { hash, size, mtimeMs, result }]) => [file, hash, size, mtimeMs, result]));
    this.parsedSinceSave = 0;
  }

  /** One dump, from cache when its bytes are unchanged; null when it is gone. */
  load(file: string): Result | null {
    this.imageFolders = undefined;
    let bytes: Buffer;
    let stat: { size: number; mtimeMs: number };
    try {
      stat = statSync(file);
      bytes = readFileSync(file);
    } catch (error) {
      this.cache.delete(file);
      const code = (error as NodeJS.ErrnoException).code;
      // Gone, or replaced by a folder of the same name: not a dump (any more).
      if (code === "ENOENT" || code === "EISDIR") {
        this.bodies?.remove(file);
        return null;
      }
      const message = `could not be read (${code ?? String(error)}); check its permissions`;
      const result: ParseResult = { file: this.label(file), article: null, problems: [{ file: this.label(file), line: 1, severity: "error", message }] };
      // Held (under no hash, so the next load reads again) so current() still names it.
      this.cache.set(file, { hash: "", size: -1, mtimeMs: -1, result });
      return result;
    }
    const hash = sha1(bytes);
    const cached = this.cache.get(file);
    if (cached && cached.hash === hash) return cached.result;
    const result = this.withImages(parseDump(file, this.label(file), bytes, hash, this.bodies));
    this.cache.set(file, { hash, size: stat.size, mtimeMs: stat.mtimeMs, result });
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
  current(): Result[] {
    return [...this.cache.keys()].sort().map((file) => this.cache.get(file)!.result);
  }

  /** A key of every dump's name and bytes: what the corpus, and so its ranking, is made of. */
  contentKey(): string {
    const hash = createHash("sha1");
    for (const file of [...this.cache.keys()].sort()) hash.update(`${this.label(file)}\0${this.cache.get(file)!.hash}\0`);
    return hash.digest("hex");
  }

  /**
   * What a record's body is made of, as a key: the dump's bytes (their hash), its images' folder
   * (its modification time: an image added or removed changes it) and the base (in every image's
   * address). Null for a file the store does not hold.
   */
  bodyKey(label: string): string | null {
    const entry = this.cache.get(this.fileOf(label));
    if (!entry || entry.hash === "") return null;
    const id = entry.result.article?.id;
    const images = id ? this.imagesFolder(id) : undefined;
    return `${this.base}\0${entry.hash}:${images?.mtimeMs ?? ""}`;
  }

  /**
   * The folders of publicDir/images, listed once after each load: a build asks for every
   * article's key, and a stat each of a folder most dumps lack was a second at 100,000.
   */
  private imageFolders: Set<string> | null | undefined;

  private imagesFolder(id: string): { mtimeMs: number } | undefined {
    if (!this.publicDir) return undefined;
    const images = path.join(this.publicDir, "images");
    if (this.imageFolders === undefined) {
      try {
        this.imageFolders = new Set(readdirSync(images));
      } catch {
        this.imageFolders = null;
      }
    }
    return this.imageFolders?.has(id) ? statSync(path.join(images, id), { throwIfNoEntry: false }) : undefined;
  }

  /** Where a record's body is, for a thread that reads it itself (article-data.ts); null without bodies on disk. */
  bodySource(label: string): BodySource | null {
    const file = this.fileOf(label);
    const entry = this.cache.get(file);
    const id = entry?.result.article?.id;
    if (!this.bodies || !entry || entry.hash === "" || id === undefined) return null;
    return { path: file, label: this.label(file), hash: entry.hash, id };
  }

  /** Where the bodies of its records are (body-files.ts), for a worker that reads them itself; null when none are kept. */
  get bodiesDir(): string | null {
    return this.bodies?.dir ?? null;
  }

  /** ArticleStore: a dump's key (the hash of its bytes); null for a file the store does not hold or could not read. */
  dumpKey(label: string): string | null {
    const hash = this.cache.get(this.fileOf(label))?.hash;
    return hash ? hash : null;
  }

  /** ArticleStore: a record's search words. */
  searchTokens(label: string): string {
    return this.extractPart(label, "search");
  }

  /** ArticleStore: a record's body, with its images. */
  body(label: string): ArticleBody {
    const body = this.extractPart(label, "body");
    const id = this.cache.get(this.fileOf(label))?.result.article?.id ?? "";
    return this.images ? { ...body, body: withImages(body.body, id, this.images) } : body;
  }

  /** ArticleStore: a record's term counts. */
  terms(label: string): TermCounts {
    return this.extractPart(label, "terms");
  }

  /** One part of a record's extract (body-files.ts extractPart). */
  private extractPart<K extends keyof Extract>(label: string, part: K): Extract[K] {
    const file = this.fileOf(label);
    return extractPart(this.bodies, part, { path: file, label: this.label(file), hash: this.cache.get(file)?.hash ?? null });
  }

  /** Results are named by label; the store by path (a label is the path, or relative to root). */
  private fileOf(label: string): string {
    return path.resolve(this.root, label);
  }
}
