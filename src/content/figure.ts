/**
 * Step 5: the dumps keep an image as two adjacent, nearly identical lines — the image's alt text,
 * then its caption (often lightly edited, sometimes with a photo credit). This step recognises
 * such a pair and splits the credit off the caption.
 */
import { commonInOrder, wordsOf } from "./words.ts";

/** Share of in-order words two lines must have in common to be one image's alt and caption. */
export const NEAR_DUPLICATE = 0.6;

/**
 * An image's alt text or caption is a sentence or two; a longer line is prose. The cap also keeps
 * the in-order comparison (words × words) bounded: two 3 MB lines are never compared word by word.
 */
export const FIGURE_MAX_WORDS = 150;

export function areNearDuplicates(a: string, b: string): boolean {
  const wa = wordsOf(a);
  if (wa.length > FIGURE_MAX_WORDS) return false;
  if (a === b) return true;
  const wb = wordsOf(b);
  const longest = Math.max(wa.length, wb.length);
  const shortest = Math.min(wa.length, wb.length);
  if (longest === 0 || longest > FIGURE_MAX_WORDS) return false;
  // The shared run can be no longer than the shorter line.
  if (shortest / longest < NEAR_DUPLICATE) return false;
  return commonInOrder(wa, wb) / longest >= NEAR_DUPLICATE;
}

// "… cấp. Ảnh: Minh Hà", "… cấp (Ảnh: Minh Hà)", "… cấp - Ảnh: Minh Hà" (the credit ends the caption).
const CREDIT_PAREN = /\s*\(\s*(?:ảnh|ảnh minh họa|ảnh minh hoạ)\s*:\s*([^()]+?)\s*\)\s*\.?$/iu;
const CREDIT_DASH = /\s*[-\u2013\u2014]\s*(?:ảnh|ảnh minh họa|ảnh minh hoạ)\s*:\s*(.+?)\s*\.?$/iu;
const CREDIT_PLAIN = /(^|\s)(?:ảnh|ảnh minh họa|ảnh minh hoạ)\s*:\s*(.+?)\s*\.?$/iu;

/**
 * A credit's final stop is no part of a name — but an initial keeps its own: "Ảnh: T.L." is T.L.
 * `line` is the text the credit ended.
 */
export function creditName(credit: string, line: string): string {
  const name = credit.trim();
  return /(?:^|[.\s])\p{Lu}$/u.test(name) && /\.\s*\)?$/u.test(line) ? `${name}.` : name;
}

export function splitCredit(caption: string): { caption: string; credit?: string } {
  for (const re of [CREDIT_PAREN, CREDIT_DASH]) {
    const m = re.exec(caption);
    if (m && m[1]) return { caption: caption.slice(0, m.index).trim(), credit: creditName(m[1], caption) };
  }
  const m = CREDIT_PLAIN.exec(caption);
  if (m && m[2]) {
    const rest = caption.slice(0, m.index).trim();
    // A caption that is nothing but a credit keeps its text: the credit needs a caption to follow.
    if (rest !== "") return { caption: rest, credit: creditName(m[2], caption) };
  }
  return { caption };
}

export type FigureText = { alt: string; caption: string; credit?: string };

/**
 * Credits that mark a line alone as a caption (other outlets, issue 11): `Ảnh: X`, `(Ảnh: X)`,
 * `Ảnh:AFP`, `Ảnh, video: X`, `Video: X`, and `Ảnh minh họa` or `Ảnh chụp màn hình` (no name:
 * the credit is those words).
 */
const LONE_CREDIT = /(?:^|[\s(])(?:(?:ảnh,\s*video|ảnh|video)\s*:\s*([^()]+?)|(ảnh minh họa|ảnh minh hoạ|ảnh chụp màn hình))\s*\)?\s*\.?$/iu;

const SIGNATURE = /^bài(?:\s*[,&/-]|\s+và|\s*:.*)?$/iu;

/** "Ảnh: Nhóm cung cấp Xe dừng ở đầu bản" (Thanh Niên): the credit first, ending "cung cấp". */
const CREDIT_FIRST = /^ảnh\s*:\s*(\S.{0,40}?\scung cấp)\s+(\p{Lu}.*)$/iu;
/** "… (ảnh CTV)", "… (Ảnh TTXVN)": a bracketed credit without a colon (Dân Trí). */
const PAREN_NO_COLON = /(?:^|\s)\(\s*ảnh\s+([^():]{1,40}?)\s*\)\s*\.?$/iu;

/**
 * A line alone that is a photo's caption, known by the credit that ends it ("Bến phà vắng người.
 * Ảnh: Kha Lộc."): its text before the credit is the caption and, the dump having no alt for it,
 * the alt too. A credit with nothing before it is no caption.
 */
export function loneCaption(line: string): FigureText | null {
  // Nearly every paragraph is a line alone: the words that every credit holds rule most out
  // before the credit's pattern and the word count run (they were an eighth of a parse).
  const lower = line.toLowerCase();
  if (!lower.includes("ảnh") && !lower.includes("video")) return null;
  if (wordsOf(line).length > FIGURE_MAX_WORDS) return null;
  const first = CREDIT_FIRST.exec(line);
  if (first) return { alt: first[2]!, caption: first[2]!, credit: first[1]! };
  const m = LONE_CREDIT.exec(line) ?? PAREN_NO_COLON.exec(line);
  if (!m) return null;
  const caption = line.slice(0, m.index).replace(/[\s\-\u2013\u2014(]+$/u, "").trim();
  const credit = creditName((m[1] ?? m[2])!, line);
  // A credit names someone or something in a few words: "ảnh: đẹp lắm, ai cũng thích" is a sentence.
  if (caption === "" || wordsOf(credit).length > 5 || /[,;!?]/.test(credit)) return null;
  // "Bài, ảnh: X" and "Bài: X - Ảnh: Y" sign the article (byline.ts): no picture is described.
  if (SIGNATURE.test(caption)) return null;
  return { alt: caption, caption, credit };
}

/** Zing's alt line: the title without marks, then "hinh anh N"; the caption is the line under it. */
const ZING_ALT = /\shinh anh \d+$/iu;
export const isZingAlt = (line: string): boolean => line.includes("hinh anh") && ZING_ALT.test(line);

/** Tuổi Trẻ's image marker, "<title> - Ảnh 1." alone on its line; its caption is the next block. */
const MARKER = /^.+\s[-\u2013\u2014]\s+Ảnh\s+\d+\.?$/u;
/** "Ảnh" looked for first: the pattern's backtracking over every paragraph line was a parse's hottest regex. */
export const isImageMarker = (line: string): boolean => line.includes("Ảnh") && MARKER.test(line);

/** The figure a two-line block stands for, or null when the block is two ordinary paragraphs. */
export function asFigure(first: string, second: string): FigureText | null {
  const { caption, credit } = splitCredit(second);
  if (!areNearDuplicates(first, caption)) return null;
  return credit === undefined ? { alt: first, caption } : { alt: first, caption, credit };
}
