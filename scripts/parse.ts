/**
 * `npm run --silent parse -- FILE...`: one JSON array on stdout, an entry per file in the order
 * given. Exit 0 when no file has an error, 1 when any has, 2 on bad usage. A bad file never
 * stops the others. Slugs are made unique among the files given, as in a corpus of just them.
 */
import { parseFiles } from "../src/node/parse-files.ts";

const USAGE = `usage: npm run --silent parse -- FILE...

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
  if (args.length === 0 || unknown) {
    process.stderr.write((unknown ? `unknown option ${unknown}\n` : "no files given\n") + USAGE + "\n");
    return 2;
  }
  const results = parseFiles(args);
  process.stdout.write(JSON.stringify(results, null, 2) + "\n");
  for (const r of results) for (const p of r.problems) process.stderr.write(`${p.file}:${p.line}: ${p.severity}: ${p.message}\n`);
  return results.some((r) => r.problems.some((p) => p.severity === "error")) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
