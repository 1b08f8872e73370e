/**
 * Who wrote an article, from its byline: each name once, as a reader would write it, and the
 * slug its author page has. "Lan Anh - Quốc Bảo" is two reporters; "Theo Vi Thắm" reprints Vi
 * Thắm's story; "Hồng Nhung/VOV-Miền Trung" and "Kim Thanh (T/h)" name the reporter and, after
 * the slash or in brackets, the outlet or a note ("tổng hợp"), which is no author.
 */
import { fold } from "./fold.ts";
import { slugify } from "./slug.ts";

/** Between two names: a comma, "và", "&", or a dash with spaces (a dash inside a word, "VOV-Miền Trung", joins). */
const BETWEEN_NAMES = /(\s*,\s*|\s+(?:và|&)\s+|\s+[-–—]\s+)/iu;
/**
 * One part of a byline between separators: what comes before the name ("Theo "), the name, and
 * what follows it (an outlet after a slash, a newsroom or note in brackets).
 */
const PART = /^(\s*(?:theo\s+)?)(.*?)(\s*(?:[/([].*)?)$/isu;
/** A name is a few words: longer is a sentence the byline step let through, not a name. */
const MAX_NAME_WORDS = 6;
/** A name is letters, with dots (initials: "H.Ngọc Diệp"), apostrophes, hyphens and spaces between: no digits, no markup. */
const NAME = /^\p{L}[\p{L}\p{M}.'’\s-]*$/u;

/** "H.NGỌC DIỆP" → "H.Ngọc Diệp": a name set in capitals, as it is written in text. */
function casedName(name: string): string {
  if (name !== name.toLocaleUpperCase("vi") || !/\p{Ll}/u.test(name.toLocaleLowerCase("vi"))) return name;
  return name.toLocaleLowerCase("vi").replace(/(^|[\s.])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase("vi"));
}

/** A byline cut into text and names: the names link to their author pages, the rest is shown as written. */
export type BylinePart = { text: string; author?: { name: string; slug: string } };

/**
 * A byline as its parts, every character kept in order: "Theo Lan Anh - Quốc Bảo/TTXVN" →
 * "Theo ", Lan Anh, " - ", Quốc Bảo, "/TTXVN".
 */
export function bylineParts(byline: string): BylinePart[] {
  const parts: BylinePart[] = [];
  const push = (text: string) => {
    if (text === "") return;
    const last = parts.at(-1);
    if (last && !last.author) last.text += text;
    else parts.push({ text });
  };
  byline.split(BETWEEN_NAMES).forEach((piece, i) => {
    if (i % 2 === 1) return push(piece); // a separator
    const [, before = "", written = "", after = ""] = PART.exec(piece) ?? [];
    const shown = written.replace(/[.,;:]+$/u, "");
    const name = shown.replace(/\s+/g, " ");
    const slug = authorSlug(name);
    if (!NAME.test(name) || slug === "" || name.split(" ").length > MAX_NAME_WORDS) return push(piece);
    push(before);
    parts.push({ text: shown, author: { name: casedName(name), slug } });
    push(written.slice(shown.length) + after);
  });
  return parts;
}

/** The authors a byline names, each once (compared by slug), in its order: "Lan Anh - Quốc Bảo" → ["Lan Anh", "Quốc Bảo"]. */
export function authorsOf(byline: string | null | undefined): string[] {
  if (!byline) return [];
  const seen = new Set<string>();
  const names: string[] = [];
  for (const { author } of bylineParts(byline)) {
    if (!author || seen.has(author.slug)) continue;
    seen.add(author.slug);
    names.push(author.name);
  }
  return names;
}

/** An author page's slug: "Hoàng Giang" → "hoang-giang"; "H.Ngọc Diệp" and "H. NGỌC DIỆP" share "h-ngoc-diep". */
export function authorSlug(name: string): string {
  return slugify(name);
}

/**
 * How authors are ordered in the index: by given name (the last word), as Vietnamese lists names,
 * then by the whole name, both folded ("Đức" among the D's).
 */
/** A name's given name (its last word), folded: "Hoàng Giang" → "giang", "H.Ngọc Diệp" → "diep". */
function givenName(name: string): string {
  return fold(name).split(/[\s.]+/).filter(Boolean).pop() ?? "";
}

export function compareAuthors(a: string, b: string): number {
  const key = (name: string) => `${givenName(name)}\u0000${fold(name)}`;
  const ka = key(a);
  const kb = key(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** The letter an author is filed under in the index: their given name's first, folded ("Đức" under D). */
export function indexLetter(name: string): string {
  return givenName(name).charAt(0).toUpperCase() || "#";
}
