/**
 * Finding and driving the system Chromium (playwright-core ships no browser of its own).
 * The candidate list is mirrored in .ci/run, which installs Chromium when none is found.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const INSTALL_COMMAND = "apt-get update && apt-get install -y chromium fonts-noto-core";

export const CHROMIUM_CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/opt/google/chrome/chrome",
];

/** CHROME_PATH when set (it must exist), else the first candidate that exists; throws at once otherwise. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  candidates: readonly string[] = CHROMIUM_CANDIDATES,
): string {
  const chosen = env.CHROME_PATH;
  if (chosen) {
    if (existsSync(chosen)) return chosen;
    throw new Error(
      `CHROME_PATH is set to ${chosen}, which does not exist. Unset it, point it at a Chromium or Chrome binary, ` +
        `or install Chromium with: ${INSTALL_COMMAND}`,
    );
  }
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    `No Chromium found: CHROME_PATH is not set and none of ${candidates.join(", ")} exists. ` +
      `The browser tests need it; install it with: ${INSTALL_COMMAND}  ` +
      `(or set CHROME_PATH, or skip them with: npm test -- --no-browser)`,
  );
}

/** The flags every Chromium we start gets (the bench passes them to Lighthouse's Chrome too). */
export const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export type Browser = {
  /** A new tab whose console errors and uncaught exceptions are recorded. */
  newPage(): Promise<Page>;
  /**
   * Console errors and page errors recorded since the last call, each with the page URL it came
   * from; also closes the pages opened since then. Call it after each test and expect [].
   */
  takeErrors(): Promise<string[]>;
  close(): Promise<void>;
};

/**
 * Opens Chromium with a persistent context in a fresh temporary profile. By default Playwright
 * closes it on Ctrl-C and then exits the process; `{ handleSignals: false }` leaves signals to the
 * caller, which then must call close() itself (the bench does, to clean up everything else too).
 */
export async function openBrowser(options: { handleSignals?: boolean } = {}): Promise<Browser> {
  const handleSignals = options.handleSignals ?? true;
  const executablePath = findChromium();
  const profile = mkdtempSync(join(tmpdir(), "news-reader-chromium-"));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: ARGS,
      locale: "vi-VN",
      timezoneId: "Asia/Ho_Chi_Minh",
      viewport: { width: 1280, height: 900 },
      handleSIGINT: handleSignals,
      handleSIGTERM: handleSignals,
      handleSIGHUP: handleSignals,
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }

  let errors: string[] = [];
  let pages: Page[] = [];
  const watch = (page: Page) => {
    pages.push(page);
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const where = message.location().url;
      // A not-found page is served with status 404 on purpose, and Chromium logs that status for
      // the document itself (the message's location is the page's own URL). A missing asset or
      // chunk has its own URL there, and is still an error.
      if (where === page.url() && /status of 404/.test(message.text())) return;
      errors.push(`console.error on ${page.url()}: ${message.text()}${where ? ` (${where})` : ""}`);
    });
    page.on("pageerror", (error) => {
      errors.push(`uncaught ${error.name} on ${page.url()}: ${error.message}`);
    });
  };
  // The persistent context opens with one blank tab; tabs the site opens itself are watched too.
  for (const page of context.pages()) await page.close();
  context.on("page", watch);

  return {
    newPage: () => context.newPage(),
    async takeErrors() {
      const taken = errors;
      const open = pages;
      errors = [];
      pages = [];
      for (const page of open) if (!page.isClosed()) await page.close();
      return taken;
    },
    async close() {
      try {
        await context.close();
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    },
  };
}
