/**
 * The parser: raw dump → what it says (readDump), as a pipeline of the small steps beside this
 * file, then the enrichment steps (enrich.ts) → Article.
 *
 *   decode ▸ normalise lines ▸ title ▸ dateline ▸ tail ▸ furniture ▸ blocks (figures, paragraphs)
 *          ▸ lead ▸ byline ▸ structure (crossheads, boxed quotes)            = ParsedDump
 *   ▸ enrich: pull quotes ▸ slug ▸ reading time ▸ images                    = Article
 *
 * Pure: no I/O, no React, no Node. The slug is the title's own; the corpus makes slugs unique
 * (see corpus.ts).
 */
import type { DumpResult, FigureBlock, ParagraphBlock, ParsedDump, ParseResult, Problem } from "./types.ts";
import { decodeUtf8 } from "./decode.ts";
import { toLines, type Line } from "./normalize.ts";
import { isDateline, readDateline } from "./dateline.ts";
import { isPlaceLine, splitLeadSource } from "./lead-source.ts";
import { findTail } from "./tail.ts";
import { classifyBlocks, segment } from "./blocks.ts";
import { BYLINE_BLOCKS, takeByline } from "./byline.ts";
import { takeFurniture } from "./furniture.ts";
import { enrich, type EnrichContext } from "./enrich.ts";
import { structureGroups } from "./structure.ts";

/** "seeds/000_abc.txt" → "000_abc". */
export function idFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.txt$/i, "");
}

/** Longer than any real headline (they run to about 150 characters): a warning, the text is kept. */
export const TITLE_MAX = 300;

/**
 * A dump read into a complete Article: what the file says (readDump), then the enrichment steps
 * (enrich.ts). `context.images`: the figures' images, from a lookup the Node side hands in.
 */
export function parseArticle(file: string, input: Uint8Array | string, context: EnrichContext = {}): ParseResult {
  const { dump, problems } = readDump(file, input);
  return { file, article: dump ? enrich(dump, context) : null, problems };
}

/** What the file says: no slug, reading time, speech pull quotes or images yet (enrich.ts adds them). */
export function readDump(file: string, input: Uint8Array | string): DumpResult {
  const problems: Problem[] = [];
  const warn = (line: number, message: string) => problems.push({ file, line, severity: "warning", message });
  const fail = (line: number, message: string): DumpResult => {
    problems.push({ file, line, severity: "error", message });
    return { file, dump: null, problems };
  };

  const decoded = decodeUtf8(input);
  if (!decoded.ok) return fail(decoded.line, decoded.message);
  const lines = toLines(decoded.text);
  const texts = lines.filter((l) => l.kind === "text");
  if (texts.length === 0) {
    const what = lines.some((l) => l.kind === "placeholder") ? "only placeholder lines" : "no text";
    return fail(1, `has ${what}, so there is no article to read; add a title line or remove the file`);
  }

  // Title: the first text line — unless the dump starts with its dateline, then the next one.
  let titleLine: Line = texts[0]!;
  let datelineLine: Line | null = null;
  if (isDateline(titleLine.text)) {
    datelineLine = titleLine;
    const next = texts[1];
    if (!next) return fail(titleLine.n, "has a dateline but no title; add the headline as the first line");
    warn(titleLine.n, `starts with its dateline; line ${next.n} was taken as the title — put the headline first`);
    titleLine = next;
  }
  if (titleLine.text.length > TITLE_MAX) {
    warn(titleLine.n, `the title is ${titleLine.text.length} characters long, more than any headline; check that the file's line breaks survived and put the headline alone on the first line`);
  }

  const bodyFrom = lines.indexOf(titleLine) + 1;
  const tail = findTail(lines, bodyFrom);
  // The dateline is the article's own: a date under "Tin liên quan" belongs to another story.
  if (!datelineLine) {
    for (let i = bodyFrom; i < tail.start && !datelineLine; i++) {
      const l = lines[i]!;
      if (l.kind === "text" && isDateline(l.text)) datelineLine = l;
    }
  }

  let publishedAt: string | null = null;
  let hasTime = false;
  if (datelineLine) {
    const read = readDateline(datelineLine.text);
    publishedAt = read.publishedAt;
    hasTime = read.hasTime;
    for (const issue of read.issues) warn(datelineLine.n, issue.message);
  } else {
    warn(titleLine.n, "no dateline (such as \"Thứ Hai, 16/03/2020, 11:28 [GMT+7]\") after the title; publishedAt is empty — add the dateline under the title");
  }

  // One warning for the whole tail, at its first text line: 100,000 leftover lines are one problem.
  const [firstExtra] = tail.extra;
  if (firstExtra) {
    const n = tail.extra.length;
    warn(firstExtra.n, n === 1
      ? "text after the related-news or comments header is kept as tailText, not shown in the body; if it belongs to the article, move it above the header"
      : `${n} text lines after the related-news or comments header, from this one on, are kept as tailText, not shown in the body; if they belong to the article, move them above the header`);
  }

  // Title and dateline lines are taken out of the body; they also end any block they touch.
  // Page furniture (share prompts, related links …) leaves the body first, so a byline above it is last.
  const furniture = takeFurniture(lines.slice(bodyFrom, tail.start).map((l) =>
    l === datelineLine ? { ...l, kind: "blank" as const } : l,
  ));
  const blocks = classifyBlocks(segment(furniture.lines));

  // Lead: the first block after the dateline that is not a figure — its first line.
  const afterDateline = datelineLine && datelineLine !== texts[0] ? datelineLine.n : titleLine.n;
  let lead: string | null = null;
  const groups: Array<Array<FigureBlock | ParagraphBlock>> = [];
  // A place line alone just above or just below the lead is the story's place, not its text.
  let place: string | null = null;
  let leadGroup = -1;
  blocks.forEach((group, g) => {
    const first = group[0]!;
    const alone = group.length === 1 && first.type === "paragraph" && place === null && isPlaceLine(first.text);
    if (alone && first.line > afterDateline && (lead === null || leadGroup === g - 1)) {
      place = first.text;
      return;
    }
    const isLead = lead === null && first.type === "paragraph" && first.line > afterDateline;
    if (isLead) {
      lead = first.text;
      leadGroup = g;
    }
    const rest = isLead ? group.slice(1) : group;
    if (rest.length > 0) groups.push(rest);
  });
  // The outlet's mark on the sapo ("TTO - …", "… - VnExpress") is its source, not its text.
  let source: string | null = null;
  if (lead !== null) ({ lead, source } = splitLeadSource(lead));

  // Byline: the last body line, when it is a paragraph that reads as names (or another outlet's signature).
  const credit = takeByline(lastBlocks(groups, BYLINE_BLOCKS), source === null);
  dropLast(groups, credit.taken);
  const byline = credit.byline;
  // Then what layout says: crossheads, boxed quotes, flattened bodies.
  const body = structureGroups(groups).flat();
  if (credit.source !== undefined) source = credit.source;

  const article: ParsedDump = {
    id: idFromFile(file),
    title: titleLine.text,
    dateline: datelineLine ? datelineLine.text : null,
    publishedAt,
    hasTime,
    lead,
    byline,
    body,
    relatedPlaceholders: tail.relatedPlaceholders,
  };
  if (source !== null) article.source = source;
  if (place !== null) article.place = place;
  if (credit.photoCredit !== undefined) article.photoCredit = credit.photoCredit;
  if (furniture.removed.length > 0) article.removed = furniture.removed;
  if (tail.tags) article.tags = tail.tags;
  if (tail.extra.length > 0) article.tailText = tail.extra.map((l) => l.text);
  return { file, dump: article, problems };
}

/** The last `n` blocks of a body kept as groups, in order: all the byline step reads, without copying the body. */
function lastBlocks<T>(groups: readonly T[][], n: number): T[] {
  const out: T[] = [];
  for (let g = groups.length - 1; g >= 0 && out.length < n; g--) {
    const group = groups[g]!;
    for (let i = group.length - 1; i >= 0 && out.length < n; i--) out.unshift(group[i]!);
  }
  return out;
}

/** The last `n` blocks taken off a body kept as groups (the byline's lines). */
function dropLast(groups: Array<unknown[]>, n: number): void {
  while (n > 0 && groups.length > 0) {
    const last = groups[groups.length - 1]!;
    if (last.length <= n) {
      n -= last.length;
      groups.pop();
    } else {
      last.length -= n;
      n = 0;
    }
  }
}
