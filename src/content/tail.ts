/**
 * Step 8: the tail. "Tin liên quan" (and its synonyms), "Từ khóa:" and "Ý kiến bạn đọc" end the
 * body; the related links were stripped and left one placeholder each, which are counted.
 */
import type { Line } from "./normalize.ts";

const RELATED_HEADER = /^(?:tin liên quan|tin cùng chuyên mục|bài liên quan|tin bài liên quan)\s*:?$/iu;
const COMMENTS_HEADER = /^ý kiến bạn đọc\s*:?$/iu;
const TAGS = /^từ kh(?:óa|oá)\s*:\s*(.*)$/iu;

export type TailKind = "related" | "comments" | "tags";
export function tailKind(text: string): TailKind | null {
  if (RELATED_HEADER.test(text)) return "related";
  if (COMMENTS_HEADER.test(text)) return "comments";
  if (TAGS.test(text)) return "tags";
  return null;
}

export function parseTags(text: string): string[] {
  const m = TAGS.exec(text);
  if (!m || !m[1]) return [];
  return m[1].split(/[,;]/).map((t) => t.trim().replace(/\.$/, "")).filter((t) => t !== "");
}

export type Tail = {
  /** Index in `lines` where the body stops (lines.length when there is no tail). */
  start: number;
  relatedPlaceholders: number;
  tags: string[] | null;
  /** Text lines under a tail header: kept, but not body. */
  extra: Line[];
};

export function findTail(lines: readonly Line[], from: number): Tail {
  const start = lines.findIndex((l, i) => i >= from && l.kind === "text" && tailKind(l.text) !== null);
  if (start < 0) return { start: lines.length, relatedPlaceholders: 0, tags: null, extra: [] };
  let section: TailKind | null = null;
  let relatedPlaceholders = 0;
  let tags: Set<string> | null = null;
  const extra: Line[] = [];
  for (const line of lines.slice(start)) {
    if (line.kind === "blank") continue;
    const kind = line.kind === "text" ? tailKind(line.text) : null;
    if (kind) {
      section = kind;
      // Each tag once, in order of first mention (a Set, not a growing array copied per line).
      if (kind === "tags") {
        tags ??= new Set();
        for (const tag of parseTags(line.text)) tags.add(tag);
      }
    } else if (line.kind === "placeholder") {
      if (section === "related") relatedPlaceholders++;
    } else {
      extra.push(line);
    }
  }
  return { start, relatedPlaceholders, tags: tags ? [...tags] : null, extra };
}
