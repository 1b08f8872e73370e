/** The bench's plain-text table; the JSON file carries the same data, unrounded. */
import { KB, KINDS, fileName, type Kind, type LoadedFile, type Sizes } from "../support/first-load.ts";
import type { PageBytes } from "./bytes.ts";
import { CATEGORIES, METRICS, type LighthouseResult, type Metric } from "./lighthouse.ts";
import type { NavigationResult } from "./navigation.ts";
import { PAGES, type Spread } from "./pages.ts";
import type { SearchBench } from "./search.ts";
import type { EntityQuality } from "./entity-quality.ts";

export type Meta = {
  commit: string;
  /** Tracked files differed from the commit (someone's work in progress was built too). */
  dirty: boolean;
  date: string;
  node: string;
  chromium: string;
  cpus: number;
  /** 1-minute load average when the bench started: times are only comparable on a quiet machine. */
  loadAverage: number;
};

export type BenchReport = {
  meta: Meta;
  build: { seconds: number; summary: string };
  firstLoad: PageBytes[];
  lighthouse: LighthouseResult | null;
  navigation: NavigationResult | null;
  /** Search over the corpus generator's dumps, in process (scripts/bench/search.ts). */
  search?: SearchBench | null;
  /** Entity finding against the hand-labelled dumps (scripts/bench/entity-quality.ts). */
  entities?: EntityQuality | null;
};

const KIND_LABEL: Record<Kind, string> = { js: "JS", css: "CSS", font: "fonts", html: "HTML", other: "other" };
const CATEGORY_LABEL = { performance: "perf", accessibility: "a11y", "best-practices": "best-pr.", seo: "SEO" } as const;

/** Left-aligned first column, right-aligned others, two spaces between columns. */
export function grid(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

const kB = (bytes: number) => (bytes / KB).toFixed(1);
const ms = (value: number) => Math.round(value).toString();
const range = (s: Spread, format: (n: number) => string) =>
  s.min === s.max ? format(s.median) : `${format(s.median)} [${format(s.min)}–${format(s.max)}]`;

function prefetchCell(files: readonly LoadedFile[], total: Sizes, gzip: boolean): string {
  if (files.length === 0) return "—";
  return `${files.length} files, ${kB(gzip ? total.gzip : total.raw)}`;
}

function bytesSection(pages: readonly PageBytes[]): string {
  const header = ["page", "", ...KINDS.map((kind) => KIND_LABEL[kind]), "total", "requests", "prefetched after load"];
  const rows = [header];
  for (const page of pages) {
    for (const gzip of [false, true]) {
      rows.push([
        gzip ? "" : PAGES[page.key].label,
        gzip ? "gzip" : "raw",
        ...KINDS.map((kind) => kB(gzip ? page.totals[kind].gzip : page.totals[kind].raw)),
        kB(gzip ? page.totals.total.gzip : page.totals.total.raw),
        gzip ? "" : String(page.files.length),
        prefetchCell(page.prefetched, page.prefetchedTotal, gzip),
      ]);
    }
  }
  const lines = [
    "First load, kB (1 kB = 1000 bytes; gzip = each body gzipped at level 9 by the bench)",
    grid(rows),
  ];
  for (const page of pages) {
    if (page.budgets.length) {
      const checks = page.budgets.map((b) => `${b.name} ${kB(b.actual)} ≤ ${kB(b.limit)} ${b.ok ? "ok" : "OVER"}`);
      lines.push(`budgets, ${PAGES[page.key].label}: ${checks.join(" · ")}`);
    }
  }
  for (const page of pages) {
    const files = page.files.map((f) => `${fileName(f)} ${kB(f.gzip)}`).join(", ");
    lines.push(`files, ${PAGES[page.key].label} (gzip kB): ${files}`);
    if (page.prefetched.length) {
      lines.push(`  prefetched after load: ${page.prefetched.map((f) => `${fileName(f)} ${kB(f.gzip)}`).join(", ")}`);
    }
    if (page.failed.length) lines.push(`  FAILED requests: ${page.failed.join("; ")}`);
  }
  return lines.join("\n");
}

function metricCell(metric: Metric, s: Spread): string {
  return metric === "CLS" ? range(s, (n) => n.toFixed(3)) : range(s, (n) => `${ms(n)} ms`);
}

function lighthouseSection(result: LighthouseResult, runs: number): string {
  const metrics = Object.keys(METRICS) as Metric[];
  const rows = [["page", ...CATEGORIES.map((c) => CATEGORY_LABEL[c]), ...metrics]];
  for (const page of result.pages) {
    rows.push([
      PAGES[page.key].label,
      ...CATEGORIES.map((c) => range(page.scores[c], String)),
      ...metrics.map((m) => metricCell(m, page.metrics[m])),
    ]);
  }
  const lines = [
    `Lighthouse ${result.version}, mobile, simulated throttling: median of ${runs} runs [min–max]`,
    grid(rows),
  ];
  for (const page of result.pages) {
    const failing = page.failing.map((a) => `${a.id} (${a.category}, ${a.runs}/${page.runs.length}${a.displayValue ? `, ${a.displayValue}` : ""})`);
    lines.push(`failing audits, ${PAGES[page.key].label}: ${failing.length ? failing.join("; ") : "none"}`);
  }
  return lines.join("\n");
}

function navigationSection(result: NavigationResult): string {
  const revisits = result.hops.filter((h) => h.revisit).length;
  const lines = [
    `Client-side navigation: ${result.hops.length} hops from the seed article (hover ${150} ms, click; click → first frame with the new h1)`,
    grid([
      ["", "median", "min", "max"],
      ["click → frame", ms(result.frame.median), ms(result.frame.min), ms(result.frame.max)].map((c, i) => (i ? `${c} ms` : c)),
      ["click → h1 in DOM", ms(result.dom.median), ms(result.dom.min), ms(result.dom.max)].map((c, i) => (i ? `${c} ms` : c)),
      ...(result.firstVisits
        ? [["first visits only", ms(result.firstVisits.median), ms(result.firstVisits.min), ms(result.firstVisits.max)].map((c, i) => (i ? `${c} ms` : c))]
        : []),
    ]),
    `${result.hops.length - revisits} first visits, ${revisits} revisits; per hop (ms): ${result.hops.map((h) => `${ms(h.ms)}${h.revisit ? "r" : ""}`).join(" ")}`,
  ];
  return lines.join("\n");
}

function searchSection(result: SearchBench): string {
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const n = (value: number) => value.toLocaleString("en-US");
  const time = (value: number) => `${value.toFixed(1)} ms`;
  const runs = result.queries[0]?.samples.length ?? 0;
  return [
    `Search at ${n(result.dumps)} generated dumps (${n(result.articles)} articles, in process): sharded index of ${n(result.index.files)} files, ${mb(result.index.raw)} raw, ${mb(result.index.gzip)} gzip, ${n(result.words)} words; built in ${(result.buildMs / 1000).toFixed(1)} s`,
    grid([
      ["query", "kind", "hits", "new files", "fetched gzip", "cold", "median", "p95", "max"],
      ...result.queries.map((q) => [JSON.stringify(q.query), q.kind, n(q.hits), n(q.files), kb(q.gzipBytes), time(q.coldMs), time(q.medianMs), time(q.p95Ms), time(q.maxMs)]),
    ]),
    `Queries in order as one visit: "new files" and "fetched gzip" are what each adds to those before it (the search page's code not included); "cold" is the first page of results with those files in hand on a fresh engine, decoding included; median/p95/max over ${runs} runs once loaded, after 3 unmeasured — wall time (compare on a quiet machine: see the load above); the budget is 30 ms per query at 10,000 articles`,
  ].join("\n");
}

export function formatReport(report: BenchReport, runs: number): string {
  const { meta } = report;
  const sections = [
    `Bench of ${meta.commit}${meta.dirty ? " + uncommitted changes" : ""} — ${meta.date}, Node ${meta.node}, ${meta.chromium}, ${meta.cpus} cores, load ${meta.loadAverage.toFixed(1)} at start`,
    `Build: ${report.build.seconds.toFixed(1)} s wall (vite build)${report.build.summary ? ` — ${report.build.summary}` : ""}`,
    bytesSection(report.firstLoad),
  ];
  if (report.lighthouse) sections.push(lighthouseSection(report.lighthouse, runs));
  if (report.navigation) sections.push(navigationSection(report.navigation));
  if (report.search) sections.push(searchSection(report.search));
  if (report.entities) sections.push(entitySection(report.entities));
  return sections.join("\n\n");
}

/** Entity finding's precision and recall on the hand-labelled dumps, overall and by kind. */
function entitySection(q: EntityQuality): string {
  const pct = (n: number) => `${(100 * n).toFixed(0)} %`;
  const kinds = Object.entries(q.byKind).map(([kind, k]) => `${kind} ${k.right}/${k.found} found right, ${k.right}/${k.marked} marked found`);
  return [
    `Entities on the hand-labelled dumps (scripts/bench/entity-set, ${q.byKind.place.marked + q.byKind.person.marked + q.byKind.org.marked} marked): precision ${pct(q.precision)}, recall ${pct(q.recall)} (issue 13's bar: 80 %, 70 %)`,
    `  ${kinds.join(" · ")}`,
    ...(q.missed.length ? [`  missed: ${q.missed.join("; ")}`] : []),
    ...(q.wrong.length ? [`  wrong: ${q.wrong.join("; ")}`] : []),
  ].join("\n");
}
