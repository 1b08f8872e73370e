/**
 * The bodies of a large corpus, on disk beside the parse cache: per dump, its article's body as
 * JSON, its term counts for ranking as raw 32-bit integers and its search words as text
 * (searchTokens), each stamped with the hash of the dump's bytes: a rebuild's ranking and search
 * index read the small files, never a body. A build or a dev server holds every article's record (src/content/records.ts) and
 * reads a body back only when a page or a data file needs it, one at a time. A file that is
 * missing, half-written or of other bytes reads as null: the caller parses the dump again.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArticle } from "../content/parse.ts";
import { splitResult, type Extract } from "../content/records.ts";
import type { TermCounts } from "../content/related-terms.ts";
import type { ArticleBody, ParseResult, RecordResult } from "../content/types.ts";
import { cacheKey } from "./disk-cache.ts";

/** A body file: the dump's hash and the article's body. */
type Stored = ArticleBody & { hash: string };

/** sha1 (hex) of the dump's bytes. */
const HASH_BYTES = 20;

export class BodyFiles {
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  private base(file: string): string {
    return path.join(this.dir, cacheKey(file));
  }

  /** The last body file read, parsed: a data file's page and its search words come from one read. */
  private last: { file: string; hash: string; stored: Stored } | null = null;

  write(file: string, hash: string, { body, terms, search }: Extract): void {
    this.last = null;
    const header = Buffer.alloc(HASH_BYTES + 4);
    header.write(hash, 0, HASH_BYTES, "hex");
    header.writeUInt32LE(terms.length, HASH_BYTES);
    try {
      this.writeAll(file, header, terms, hash, search, body);
    } catch (error) {
      // The folder went meanwhile (another build pruned the cache): make it again, once.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      mkdirSync(this.dir, { recursive: true });
      this.writeAll(file, header, terms, hash, search, body);
    }
  }

  private writeAll(file: string, header: Buffer, terms: TermCounts, hash: string, search: string, body: ArticleBody): void {
    writeFileSync(`${this.base(file)}.bin`, Buffer.concat([header, new Uint8Array(terms.buffer, terms.byteOffset, terms.byteLength)]));
    // The hash first and last: a file cut short by a concurrent write never reads as whole.
    writeFileSync(`${this.base(file)}.words`, `${hash}\n${search}${hash}\n`);
    writeFileSync(`${this.base(file)}.json`, JSON.stringify({ hash, ...body } satisfies Stored));
  }

  private read(file: string, hash: string): Stored | null {
    if (this.last?.file === file && this.last.hash === hash) return this.last.stored;
    try {
      const stored = JSON.parse(readFileSync(`${this.base(file)}.json`, "utf8")) as Stored;
      if (stored.hash !== hash || !Array.isArray(stored.body)) return null;
      this.last = { file, hash, stored };
      return stored;
    } catch {
      return null;
    }
  }

  body(file: string, hash: string): ArticleBody | null {
    const stored = this.read(file, hash);
    if (!stored) return null;
    const { hash: _hash, ...body } = stored;
    return body;
  }

  search(file: string, hash: string): string | null {
    let text: string;
    try {
      text = readFileSync(`${this.base(file)}.words`, "utf8");
    } catch {
      return null;
    }
    // The hash line first and last (see write): a half-written file lacks the last one.
    const line = `${hash}\n`;
    const ok = text.length >= 2 * line.length && text.startsWith(line) && text.endsWith(line);
    return ok ? text.slice(line.length, text.length - line.length) : null;
  }

  terms(file: string, hash: string): TermCounts | null {
    let bytes: Buffer;
    try {
      bytes = readFileSync(`${this.base(file)}.bin`);
    } catch {
      return null;
    }
    if (bytes.length < HASH_BYTES + 4 || bytes.toString("hex", 0, HASH_BYTES) !== hash) return null;
    const count = bytes.readUInt32LE(HASH_BYTES);
    if (bytes.length !== HASH_BYTES + 4 + count * 4) return null;
    // A copy: the buffer may be a view into Node's shared pool, at any alignment.
    return new Int32Array(bytes.buffer.slice(bytes.byteOffset + HASH_BYTES + 4, bytes.byteOffset + bytes.length));
  }

  remove(file: string): void {
    this.last = null;
    rmSync(`${this.base(file)}.json`, { force: true });
    rmSync(`${this.base(file)}.bin`, { force: true });
    rmSync(`${this.base(file)}.words`, { force: true });
  }
}

/**
 * One dump parsed: with `bodies`, its body and term counts written there and its record result
 * returned; without, the whole parse result (held in memory by the caller). The same in a parse
 * worker and in the main thread.
 */
export function parseDump(file: string, label: string, bytes: Uint8Array | string, hash: string, bodies: BodyFiles | null): ParseResult | RecordResult {
  const parsed = parseArticle(label, bytes);
  if (!bodies) return parsed;
  const { result, extract } = splitResult(parsed);
  if (extract) bodies.write(file, hash, extract);
  return result;
}

/** The sha1 of a dump's bytes, hex: what its cache entries and body files are stamped with. */
export const sha1 = (bytes: Uint8Array): string => createHash("sha1").update(bytes).digest("hex");

/**
 * One part of a dump's extract: read from its file (`hash`: the dump's, which the file must
 * carry), else — missing, spoiled, of other bytes, or no hash known — from the dump parsed again
 * and its files written again. The one way every thread reads a part (seed store, workers).
 */
export function extractPart<K extends keyof Extract>(bodies: BodyFiles | null, part: K, dump: { path: string; label: string; hash: string | null }): Extract[K] {
  const { path: file, label, hash } = dump;
  let stored: Extract[keyof Extract] | null = null;
  if (bodies && hash !== null) stored = part === "body" ? bodies.body(file, hash) : part === "terms" ? bodies.terms(file, hash) : bodies.search(file, hash);
  return (stored as Extract[K] | null) ?? reparseDump(file, label, bodies)[part];
}

/** A dump whose body files are gone or spoiled, parsed again and its files written again: its extract. */
export function reparseDump(file: string, label: string, bodies: BodyFiles | null): Extract {
  const bytes = readFileSync(file);
  const { extract } = splitResult(parseArticle(label, bytes));
  if (!extract) throw new Error(`${label} no longer holds an article`);
  bodies?.write(file, sha1(bytes), extract);
  return extract;
}
