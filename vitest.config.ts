/**
 * Test projects (docs/testing.md):
 * - unit:node  tests/{content,node,scripts}/**  node environment
 * - unit:dom   tests/{app,i18n}/**              jsdom, setup tests/app/setup.ts
 * - browser    tests/browser/*.test.ts          Chromium against a production build, one file at a time
 * `--project 'unit*'` runs both unit projects, `--project '!browser'` everything but the browser.
 */
import { defineConfig, mergeConfig } from "vitest/config";
import viteConfig from "./vite.config.ts";

const TESTS = "**/*.{test,spec}.{ts,tsx}";

export default mergeConfig(
  // The app's plugins (React for .tsx, the news plugin, Tailwind) and settings, inherited below.
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: "unit:node",
            environment: "node",
            include: ["tests/content", "tests/node", "tests/scripts"].map((dir) => `${dir}/${TESTS}`),
            sequence: { groupOrder: 0 },
          },
        },
        {
          extends: true,
          test: {
            name: "unit:dom",
            environment: "jsdom",
            include: ["tests/app", "tests/i18n"].map((dir) => `${dir}/${TESTS}`),
            setupFiles: ["tests/app/setup.ts"],
            sequence: { groupOrder: 0 },
          },
        },
        {
          // Node-side tests that drive Chromium; they need no Vite plugins of their own.
          test: {
            name: "browser",
            environment: "node",
            include: ["tests/browser/**/*.test.ts"],
            globalSetup: ["tests/browser/global-setup.ts"],
            // One Chromium and one server at a time on a 2-core machine, after the unit tests.
            fileParallelism: false,
            sequence: { groupOrder: 1 },
            testTimeout: 60_000,
            hookTimeout: 120_000,
          },
        },
      ],
    },
  }),
);
