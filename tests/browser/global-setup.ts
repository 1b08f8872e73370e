/**
 * Global setup of the "browser" project: one production build into a temporary folder outside the
 * repository (Tailwind scans the project folder), served by `vite preview` on a free port.
 * Tests read the address with `inject("baseURL")`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { runVite, startVite } from "../../scripts/support/vite-process.ts";

declare module "vitest" {
  interface ProvidedContext {
    /** http://127.0.0.1:<port> of the `vite preview` server over the production build. */
    baseURL: string;
    /** Why there is no server (the build failed…), or "" when there is one. */
    siteError: string;
  }
}

export default async function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), "news-reader-build-"));
  const cleanup = () => rmSync(outDir, { recursive: true, force: true });
  try {
    // NODE_ENV: Vitest sets it to "test", and a Vite build inherits it: React's development
    // build (about 150 kB gzip of JS instead of 107) instead of what readers get.
    const env = { OUT_DIR: outDir, NODE_ENV: "production" };
    await runVite(["build", "--outDir", outDir], env);
    const server = await startVite(["preview", "--outDir", outDir], env);
    project.provide("baseURL", server.url);
    project.provide("siteError", "");
    return async () => {
      try {
        await server.stop();
      } finally {
        cleanup();
      }
    };
  } catch (error) {
    cleanup();
    // Not thrown: a failing global setup would stop every project, and the unit tests are the
    // first place to look when the build breaks. The files that need the site fail instead.
    project.provide("baseURL", "");
    project.provide("siteError", error instanceof Error ? error.message : String(error));
    return undefined;
  }
}
