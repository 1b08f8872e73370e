/**
 * How well entity finding (src/content/entities.ts) finds what a careful reader marks: each dump of
 * scripts/bench/entity-set/ parsed, its entities found, compared with its labels (labels.ts) by
 * kind and folded name. Precision: of what it found, how much a reader marked; recall: of what a
 * reader marked, how much it found. Tags are left out: a dump's own "Từ khóa:" line is no finding.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { entitiesIn, entityKey, type EntityKind } from "../../src/content/entities.ts";
import { parseArticle } from "../../src/content/parse.ts";
import { readableTexts } from "../../src/content/readable-text.ts";
import { LABELS } from "./entity-set/labels.ts";

export const ENTITY_SET = path.join(path.dirname(fileURLToPath(import.meta.url)), "entity-set");

export type KindScore = { found: number; marked: number; right: number };
export type EntityQuality = {
  byKind: Record<Exclude<EntityKind, "tag">, KindScore>;
  precision: number;
  recall: number;
  /** What it found that no reader marked, and what it missed, per dump: where to look next. */
  wrong: string[];
  missed: string[];
};

const KINDS = { places: "place", people: "person", orgs: "org" } as const;

export function entityQuality(dir = ENTITY_SET): EntityQuality {
  const byKind = { place: { found: 0, marked: 0, right: 0 }, person: { found: 0, marked: 0, right: 0 }, org: { found: 0, marked: 0, right: 0 } };
  const wrong: string[] = [];
  const missed: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    const labels = LABELS[file];
    if (!labels) throw new Error(`${file} has no labels in labels.ts`);
    const article = parseArticle(file, readFileSync(path.join(dir, file))).article;
    if (!article) throw new Error(`${file} did not parse`);
    const found = entitiesIn([article.title, article.lead ?? "", ...readableTexts(article.body)]).filter((e) => e.kind !== "tag");
    const marked = new Map(Object.entries(KINDS).flatMap(([field, kind]) => labels[field as keyof typeof KINDS].map((name) => [entityKey(kind, name), { kind, name }] as const)));
    for (const e of found) {
      const score = byKind[e.kind as keyof typeof byKind];
      score.found++;
      if (marked.has(e.key)) score.right++;
      else wrong.push(`${file}: ${e.kind} ${e.name}`);
    }
    const foundKeys = new Set(found.map((e) => e.key));
    for (const [key, { kind, name }] of marked) {
      byKind[kind].marked++;
      if (!foundKeys.has(key)) missed.push(`${file}: ${kind} ${name}`);
    }
  }
  const total = Object.values(byKind).reduce((sum, k) => ({ found: sum.found + k.found, marked: sum.marked + k.marked, right: sum.right + k.right }), { found: 0, marked: 0, right: 0 });
  return { byKind, precision: total.right / total.found, recall: total.right / total.marked, wrong, missed };
}

// `node --import tsx scripts/bench/entity-quality.ts`: the scores and what was wrong or missed.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const q = entityQuality();
  const pct = (n: number) => `${(100 * n).toFixed(0)} %`;
  console.log(`entities: precision ${pct(q.precision)}, recall ${pct(q.recall)}`);
  for (const [kind, s] of Object.entries(q.byKind)) console.log(`  ${kind}: ${s.right} right of ${s.found} found, ${s.marked} marked`);
  console.log(`wrong:\n  ${q.wrong.join("\n  ")}\nmissed:\n  ${q.missed.join("\n  ")}`);
}
