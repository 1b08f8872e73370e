/**
 * Cutting text short without cutting a word: whole sentences first, then a clause, and only as a
 * last resort a word boundary. Used for pull quotes and list excerpts.
 */

// Short capitalised tokens that end with a period without ending a sentence ("TS. Lê", "T. Hằng").
const ABBREVIATION = /(?:^|\s)(?:TS|ThS|PGS|GS|BS|KS|Th|Tp|TP|Mr|Ms|Dr|St|\p{Lu})\.$/u;

/** Longer than any ABBREVIATION match (a space, three letters, the period; or an astral capital). */
const ABBREVIATION_WINDOW = 8;

/** Sentences of a text, each keeping its closing punctuation (and closing quote). */
export function sentences(text: string): string[] {
  const out: string[] = [];
  // A match starts only where a run of end marks starts, so a run of 100,000 dots is read once.
  const re = /(?<![.!?\u2026])[.!?\u2026]+["”’)]*(?=\s|$)/gu;
  let start = 0;
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    const candidate = text.slice(start, end);
    // Only the candidate's last characters can make it an abbreviation: test those, not all of it
    // (a long run of "A. A. A." would otherwise be rescanned at every period).
    if (m[0] === "." && ABBREVIATION.test(text.slice(Math.max(start, end - ABBREVIATION_WINDOW), end))) continue;
    out.push(candidate.trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest !== "") out.push(rest);
  return out.filter((s) => s !== "");
}

const ELLIPSIS = "\u2026";

/** At most `max` characters: leading sentences if they fit, else one clause, else words + "…". */
export function excerpt(text: string, max: number, minClause = Math.floor(max / 3)): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  let acc = "";
  for (const s of sentences(trimmed)) {
    const next = acc === "" ? s : `${acc} ${s}`;
    if (next.length > max) break;
    acc = next;
  }
  if (acc !== "") return acc;
  // The first sentence alone is too long: end at the last clause boundary that fits.
  const head = trimmed.slice(0, max);
  const clauseEnds = [...head.matchAll(/[,;:\u2013\u2014](?=\s)/gu)].map((m) => m.index);
  const clause = clauseEnds.filter((i) => i >= minClause).pop();
  if (clause !== undefined) return head.slice(0, clause).trimEnd() + ELLIPSIS;
  const space = head.lastIndexOf(" ", max - 1);
  const cut = space > 0 ? head.slice(0, space) : head;
  return cut.replace(/[\s,;:.\u2013\u2014-]+$/u, "") + ELLIPSIS;
}

/** At most `max` characters, ending at a word boundary with "…" when cut (meta descriptions). */
export function cutAtWord(text: string, max: number): string {
  const t = text.trim().replace(/\s+/g, " ");
  if (t.length <= max) return t;
  const head = t.slice(0, max);
  const space = head.lastIndexOf(" ");
  const cut = space > 0 ? head.slice(0, space) : head.slice(0, max - 1);
  return cut.replace(/[\s,;:.\u2013\u2014-]+$/u, "") + ELLIPSIS;
}
