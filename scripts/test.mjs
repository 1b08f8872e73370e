#!/usr/bin/env node
// `npm test`: the type check (counted as one test, "typecheck"), then every Vitest project, then
// one summary line, exactly `N passed, N failed` (`, N skipped` appended when tests were skipped).
// Usage: npm test [-- [--no-browser] [--no-typecheck] [vitest args, e.g. tests/content -t slug]]
// Env: TEST_SKIP_BROWSER=1 is the same as --no-browser. See docs/testing.md.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const started = Date.now();

const own = new Set(["--no-browser", "--no-typecheck"]);
const args = process.argv.slice(2);
const skipBrowser = args.includes("--no-browser") || /^(1|true|yes)$/i.test(process.env.TEST_SKIP_BROWSER ?? "");
const skipTypecheck = args.includes("--no-typecheck");
const passThrough = args.filter((arg) => !own.has(arg));

let passed = 0;
let failed = 0;
let skipped = 0;

function run(label, argv) {
  console.log(`\n> ${label}`);
  const result = spawnSync(process.execPath, argv, { cwd: root, stdio: "inherit" });
  if (result.error) console.error(result.error);
  return result.status ?? 1;
}

if (skipTypecheck) {
  skipped += 1;
} else if (run("typecheck: tsc --noEmit -p tsconfig.json", ["node_modules/typescript/bin/tsc", "--noEmit", "-p", "tsconfig.json"]) === 0) {
  passed += 1;
} else {
  failed += 1;
  console.error("typecheck failed");
}

const reportDir = mkdtempSync(join(tmpdir(), "news-reader-test-"));
const report = join(reportDir, "vitest.json");
const vitestArgs = [
  "node_modules/vitest/vitest.mjs",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${report}`,
  ...(skipBrowser ? ["--project=!browser"] : []),
  ...passThrough,
];
const status = run(`vitest ${vitestArgs.slice(1).join(" ")}`, vitestArgs);

let results = null;
try {
  if (existsSync(report)) results = JSON.parse(readFileSync(report, "utf8"));
} catch (error) {
  console.error(`could not read the Vitest JSON report: ${error}`);
} finally {
  rmSync(reportDir, { recursive: true, force: true });
}

let ran = 0;
if (results) {
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  skipped += results.numPendingTests + results.numTodoTests;
  ran = results.numPassedTests + results.numFailedTests;
  // A test file that fails to load (syntax error, failing beforeAll, global setup) has no failed
  // test of its own: count each such file as one failure.
  for (const file of results.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === "failed").length;
    if (file.status === "failed" && failedTests === 0) {
      failed += 1;
      const why = (file.message ?? "").split("\n").filter((line) => line.trim()).slice(0, 3);
      console.error(`failed without a failing test: ${file.name}${why.map((line) => `\n  ${line}`).join("")}`);
    }
  }
}
if (status !== 0 && failed === 0) {
  // Vitest crashed, could not start, or reported errors outside any test (e.g. unhandled rejections).
  failed += 1;
  console.error(`vitest exited with status ${status} without a failing test: counted as one failure`);
}
if (ran === 0 && failed === 0) {
  failed += 1;
  console.error("no test ran: counted as one failure");
}

console.log(`\nnpm test took ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exitCode = failed > 0 ? 1 : 0;
