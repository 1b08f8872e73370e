/**
 * Step 1b: text → numbered, normalised lines. Everything later works on these lines, so the
 * contract's normalising rules (BOM, line ends, NFC, invisible characters, trailing spaces)
 * live here and nowhere else.
 *
 * Inside a line, every run of whitespace (spaces, tabs, no-break spaces, U+2028/U+2029) becomes
 * one space, as a browser shows it anyway. Besides reading the same, this keeps every later
 * pattern linear: a run of 100,000 spaces can no longer make a regular expression backtrack.
 */

export type LineKind = "blank" | "placeholder" | "text";
/**
 * `indented`: the raw line began with two or more plain spaces or a tab (not a no-break space,
 * which content systems use to indent paragraphs); set only when true. Furniture reads it:
 * some outlets indent their lists of related headlines.
 */
export type Line = { n: number; text: string; kind: LineKind; indented?: true };

/** Zero-width space/joiners, BOM, combining grapheme joiner and soft hyphen: never content. */
const INVISIBLE = /[\u200B-\u200D\uFEFF\u034F\u00AD]/g;
/** A run of two or more whitespace characters, or one that is not a plain space (tab, NBSP, U+2028 …). */
const WHITESPACE = /\s{2,}|[^\S ]/g;
/** A stripped image, button or link leaves a line of dots or ellipses behind. */
const PLACEHOLDER = /^[.\u2026\s]+$/;
/** Two plain spaces or a tab before the text (invisible characters aside). */
const INDENT = /^[\u200B-\u200D\uFEFF]*(?: {2,}|\t)/;

export function normalizeLineText(raw: string): string {
  // Invisible characters go before NFC: a CGJ between a letter and its mark blocks composition.
  return raw.replace(INVISIBLE, "").normalize("NFC").replace(WHITESPACE, " ").trim();
}

export function classify(text: string): LineKind {
  if (text === "") return "blank";
  return PLACEHOLDER.test(text) ? "placeholder" : "text";
}

export function toLines(text: string): Line[] {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.split(/\r\n|\r|\n/).map((raw, i) => {
    const t = normalizeLineText(raw);
    const kind = classify(t);
    return kind === "text" && INDENT.test(raw) ? { n: i + 1, text: t, kind, indented: true } : { n: i + 1, text: t, kind };
  });
}
