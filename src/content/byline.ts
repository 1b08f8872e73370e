/**
 * Step 7: the byline is the last text line when it reads as names: short, no sentence-ending
 * punctuation, every word capitalised. A trailing "(unit)" — newsroom or agency — is allowed.
 *
 * Other outlets (issue 11) sign in more forms, read by `takeByline` from the body's end: a desk
 * ("Ban Thời sự"), a reader ("Độc giả Lan Anh"), a reprint credit on one line ("Theo MỘC LAN (VTC
 * News)") or two ("Theo Vi Thắm", then the outlet), "Bài, ảnh: X", "Bài: X - Ảnh: Y", a name glued
 * to a photo credit ("Đàm Khải Ảnh: Vi Thắm"), "Name / site.vn", and a "(Nguồn: X)" line.
 */
import type { Block } from "./types.ts";
import { isCapitalised } from "./words.ts";

export const BYLINE_MAX_WORDS = 6;
const UNIT = /\s*\([^()]*\)\s*$/u;
const SENTENCE_END = /[.!?\u2026:;]$/u;
// Names are joined by "-", "–", ",", "&", "/" or the word "và".
const JOINERS = /\s*(?:[-\u2013\u2014,&/]|\svà\s)\s*/u;

export function isByline(text: string): boolean {
  const core = text.replace(UNIT, "").trim();
  if (core === "" || SENTENCE_END.test(core) || core.includes(":")) return false;
  const names = core.split(JOINERS).map((s) => s.trim());
  if (names.some((n) => n === "")) return false;
  const words = names.flatMap((n) => n.split(/\s+/));
  if (words.length > BYLINE_MAX_WORDS) return false;
  return words.every((w) => isCapitalised(w) && !/\d/.test(w));
}

/** What a signature line says: who wrote it, and where it came from or who took its photos. */
export type Credit = { byline: string; source?: string; photoCredit?: string };

/** "Ban Thời sự", "Nhóm phóng viên", "Độc giả Lan Anh": a desk or a reader, not capitalised throughout. */
const DESK = /^(?:Ban|Nhóm|Tổ|Phòng|Độc giả|Bạn đọc|Nhóm phóng viên|Nhóm PV)\s+\S.{0,40}$/u;
/** "Theo MỘC LAN (VTC News)": a reprint credit, the outlet in brackets. */
const REPRINT_ONE_LINE = /^(Theo\s+[^()]+?)\s*\(([^()]{2,60})\)$/u;
/** "Bài, ảnh: X", "Bài và ảnh: X", "Bài & ảnh: X", "Bài - ảnh: X", "Ảnh, bài: X". */
const TEXT_AND_PHOTOS = /^(?:bài\s*(?:,|và|&|-|\/)\s*ảnh|ảnh\s*(?:,|và|&|-|\/)\s*bài)\s*:\s*(.+)$/iu;
/** "Bài: X - Ảnh: Y", "Bài: X, ảnh: Y", "Bài: X. Ảnh: Y". */
const TEXT_THEN_PHOTOS = /^bài\s*:\s*(.+?)\s*[-–—,.;]?\s+ảnh\s*:\s*(.+)$/iu;
/** "Đàm Khải Ảnh: Vi Thắm": a name, then the photographer's credit. */
const NAME_THEN_PHOTOS = /^(.+?)\s*[-–—,]?\s+ảnh\s*:\s*(.+)$/iu;
/** "Hạ Vân / baohaiduong.vn": a name, then the site. */
const NAME_THEN_SITE = /^(.+?)\s+\/\s+((?:[\p{L}\d-]+\.)+[a-z]{2,6})$/iu;
/** "(Nguồn: Công ty X)", "Nguồn: TTXVN": where the article came from, alone on the last line. */
const SOURCE_LINE = /^\(?\s*nguồn\s*:\s*([^()]{1,80}?)\s*\)?\.?$/iu;

/** Longer than any signature: "Bài: Nguyễn Văn Thành Trung - Ảnh: Trần Thị Minh Hà (TTXVN)". */
export const CREDIT_MAX_CHARS = 120;

const names = (text: string): string | null => {
  const t = text.trim().replace(/\.$/u, "");
  return isByline(t) ? t : null;
};

/** The credit one line gives, or null when the line is not a signature. */
export function readCreditLine(text: string): Credit | null {
  // A signature is a few names and labels: a sentence never is one, and its patterns need not run.
  if (text.length > CREDIT_MAX_CHARS) return null;
  const both = TEXT_AND_PHOTOS.exec(text);
  if (both) {
    const who = names(both[1]!);
    return who ? { byline: who, photoCredit: who } : null;
  }
  const textThenPhotos = TEXT_THEN_PHOTOS.exec(text);
  if (textThenPhotos) {
    const [writer, photographer] = [names(textThenPhotos[1]!), names(textThenPhotos[2]!)];
    return writer && photographer ? { byline: writer, photoCredit: photographer } : null;
  }
  const reprint = REPRINT_ONE_LINE.exec(text);
  if (reprint && isByline(reprint[1]!)) return { byline: reprint[1]!, source: reprint[2]!.trim() };
  if (isByline(text)) return { byline: text };
  const glued = NAME_THEN_PHOTOS.exec(text);
  if (glued) {
    const [writer, photographer] = [names(glued[1]!), names(glued[2]!)];
    if (writer && photographer) return { byline: writer, photoCredit: photographer };
  }
  const site = NAME_THEN_SITE.exec(text);
  if (site && isByline(site[1]!)) return { byline: site[1]!, source: site[2]! };
  if (DESK.test(text) && !SENTENCE_END.test(text) && text.split(" ").length <= BYLINE_MAX_WORDS) return { byline: text };
  return null;
}

/** An outlet's name on the line under "Theo X": a few words, a capital first, no sentence end. */
function isOutletLine(text: string): boolean {
  return /^\p{Lu}/u.test(text) && !SENTENCE_END.test(text) && text.split(" ").length <= 8 && !/\d{3,}/u.test(text);
}

export function sourceLine(text: string): string | null {
  if (text.length > CREDIT_MAX_CHARS) return null;
  return SOURCE_LINE.exec(text)?.[1]?.trim() ?? null;
}

/** The most blocks a signature takes from the body's end: a source line, the names, a reprint's outlet. */
export const BYLINE_BLOCKS = 3;

/** What the end of the body gave: a credit (or none), and how many of the last blocks that took. */
export type TakenCredit = { byline: string | null; source?: string; photoCredit?: string; taken: number };

/**
 * The article's credit read from the end of its body (its last BYLINE_BLOCKS blocks are all it
 * reads). `takeSource`: false when the lead already
 * named the source; a line naming another is then left whole (as the byline, or in the body), as
 * is a "(Nguồn: X)" line: one source at most, and nothing lost.
 */
export function takeByline(body: readonly Block[], takeSource = true): TakenCredit {
  const at = (i: number) => {
    const b = body[body.length - 1 - i];
    if (b?.type === "paragraph") return b.text;
    // A name glued to a photo credit ("Đàm Khải Ảnh: Vi Thắm") reads as a lone caption first.
    if (b?.type === "figure" && b.alt === b.caption && b.credit && isByline(b.caption)) return `${b.caption} Ảnh: ${b.credit}`;
    return null;
  };
  const last = at(0);
  if (last === null) return { byline: null, taken: 0 };
  const named = takeSource ? sourceLine(last) : null;
  const skip = named ? 1 : 0;
  const withSource = (credit: Omit<TakenCredit, "taken">, taken: number): TakenCredit =>
    named ? { ...credit, source: named, taken: taken + 1 } : { ...credit, taken };

  const line = at(skip);
  if (line === null) return withSource({ byline: null }, 0);
  // Two-line reprint credit: "Theo Vi Thắm", then the outlet alone.
  const above = at(skip + 1);
  if (takeSource && !named && above !== null && /^Theo\s/u.test(above) && isByline(above) && isOutletLine(line)) {
    return { byline: above, source: line, taken: 2 };
  }
  const credit = readCreditLine(line);
  if (!credit) return withSource({ byline: null }, 0);
  if (credit.source !== undefined && (!takeSource || named)) {
    // One source at most: the line stays whole, as the byline if it reads as names, else in the body.
    return isByline(line) ? withSource({ byline: line }, 1) : withSource({ byline: null }, 0);
  }
  return withSource(credit, 1);
}
