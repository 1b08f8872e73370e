/**
 * Global setup of the "browser" project: one production build into a temporary folder outside the
 * repository (Tailwind scans the project folder), served by `vite preview` on a free port.
 * Tests read the address with `inject("baseURL")`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { runVite, startVite } from "./server.ts";

declare module "vitest" {
  interface ProvidedContext {
    /** http://127.0.0.1:<port> of the `vite preview` server over the production build. */
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), "news-reader-build-"));
  const cleanup = () => rmSync(outDir, { recursive: true, force: true });
  try {
    await runVite(["build", "--outDir", outDir], { OUT_DIR: outDir });
    const server = await startVite(["preview", "--outDir", outDir], { OUT_DIR: outDir });
    project.provide("baseURL", server.url);
    return async () => {
      try {
        await server.stop();
      } finally {
        cleanup();
      }
    };
  } catch (error) {
    cleanup();
    throw error;
  }
}
