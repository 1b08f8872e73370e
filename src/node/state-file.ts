/**
 * A state a build keeps for the next one (a ranking's, the search index's) in the disk cache:
 * what names things as JSON, the numbers as one binary file beside it (at 100,000 articles tens
 * of megabytes, read in a fraction of a second where JSON would take many). A token in both says
 * they were written together; a state that cannot be read whole is no state.
 */
import { randomBytes } from "node:crypto";
import { closeSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import path from "node:path";
import type { DiskCache } from "./disk-cache.ts";

type Numbers = Int32Array | Float64Array;
type Kind = "i32" | "f64";
type Stored<H> = { token: string; arrays: Array<[Kind, number]>; header: H };

const TOKEN_BYTES = 16;
const FILE = "state.bin";

/** One array of the state, or one given as its parts (of one kind), stored as one array: no joined copy made. */
type Written = Numbers | readonly Numbers[];

/** Bytes gathered before each write: parts are small (a vector is 64 numbers), a write each was slow. */
const STAGE_BYTES = 1 << 20;

/** Writes `header` (JSON) and `arrays` (binary, in order) under `name`. */
export function writeStateFile(disk: DiskCache, name: string, header: unknown, arrays: readonly Written[]): void {
  const folder = disk.folder(name);
  if (!folder) return;
  const token = randomBytes(TOKEN_BYTES);
  const file = path.join(folder, FILE);
  // Written part by part, not joined first: at 100,000 articles a joined copy was 80 MB more at
  // the build's busiest moment (and the ranking's vectors, joined, 77 MB more at its peak). Each
  // array padded to 8 bytes, so a Float64Array after an odd-length Int32Array stays aligned.
  const parts = arrays.map((a): readonly Numbers[] => (Array.isArray(a) ? a : [a as Numbers]));
  let fd: number | undefined;
  try {
    fd = openSync(`${file}.tmp`, "w");
    const out = fd;
    const stage = Buffer.alloc(STAGE_BYTES);
    let staged = 0;
    const flush = () => {
      if (staged > 0) writeSync(out, stage, 0, staged);
      staged = 0;
    };
    const put = (bytes: Uint8Array) => {
      if (staged + bytes.length > STAGE_BYTES) flush();
      if (bytes.length > STAGE_BYTES) writeSync(out, bytes);
      else {
        stage.set(bytes, staged);
        staged += bytes.length;
      }
    };
    put(token);
    for (const list of parts) {
      let bytes = 0;
      for (const a of list) {
        put(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
        bytes += a.byteLength;
      }
      if (bytes % 8 !== 0) put(new Uint8Array(8 - (bytes % 8)));
    }
    flush();
    closeSync(fd);
    fd = undefined;
    renameSync(`${file}.tmp`, file);
  } catch {
    if (fd !== undefined) closeSync(fd);
    return;
  }
  const kindOf = (list: readonly Numbers[]): Kind => (list[0] instanceof Float64Array ? "f64" : "i32");
  const lengthOf = (list: readonly Numbers[]) => list.reduce((sum, a) => sum + a.length, 0);
  const stored: Stored<unknown> = { token: token.toString("hex"), arrays: parts.map((list) => [kindOf(list), lengthOf(list)]), header };
  disk.write(name, stored);
}

/** What writeStateFile wrote under `name`, or null when it is missing, spoiled or not of one writing. */
export function readStateFile<H>(disk: DiskCache, name: string): { header: H; arrays: Numbers[] } | null {
  const stored = disk.read<Stored<H> | null>(name);
  const folder = stored ? disk.folder(name) : null;
  if (!stored || !folder) return null;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.join(folder, FILE));
  } catch {
    return null;
  }
  if (bytes.length < TOKEN_BYTES || bytes.subarray(0, TOKEN_BYTES).toString("hex") !== stored.token) return null;
  // One copy of the whole file, aligned (a Buffer's own offset may not be).
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
  const arrays: Numbers[] = [];
  let at = TOKEN_BYTES;
  for (const [kind, length] of stored.arrays) {
    const width = kind === "f64" ? 8 : 4;
    if (at + length * width > buffer.byteLength) return null;
    arrays.push(kind === "f64" ? new Float64Array(buffer, at, length) : new Int32Array(buffer, at, length));
    at += Math.ceil((length * width) / 8) * 8;
  }
  return at === buffer.byteLength ? { header: stored.header, arrays } : null;
}
