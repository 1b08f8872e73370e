/**
 * Step 7: the byline is the last text line when it reads as names: short, no sentence-ending
 * punctuation, every word capitalised. A trailing "(unit)" — newsroom or agency — is allowed.
 */
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
