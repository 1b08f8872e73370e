/**
 * What kind of character a UTF-16 unit is, from a table filled as units are met: the text walks
 * of parsing (reading time, search words, ranking terms) ask once per character, and a Unicode
 * property regex per character, or a regex iterator's match arrays, were most of their time.
 */

/** A letter or a digit (\p{L}, \p{N}). */
export const WORD = 1;
/** A combining mark (\p{M}): part of a word when written decomposed ("a" + hook). */
export const MARK = 2;
/** White space (\s). */
export const SPACE = 4;
/** Either half of a surrogate pair: its character is known only with the other half (astralKind). */
export const SURROGATE = 8;
/** An upper-case letter (\p{Lu}): where a name may start (entities.ts). */
export const UPPER = 16;

const KNOWN = 128;
const table = new Uint8Array(0x10000);

function classify(s: string): number {
  return (/[\p{L}\p{N}]/u.test(s) ? WORD : 0) | (/\p{M}/u.test(s) ? MARK : 0) | (/\s/u.test(s) ? SPACE : 0) | (/\p{Lu}/u.test(s) ? UPPER : 0);
}

/**
 * Latin with Vietnamese's letters (to U+024F), combining marks, general punctuation and the Latin
 * Extended Additional block (U+1E00–U+1EFF: ạ, ế, ữ …), filled at load (a few milliseconds): a
 * lookup that never has to fill is one the compiler inlines, and the walks were a third faster so.
 */
for (const [from, to] of [[0, 0x250], [0x300, 0x370], [0x1e00, 0x1f00], [0x2000, 0x2070]] as const) {
  for (let c = from; c < to; c++) table[c] = KNOWN | classify(String.fromCharCode(c));
}

/** The kind bits of UTF-16 unit `c`. */
export function kindOf(c: number): number {
  let kind = table[c]!;
  if (kind === 0) table[c] = kind = KNOWN | (c >= 0xd800 && c <= 0xdfff ? SURROGATE : classify(String.fromCharCode(c)));
  return kind;
}

/** The kind bits of the character at `i` of `text` when it is a surrogate pair (rare: the regex path). */
export function astralKind(text: string, i: number): number {
  const cp = text.codePointAt(i)!;
  return cp > 0xffff ? classify(String.fromCodePoint(cp)) : 0;
}
