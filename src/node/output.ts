/**
 * Writing a build's output so that a rebuild touches only what changed: a file whose bytes are
 * already there is left alone (its modification time too, so rsync or an object-store sync skips
 * it), and whatever a build did not produce is swept away afterwards.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, rmdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Every path written or kept by this process's build, by output folder: what the sweep spares. */
const produced = new Map<string, Set<string>>();

function producedIn(outDir: string): Set<string> {
  const dir = path.resolve(outDir);
  let set = produced.get(dir);
  if (!set) produced.set(dir, (set = new Set()));
  return set;
}

/** Notes that `name` (relative to outDir) belongs to this build, written by someone else (Vite). */
export function keep(outDir: string, name: string): void {
  producedIn(outDir).add(name.split(path.sep).join("/"));
}

/** Folders this process made or found: a build writes 300,000 files into a few hundred thousand of them. */
const folders = new Set<string>();

/** Writes `data` to outDir/name unless the file already holds exactly it; true when it wrote. */
export function writeIfChanged(outDir: string, name: string, data: string | Uint8Array): boolean {
  keep(outDir, name);
  const file = path.join(outDir, name);
  // No exception for a missing file: a first build has 300,000 of them, and throwing is slow.
  const existing = statSync(file, { throwIfNoEntry: false });
  // A string is written and compared as a string, never copied into a Buffer first: a page's
  // Buffer lived until the next garbage collection, and Buffer.from was ~5 % of a render worker.
  // Its size in bytes only when there is a file to compare with (3 % of a render worker).
  if (existing?.isFile() && existing.size === (typeof data === "string" ? Buffer.byteLength(data) : data.length) && sameContent(file, data)) return false;
  const folder = path.dirname(file);
  if (!existing && !folders.has(folder)) {
    mkdirSync(folder, { recursive: true });
    folders.add(folder);
  }
  try {
    writeFileSync(file, data);
  } catch (error) {
    // A folder remembered here was removed since (a sweep, a test's clean-up): make it again.
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, data);
  }
  return true;
}

/**
 * Whether the file (of the same size) holds exactly `data`: a string is compared with the file
 * read as UTF-8. Bytes that are not UTF-8 read as U+FFFD, so a string holding one is compared by
 * its bytes (a cut-short four-byte sequence is three bytes that read as one U+FFFD, as long as its own).
 */
function sameContent(file: string, data: string | Uint8Array): boolean {
  if (typeof data === "string" && !data.includes("\ufffd")) return readFileSync(file, "utf8") === data;
  return Buffer.compare(readFileSync(file), typeof data === "string" ? Buffer.from(data) : data) === 0;
}

/** Removes every file under outDir this build did not produce or keep, then empty folders; returns how many files. */
export function sweep(outDir: string): number {
  const keepers = producedIn(outDir);
  let removed = 0;
  const walk = (dir: string, rel: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const name = rel ? `${rel}/${entry.name}` : entry.name;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (walk(full, name)) {
          rmdirSync(full);
          folders.delete(full);
        }
        else empty = false;
      } else if (keepers.has(name)) empty = false;
      else {
        rmSync(full, { force: true });
        removed++;
      }
    }
    return empty;
  };
  walk(path.resolve(outDir), "");
  produced.delete(path.resolve(outDir));
  return removed;
}
