/** Workers started from their TypeScript bundled into plain JavaScript, or through tsx when that cannot be. */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { startWorker } from "../../src/node/worker-module";

const dir = mkdtempSync(path.join(tmpdir(), "worker-module-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.doUnmock("rolldown"));

// A worker entry in TypeScript that imports another TypeScript module (ES modules, as the project's are).
writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
writeFileSync(path.join(dir, "greeting.ts"), `export const greeting = (name: string): string => "Xin chào, " + name;\n`);
writeFileSync(
  path.join(dir, "entry.ts"),
  `import { parentPort, workerData } from "node:worker_threads";\nimport { greeting } from "./greeting.ts";\nconst data: { name: string } = workerData;\nparentPort!.postMessage(greeting(data.name));\n`,
);
const entry = pathToFileURL(path.join(dir, "entry.ts"));

async function answer(started: Awaited<ReturnType<typeof startWorker>>): Promise<string> {
  const { worker } = started;
  const message = await new Promise<string>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  await worker.terminate();
  return message;
}

const bundleFolders = () => readdirSync(tmpdir()).filter((name) => name.startsWith("news-reader-worker-"));

describe("startWorker", () => {
  it("runs the entry bundled with what it imports, its workerData handed in, and removes the bundle when the worker exits", async () => {
    const before = new Set(bundleFolders());
    const started = await startWorker(entry, { workerData: { name: "Hải Hà" } });
    expect(started.bundled).toBe(true);
    expect(await answer(started)).toBe("Xin chào, Hải Hà");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(bundleFolders().filter((name) => !before.has(name))).toEqual([]);
  });

  it("starts the TypeScript through tsx when the bundler cannot be had", async () => {
    vi.resetModules();
    vi.doMock("rolldown", () => {
      throw new Error("no bundler here");
    });
    const { startWorker: startUnbundled } = await import("../../src/node/worker-module");
    const started = await startUnbundled(entry, { workerData: { name: "Quảng Thành" } });
    expect(started.bundled).toBe(false);
    expect(await answer(started)).toBe("Xin chào, Quảng Thành");
  });
});
