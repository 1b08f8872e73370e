/**
 * Lighthouse 12.2.3 through its programmatic API, default config (mobile form factor, simulated
 * throttling), against the preview server on 127.0.0.1. Its Chrome is started by chrome-launcher
 * (a dependency of lighthouse) with the browser tests' flags, plus a host resolver rule that makes
 * every name but 127.0.0.1 unresolvable: the audit runs fully offline.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { ARGS, findChromium } from "../support/chromium.ts";
import { LIGHTHOUSE_PAGES, PAGES, spread, type PageKey, type Spread } from "./pages.ts";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

export const METRICS = {
  FCP: "first-contentful-paint",
  LCP: "largest-contentful-paint",
  TBT: "total-blocking-time",
  CLS: "cumulative-layout-shift",
} as const;
export type Metric = keyof typeof METRICS;

export type FailingAudit = { category: Category; id: string; title: string; score: number; displayValue: string };

export type LighthouseRun = {
  scores: Record<Category, number>;
  /** ms for FCP, LCP and TBT; unitless for CLS. */
  metrics: Record<Metric, number>;
  failing: FailingAudit[];
  warnings: string[];
};

export type FailingSummary = { category: Category; id: string; title: string; runs: number; displayValue: string };

export type PageLighthouse = {
  key: PageKey;
  runs: LighthouseRun[];
  scores: Record<Category, Spread>;
  metrics: Record<Metric, Spread>;
  /** Every audit that failed in at least one run, with how many runs it failed in. */
  failing: FailingSummary[];
};

export type LighthouseResult = { version: string; userAgent: string; pages: PageLighthouse[] };

const OFFLINE = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1";

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

/** Audits of a category scoring below 1 (hidden metrics such as TTI are left out). */
function failingAudits(lhr: Lhr): FailingAudit[] {
  const failing: FailingAudit[] = [];
  for (const category of CATEGORIES) {
    const { auditRefs } = lhr.categories[category] ?? { auditRefs: [] };
    for (const ref of auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.group === "hidden" || audit.score === null || audit.score >= 1) continue;
      failing.push({ category, id: ref.id, title: audit.title, score: audit.score, displayValue: audit.displayValue ?? "" });
    }
  }
  return failing;
}

function toRun(lhr: Lhr): LighthouseRun {
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${lhr.finalDisplayedUrl}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? Number.NaN) * 100)]),
  ) as Record<Category, number>;
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([name, id]) => [name, lhr.audits[id]?.numericValue ?? Number.NaN]),
  ) as Record<Metric, number>;
  return { scores, metrics, failing: failingAudits(lhr), warnings: lhr.runWarnings.map(String) };
}

function summarize(key: PageKey, runs: LighthouseRun[]): PageLighthouse {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, spread(runs.map((r) => r.scores[c]))])) as PageLighthouse["scores"];
  const metrics = Object.fromEntries(
    (Object.keys(METRICS) as Metric[]).map((m) => [m, spread(runs.map((r) => r.metrics[m]))]),
  ) as PageLighthouse["metrics"];
  const failing = new Map<string, FailingSummary>();
  for (const run of runs) {
    for (const audit of run.failing) {
      const key = `${audit.category}/${audit.id}`;
      const seen = failing.get(key);
      if (seen) seen.runs += 1;
      else failing.set(key, { category: audit.category, id: audit.id, title: audit.title, runs: 1, displayValue: audit.displayValue });
    }
  }
  return { key, runs, scores, metrics, failing: [...failing.values()] };
}

export type LighthouseChrome = { port: number; pid: number; kill(): void };

/**
 * Lighthouse's Chrome. chrome-launcher starts it in a process group of its own with a temporary
 * profile; kill() ends that group and removes the profile. The caller owns kill(), so an
 * interrupted bench can call it too.
 */
export async function launchChrome(): Promise<LighthouseChrome> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: [...ARGS, OFFLINE],
    logLevel: "silent",
    handleSIGINT: false,
  });
  let killed = false;
  return {
    port: chrome.port,
    pid: chrome.pid,
    kill() {
      if (killed) return;
      killed = true;
      chrome.kill();
    },
  };
}

/**
 * `runs` Lighthouse runs of each of LIGHTHOUSE_PAGES, interleaved (home, article, author, month, home…)
 * so that a slow moment of the machine does not land on one page only; one Chrome for all of them.
 */
export async function measureLighthouse(
  chrome: LighthouseChrome,
  base: string,
  runs: number,
  log: (line: string) => void,
): Promise<LighthouseResult> {
  const keys: PageKey[] = [...LIGHTHOUSE_PAGES];
  const collected = new Map<PageKey, LighthouseRun[]>(keys.map((key) => [key, []]));
  let version = "";
  let userAgent = "";
  for (let round = 1; round <= runs; round++) {
    for (const key of keys) {
      const url = `${base}${PAGES[key].path}`;
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      version = result.lhr.lighthouseVersion;
      userAgent = result.lhr.environment.hostUserAgent;
      const run = toRun(result.lhr);
      collected.get(key)!.push(run);
      log(`  lighthouse ${PAGES[key].label} run ${round}/${runs}: performance ${run.scores.performance}`);
    }
  }
  return { version, userAgent, pages: keys.map((key) => summarize(key, collected.get(key)!)) };
}
