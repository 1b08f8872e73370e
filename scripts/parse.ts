/**
 * `npm run --silent parse -- FILE...`: one JSON array on stdout, an entry per file in the order
 * given. Exit 0 when no file has an error, 1 when any has, 2 on bad usage. A bad file never
 * stops the others. Slugs are made unique among the files given, as in a corpus of just them.
 * With no FILE but SEEDS_DIR set, it parses that folder's dumps, as dev and build read them.
 */
import path from "node:path";
import { SeedStore } from "../src/node/seed-store.ts";
import { parseFiles } from "../src/node/parse-files.ts";

const USAGE = `usage: npm run --silent parse -- FILE...
       SEEDS_DIR=DIR npm run --silent parse      (every *.txt dump in DIR, in name order)

Parses raw Vietnamese news dumps (see docs/raw-format.md) and prints a JSON array:
  [{ "file": "...", "article": Article | null, "problems": Problem[] }, ...]
Exit status: 0 no errors, 1 some file has an error, 2 bad usage.`;

function main(argv: string[]): number {
  const args = argv[0] === "--" ? argv.slice(1) : argv;
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  const unknown = args.find((a) => a.startsWith("-") && a !== "-");
  const seedsDir = process.env.SEEDS_DIR;
  if ((args.length === 0 && !seedsDir) || unknown) {
    process.stderr.write((unknown ? `unknown option ${unknown}\n` : "no files given\n") + USAGE + "\n");
    return 2;
  }
  let files = args;
  if (files.length === 0) {
    try {
      // Named relative to where the command runs, like files given on the command line.
      files = new SeedStore({ dir: seedsDir! }).files().map((f) => path.relative(process.cwd(), f));
    } catch (error) {
      process.stderr.write(`SEEDS_DIR ${seedsDir} cannot be read: ${(error as Error).message}\n`);
      return 2;
    }
  }
  const results = parseFiles(files);
  process.stdout.write(JSON.stringify(results, null, 2) + "\n");
  for (const r of results) for (const p of r.problems) process.stderr.write(`${p.file}:${p.line}: ${p.severity}: ${p.message}\n`);
  return results.some((r) => r.problems.some((p) => p.severity === "error")) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
