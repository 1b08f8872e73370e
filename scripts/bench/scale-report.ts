/** `npm run bench:scale`'s table: one column per corpus size, then how each number grew. */
import { KB } from "../support/first-load.ts";
import { grid } from "./report.ts";
import { ADDED, type ScaleRow } from "./scale.ts";

export type ScaleReport = { date: string; commit: string; cpus: number; seed: string; rows: ScaleRow[] };

type Metric = { label: string; value: (row: ScaleRow) => number; format: (n: number) => string };

const seconds = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);
const sizeOf = (bytes: number) => (Number.isNaN(bytes) ? "—" : bytes < 1e6 ? `${(bytes / KB).toFixed(1)} kB` : `${(bytes / 1e6).toFixed(1)} MB`);
const count = (n: number) => n.toLocaleString("en-US");
const percent = (n: number) => (Number.isNaN(n) ? "—" : `${n.toFixed(1)} %`);

export const METRICS: Metric[] = [
  { label: "articles (skipped files)", value: (r) => r.articles, format: count },
  { label: "parse, in process", value: (r) => r.parseMs, format: seconds },
  { label: "  then record, terms, search words", value: (r) => r.splitMs ?? Number.NaN, format: seconds },
  { label: "  of which entity finding", value: (r) => r.entityMs ?? Number.NaN, format: seconds },
  { label: "  entity finding's share added", value: (r) => entityShare(r), format: percent },
  { label: "related ranking, in process", value: (r) => r.relatedMs, format: seconds },
  { label: "vite build, empty cache", value: (r) => r.build.seconds * 1000, format: seconds },
  { label: "  peak memory", value: (r) => r.build.peakBytes, format: sizeOf },
  { label: `rebuild, ${ADDED} added + 1 removed`, value: (r) => r.rebuild.seconds * 1000, format: seconds },
  { label: "  files reparsed", value: (r) => r.rebuild.parsed, format: count },
  { label: "  files rewritten or new", value: (r) => r.rebuild.written, format: count },
  { label: "  of dist/ files", value: (r) => (100 * r.rebuild.written) / Math.max(1, r.rebuild.files), format: percent },
  { label: "  files removed", value: (r) => r.rebuild.removed, format: count },
  { label: "  peak memory", value: (r) => r.rebuild.peakBytes, format: sizeOf },
  { label: "dist/ size", value: (r) => r.distBytes, format: sizeOf },
  { label: "dist/ files", value: (r) => r.distFiles, format: count },
  { label: "dev ready, empty cache", value: (r) => r.devReadyMs.cold, format: seconds },
  { label: "  resident memory", value: (r) => r.devRssBytes.cold, format: sizeOf },
  { label: "dev ready, warm cache", value: (r) => r.devReadyMs.warm, format: seconds },
  { label: "  resident memory", value: (r) => r.devRssBytes.warm, format: sizeOf },
  { label: "search, first query, gzip", value: (r) => r.search.firstBytes, format: sizeOf },
  { label: "  time (in process)", value: (r) => r.search.firstMs, format: seconds },
  { label: "search, later query, max gzip", value: (r) => r.search.laterMaxBytes, format: sizeOf },
  { label: "  time, max (in process)", value: (r) => r.search.laterMaxMs, format: seconds },
  { label: "first visit home, gzip", value: (r) => r.home.bytes, format: sizeOf },
  { label: "  of which JS", value: (r) => r.home.jsGzip, format: sizeOf },
  { label: "first visit article, gzip", value: (r) => r.article.bytes, format: sizeOf },
  { label: "  of which JS", value: (r) => r.article.jsGzip, format: sizeOf },
  { label: "first visit author page, gzip", value: (r) => r.author?.bytes ?? Number.NaN, format: sizeOf },
  { label: "first visit month page, gzip", value: (r) => r.month?.bytes ?? Number.NaN, format: sizeOf },
  { label: "first visit topic page, gzip", value: (r) => r.topic?.bytes ?? Number.NaN, format: sizeOf },
  { label: "first visit topics' index, gzip", value: (r) => r.topics?.bytes ?? Number.NaN, format: sizeOf },
];

/** What entity finding adds to a parse worker's parse (parse, then record, terms and search words without it), in percent. */
export function entityShare(r: Pick<ScaleRow, "parseMs" | "splitMs" | "entityMs">): number {
  if (r.splitMs === undefined || r.entityMs === undefined) return Number.NaN;
  return (100 * r.entityMs) / (r.parseMs + r.splitMs - r.entityMs);
}

/** "×9.8" from a to b; "=" when equal to the tenth. */
export function growth(from: number, to: number): string {
  if (!(from > 0) || !Number.isFinite(to)) return "—";
  const ratio = to / from;
  return ratio.toFixed(2) === "1.00" ? "=" : `×${ratio < 10 ? ratio.toFixed(2) : ratio.toFixed(1)}`;
}

export function formatScaleReport(report: ScaleReport): string {
  const rows = [...report.rows].sort((a, b) => a.count - b.count);
  const steps = rows.slice(1).map((row, i) => [rows[i]!, row] as const);
  const header = ["N dumps", ...rows.map((r) => count(r.count)), ...steps.map(([a, b]) => `${count(a.count)}→${count(b.count)}`)];
  const body = METRICS.map((metric) => [
    metric.label,
    ...rows.map((r) => (metric.label.startsWith("articles") ? `${count(r.articles)} (${count(r.skipped)})` : metric.format(metric.value(r)))),
    ...steps.map(([a, b]) => growth(metric.value(a), metric.value(b))),
  ]);
  const small = rows[0];
  const large = rows.at(-1);
  const notes = [
    `bench:scale ${report.date} · ${report.commit} · ${report.cpus} cores · corpus seed "${report.seed}"`,
    "",
    grid([header, ...body]),
  ];
  if (small && large && small !== large) {
    notes.push(
      "",
      `first visit at ${count(large.count)} vs ${count(small.count)} dumps: home ${growth(small.home.bytes, large.home.bytes)}, ` +
        `article ${growth(small.article.bytes, large.article.bytes)}` +
        (small.author && large.author ? `, author page ${growth(small.author.bytes, large.author.bytes)}` : "") +
        (small.month && large.month ? `, month page ${growth(small.month.bytes, large.month.bytes)}` : "") +
        (small.topic && large.topic ? `, topic page ${growth(small.topic.bytes, large.topic.bytes)}` : "") +
        (small.topics && large.topics ? `, topics' index ${growth(small.topics.bytes, large.topics.bytes)}` : "") +
        " (the goal: within ×1.10)",
    );
  }
  return notes.join("\n");
}
