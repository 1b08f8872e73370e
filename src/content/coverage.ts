/**
 * The contract's "nothing lost" rule as a function: which text lines of a dump appear in none
 * of the article's fields. Tests run it over every dump; an empty answer means nothing was lost.
 */
import type { Article } from "./types.ts";
import { toLines } from "./normalize.ts";
import { isDateline } from "./dateline.ts";
import { tailKind } from "./tail.ts";
import { loneCaption, splitCredit } from "./figure.ts";

export function placedTexts(article: Article): string[] {
  const out: string[] = [article.title];
  if (article.lead) out.push(article.lead);
  if (article.place) out.push(article.place);
  if (article.byline) out.push(article.byline);
  for (const r of article.removed ?? []) out.push(r.text);
  let run: string[] = [];
  let runLine = -1;
  const endRun = () => {
    // A flattened body split at sentence ends: its paragraphs, joined again, are the line.
    if (run.length > 1) out.push(run.join(" "));
    run = [];
  };
  for (const b of article.body) {
    if (b.type !== "paragraph" || b.line !== runLine) endRun();
    if (b.type === "paragraph") {
      out.push(b.text);
      run.push(b.text);
      runLine = b.line;
    }
    if (b.type === "heading") out.push(b.text);
    if (b.type === "figure") out.push(b.alt, b.caption, ...(b.credit ? [b.credit] : []));
    // A boxed quote is its line, and its speaker stood alone on the line under it.
    if (b.type === "pullquote" && b.boxed) out.push(b.text, b.name);
  }
  endRun();
  // concat, not push(...): a spread of 200,000 tags would overflow the call stack.
  return out.concat(article.tags ?? [], article.tailText ?? []);
}

/** Lines (number and text) found in no field. Tags lines count as placed when every tag is. */
export function unplacedLines(text: string, article: Article): Array<{ n: number; text: string }> {
  const placed = placedTexts(article);
  const counts = new Map<string, number>();
  for (const t of placed) counts.set(t, (counts.get(t) ?? 0) + 1);
  const whole = placed.join("\n");
  const tagSet = new Set(article.tags ?? []);
  const missing: Array<{ n: number; text: string }> = [];
  for (const line of toLines(text)) {
    if (line.kind !== "text") continue;
    if (line.text === article.dateline && isDateline(line.text)) continue;
    const kind = tailKind(line.text);
    if (kind === "related" || kind === "comments") continue;
    if (kind === "tags") {
      const tags = line.text.replace(/^[^:]*:/, "").split(/[,;]/).map((t) => t.trim().replace(/\.$/, "")).filter(Boolean);
      if (tags.every((t) => tagSet.has(t))) continue;
    }
    if ((counts.get(line.text) ?? 0) > 0) {
      counts.set(line.text, counts.get(line.text)! - 1);
      continue;
    }
    // The lead's line, its outlet's mark taken off: both parts are placed.
    if (article.lead && article.source && line.text.includes(article.lead) && line.text.includes(article.source)) {
      if (line.text.replace(article.lead, "").replace(article.source, "").replace(/[\s\u00a0()\-–—]/gu, "") === "") continue;
    }
    if (isCreditLine(line.text, article)) continue;
    // A caption line is split into caption + credit: both parts must be placed.
    // (A pair's caption line by the contract's credits; a lone caption by the wider ones.)
    const splits = [splitCredit(line.text), loneCaption(line.text)];
    if (splits.some((split) => split?.credit && whole.includes(split.caption) && whole.includes(split.credit))) continue;
    missing.push({ n: line.n, text: line.text });
  }
  return missing;
}

/** What a signature line may hold besides names: its labels and punctuation. */
const CREDIT_LABELS = /(?<!\p{L})(?:theo|bài|ảnh|nguồn|và)(?!\p{L})|[\s\u00a0(),.:;&/\-–—]/giu;

/**
 * A signature line split into byline, source and photo credit ("Bài, ảnh: X", "Theo X (Outlet)",
 * "(Nguồn: X)"): placed when those fields, found in it, leave only labels and punctuation.
 */
function isCreditLine(text: string, article: Article): boolean {
  let rest = text;
  let found = false;
  for (const part of [article.byline, article.source, article.photoCredit]) {
    if (!part || !rest.includes(part)) continue;
    rest = rest.replace(part, " ");
    found = true;
  }
  return found && rest.replace(CREDIT_LABELS, "") === "";
}
