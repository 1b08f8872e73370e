/**
 * Step 1b: text → numbered, normalised lines. Everything later works on these lines, so the
 * contract's normalising rules (BOM, line ends, NFC, invisible characters, trailing spaces)
 * live here and nowhere else.
 */

export type LineKind = "blank" | "placeholder" | "text";
export type Line = { n: number; text: string; kind: LineKind };

/** Zero-width space/joiners, BOM, combining grapheme joiner and soft hyphen: never content. */
const INVISIBLE = /[\u200B-\u200D\uFEFF\u034F\u00AD]/g;
/** A stripped image, button or link leaves a line of dots or ellipses behind. */
const PLACEHOLDER = /^[.\u2026\s]+$/;

export function normalizeLineText(raw: string): string {
  // Invisible characters go before NFC: a CGJ between a letter and its mark blocks composition.
  return raw.replace(INVISIBLE, "").normalize("NFC").trim();
}

export function classify(text: string): LineKind {
  if (text === "") return "blank";
  return PLACEHOLDER.test(text) ? "placeholder" : "text";
}

export function toLines(text: string): Line[] {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.split(/\r\n|\r|\n/).map((raw, i) => {
    const t = normalizeLineText(raw);
    return { n: i + 1, text: t, kind: classify(t) };
  });
}
