/**
 * `npm run corpus -- --count N --out DIR [--seed S] [--force]`: writes N synthetic raw dumps
 * into DIR, one file at a time (memory stays flat however large N is). The dumps themselves
 * come from scripts/corpus/ (pure, deterministic); this file only reads arguments and writes.
 * Nothing goes to stdout except --help; a one-line summary goes to stderr.
 * Exit 0 written, 1 could not write (DIR not empty without --force, I/O error), 2 bad usage.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFile } from "node:fs";
import path from "node:path";
import { generateDump, indexWidth } from "./corpus/generate.ts";
import { MALFORMED_KINDS, type MalformedKind } from "./corpus/malform.ts";

const USAGE = `usage: npm run corpus -- --count N --out DIR [--seed S] [--force]

Writes N synthetic raw Vietnamese news dumps (docs/corpus.md) into DIR, named
NNNNN_<16 hex>.txt; about 2 % of them are malformed on purpose.
  --count N   how many files: a whole number from 1 to 10000000
  --out DIR   where to write; created if missing; must be empty unless --force
  --seed S    any text, default 1: the same seed and count give the same bytes
  --force     write into a non-empty DIR (same-named files are replaced, others kept)
  --help      print this text
Exit status: 0 written, 1 could not write, 2 bad usage.`;

const MAX_COUNT = 10_000_000;
/** Files being written at once: enough to overlap the disk's latency, few enough to keep memory flat. */
const IN_FLIGHT = 32;

type Options = { count: number; out: string; seed: string; force: boolean };

class UsageError extends Error {}

function parseArgs(argv: string[]): Options | "help" {
  const args = argv[0] === "--" ? argv.slice(1) : argv;
  let count: string | undefined;
  let out: string | undefined;
  let seed = "1";
  let force = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--help" || arg === "-h") return "help";
    const eq = arg.indexOf("=");
    const [name, inline] = arg.startsWith("--") && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      const next = args[++i];
      if (next === undefined || next.startsWith("--")) throw new UsageError(`${name} needs a value`);
      return next;
    };
    if (name === "--count") count = value();
    else if (name === "--out") out = value();
    else if (name === "--seed") seed = value();
    else if (name === "--force" && inline === undefined) force = true;
    else throw new UsageError(arg.startsWith("-") ? `unknown option ${arg}` : `unexpected argument ${arg}`);
  }
  if (count === undefined) throw new UsageError("--count is missing");
  if (!/^\d+$/.test(count) || Number(count) < 1 || Number(count) > MAX_COUNT) {
    throw new UsageError(`--count must be a whole number from 1 to ${MAX_COUNT}, not "${count}"`);
  }
  if (out === undefined || out === "") throw new UsageError("--out is missing");
  if (seed === "") throw new UsageError("--seed must not be empty");
  return { count: Number(count), out, seed, force };
}

/**
 * Writes the corpus: up to IN_FLIGHT files are being written (by libuv's threads) while the next
 * ones are generated. Plain callbacks: a promise per file costs more than the write itself.
 */
function writeCorpus(out: string, seed: string, count: number, kinds: Map<MalformedKind, number>): Promise<number> {
  const width = indexWidth(count);
  mkdirSync(out, { recursive: true });
  return new Promise((resolve, reject) => {
    let next = 0;
    let active = 0;
    let bytes = 0;
    let failure: NodeJS.ErrnoException | null = null;
    const pump = () => {
      while (failure === null && active < IN_FLIGHT && next < count) {
        const dump = generateDump(seed, next++, width);
        bytes += dump.bytes.length;
        if (dump.malformed) kinds.set(dump.malformed, kinds.get(dump.malformed)! + 1);
        active++;
        writeFile(path.join(out, dump.name), dump.bytes, (error) => {
          active--;
          failure ??= error;
          if (failure === null) pump();
          if (active === 0 && (failure !== null || next === count)) {
            if (failure !== null) reject(failure);
            else resolve(bytes);
          }
        });
      }
    };
    pump();
  });
}

async function main(argv: string[]): Promise<number> {
  let options: Options | "help";
  try {
    options = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${e.message}\n${USAGE}\n`);
    return 2;
  }
  if (options === "help") {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  const { count, out, seed, force } = options;

  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) {
      process.stderr.write(`--out ${out} is not a directory\n${USAGE}\n`);
      return 2;
    }
    if (!force && readdirSync(out).length > 0) {
      process.stderr.write(`${out} is not empty; choose an empty or new folder, or add --force to write into it anyway\n`);
      return 1;
    }
  }

  const started = performance.now();
  const kinds = new Map<MalformedKind, number>(MALFORMED_KINDS.map((k) => [k, 0]));
  let bytes: number;
  try {
    bytes = await writeCorpus(out, seed, count, kinds);
  } catch (e) {
    process.stderr.write(`could not write to ${out}: ${(e as Error).message}\n`);
    return 1;
  }

  const malformed = [...kinds.values()].reduce((a, b) => a + b, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const mb = (bytes / 1_000_000).toFixed(1);
  const each = [...kinds].map(([k, n]) => `${k} ${n}`).join(", ");
  process.stderr.write(
    `corpus: wrote ${count} dumps (${mb} MB) to ${out} with seed "${seed}" in ${seconds} s: ` +
      `${count - malformed} well-formed, ${malformed} malformed (${each})\n`,
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
