/**
 * The places, people and organisations an article names (issue 13's topics), found in its text
 * by what stands before a name, as a Vietnamese reader finds them: an administrative word before
 * a place ("xã Quảng Thành", "TP Hạ Long"), an honorific or a role before a person ("ông Vũ Văn
 * Thiết", "đồng chí Trần Văn Trí"), an institution's word before an organisation ("Đảng bộ xã
 * Quảng Thành", "Trường THCS Quảng Thành"). A capital alone says nothing: every sentence starts
 * with one, and Đảng, Nhà nước, Huyện ủy or Bí thư are always written so.
 *
 * Pure and per article; which entities become topics is the corpus's decision (by how many
 * articles name them). Names are compared folded (fold.ts), so "Hoà Bình" and "Hòa Bình" are one.
 */
import { MARK, WORD, kindOf } from "./characters.ts";
import { windowsOf } from "./entity-windows.ts";
import { remembered } from "./remembered.ts";
import { fold } from "./fold.ts";
import { FAMILY_NAMES, HONORIFICS, INSTITUTIONS, LOCATIVES, NAMED_DIRECTLY, NEVER_NAMES, PLACE_WORDS, ROLES, WEEKDAY_OR_MONTH } from "./entity-words.ts";

export type EntityKind = "place" | "person" | "org" | "tag";
/** An entity as an article names it: its kind, its name as written, and its key (kind and folded name). */
export type Entity = { kind: EntityKind; name: string; key: string };
/** An entity with how many times the article names it (a given name alone counting for its full name). */
export type EntityCount = Entity & { count: number };

/** A word of the text, and whether a sentence or a phrase ends right after it. */
type Word = { text: string; lower: string; end: "sentence" | "phrase" | null };

/** After these a new sentence starts (its first word is capitalised whatever it is). */
const SENTENCE_END = /[.!?…:;]|\n/;
/** These end a phrase: a name does not run across them. */
const PHRASE_END = /[,()"“”«»[\]/–—]|\s-\s/;

/**
 * Phrases as word lists by their first word, longest first, so "thành phố" wins over a one-word
 * reading: a text's words are looked up, not matched against every phrase (most of the time).
 */
type Phrases = Map<string, string[][]>;
function phrases(list: readonly string[]): Phrases {
  const byFirst: Phrases = new Map();
  for (const phrase of [...list].map((p) => p.split(" ")).sort((a, b) => b.length - a.length)) {
    const first = phrase[0]!;
    byFirst.set(first, [...(byFirst.get(first) ?? []), phrase]);
  }
  return byFirst;
}
const PLACE = phrases(PLACE_WORDS);
const HONORIFIC = phrases(HONORIFICS);
const ROLE = phrases(ROLES);
const INSTITUTION = phrases(INSTITUTIONS);
/** Every trigger's first word: at any other word no phrase starts (most words). */
const TRIGGER_FIRST_WORDS = new Set([...[PLACE, HONORIFIC, ROLE, INSTITUTION].flatMap((list) => [...list.keys()]), ...LOCATIVES]);

/**
 * A capital then lower case ("Quảng"), with an apostrophe inside as Tây Nguyên's names write it
 * ("M'gar", "H'Nhi"), or one capital with a tone mark ("Á", "Ý"); a bare ASCII capital is an
 * initial ("P."), but for "Y" opening an Ê Đê name (nameRun).
 */
const NAME_SYLLABLE = /^(?:\p{Lu}[\p{Ll}\p{M}]*['’]\p{L}[\p{Ll}\p{M}]*|\p{Lu}[\p{Ll}\p{M}]+|[ÀÁẢÃẠÈÉẺẼẸÌÍỈĨỊÒÓỎÕỌÙÚỦŨỤỲÝỶỸỴ])$/u;

/** A syllable of a name: a capital then lower case ("Quảng"; an initial, "P.", is no name), not a word capitalised for what it is. */
function isNameSyllable(word: Word): boolean {
  if (word.text === word.lower) return false; // most words: no capital at all
  return isNameSpelling(word.text);
}
// Remembered: an archive writes the same few thousand capitalised syllables again and again.
const isNameSpelling = remembered((text: string): boolean => {
  const lower = text.toLowerCase();
  return NAME_SYLLABLE.test(text) && !NEVER_NAMES.has(lower) && !WEEKDAY_OR_MONTH.test(lower);
});

/** An abbreviation in an organisation's name: THCS, TNHH, MTV. */
const isAbbreviation = (word: Word) => /^\p{Lu}{2,6}$/u.test(word.text);

/** The text's words, each with what ends after it. */
export function entityWords(text: string): Word[] {
  const words: Word[] = [];
  // Lower-cased once for the whole text (per word it was most of the time): the same length for Vietnamese.
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  let last = 0;
  let start = -1;
  // One pass over the characters (characters.ts): a regex iterator's match arrays cost more than the finding.
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (kindOf(c) & (WORD | MARK)) {
      if (start < 0) start = i;
      continue;
    }
    // A hyphen or an apostrophe between two letters joins them ("Kon-Tum", "K'Ho").
    if (start >= 0 && (c === 45 || c === 39 || c === 0x2019) && i + 1 < text.length && kindOf(text.charCodeAt(i + 1)) & WORD) continue;
    if (start < 0) continue;
    const previous = words.at(-1);
    // Between two words of a sentence there is nearly always one space: nothing ends there.
    if (previous && !previous.end && !(start - last === 1 && text.charCodeAt(last) === 32)) {
      const gap = text.slice(last, start);
      // "TP." and "TP.HCM": the dot of an abbreviation ends nothing.
      const abbreviationDot = /^\.\s?$/.test(gap) && /^\p{Lu}{1,3}$/u.test(previous.text);
      if (SENTENCE_END.test(gap) && !abbreviationDot) previous.end = "sentence";
      else if (PHRASE_END.test(gap)) previous.end = "phrase";
    }
    words.push({ text: text.slice(start, i), lower: sameLength ? lower.slice(start, i) : text.slice(start, i).toLowerCase(), end: null });
    last = i;
    start = -1;
  }
  const tail = words.at(-1);
  if (tail) tail.end = "sentence";
  return words;
}

/** The phrase of `list` that starts at word i, as a word count; 0 when none does. */
function phraseAt(words: readonly Word[], i: number, list: Phrases): number {
  for (const phrase of list.get(words[i]!.lower) ?? []) {
    if (i + phrase.length > words.length) continue;
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) {
      ok = words[i + k]!.lower === phrase[k] && (k === phrase.length - 1 || !words[i + k]!.end);
    }
    if (ok) return phrase.length;
  }
  return 0;
}

/** "Y Bhin Niê", "Y Tý": a bare Y is a syllable when a name's syllable follows it. */
function isYBeforeName(words: readonly Word[], k: number): boolean {
  return words[k]!.text === "Y" && !words[k]!.end && k + 1 < words.length && isNameSyllable(words[k + 1]!);
}

/** The run of name syllables from word i (at most `max`, none across a phrase's end): its length. */
function nameRun(words: readonly Word[], i: number, max: number): number {
  let n = 0;
  while (i + n < words.length && n < max && (isNameSyllable(words[i + n]!) || isYBeforeName(words, i + n))) {
    n++;
    if (words[i + n - 1]!.end) break;
  }
  // A number of one or two digits ends some names: "Mường Xén 1", "xóm Hồng Thái 2".
  const next = words[i + n];
  if (n > 0 && !words[i + n - 1]!.end && next && /^\d{1,2}$/.test(next.text)) n++;
  return n;
}

/**
 * An organisation's name after its institution's words: capitalised syllables, with up to three
 * lower-case words between them ("Nông nghiệp Ea Tu", "Quản lý dự án huyện Quan Hóa"), ending on
 * a capitalised one; `inner` says whether lower-case words were crossed.
 */
function orgRun(words: readonly Word[], i: number, afterPlaceWord = false): { length: number; inner: boolean } {
  let n = nameRun(words, i, 8);
  let inner = false;
  // After a place word the place ends the name: "UBND xã Đường Hoa phối hợp với Trạm …" is two bodies.
  while (n > 0 && !afterPlaceWord && !words[i + n - 1]!.end) {
    let k = 0;
    while (k < 3 && i + n + k < words.length && words[i + n + k]!.text === words[i + n + k]!.lower && !words[i + n + k]!.end) k++;
    // Not across into another organisation ("Huyện đoàn Kỳ Sơn và Công an thị trấn …").
    const more = k > 0 && i + n + k < words.length && phraseAt(words, i + n + k, INSTITUTION) === 0 ? nameRun(words, i + n + k, 8) : 0;
    if (more === 0) break;
    n += k + more;
    inner = true;
  }
  return { length: n, inner };
}

/** How many name syllables end words[from, to). */
function trailingCapitals(words: readonly Word[], from: number, to: number): number {
  let n = 0;
  while (to - n - 1 >= from && isNameSyllable(words[to - n - 1]!)) n++;
  return n;
}

const joined = (words: readonly Word[], from: number, to: number) => words.slice(from, to).map((w) => w.text).join(" ");
/** A name folded, remembered: a corpus names a few thousand places and people a hundred thousand times. */
const foldName = remembered(fold);
export const entityKey = (kind: EntityKind, name: string): string => `${kind}:${foldName(name)}`;
const entity = (kind: EntityKind, name: string): Entity => ({ kind, name, key: entityKey(kind, name) });

/** Whether word i starts a sentence (the word before it ended one, or it is the first of a window that starts one). */
const startsSentence = (words: readonly Word[], i: number, first = true) => (i === 0 ? first : words[i - 1]!.end === "sentence");

/** Every mention in a text, in order, repeats included. */
export function mentionsIn(text: string): Entity[] {
  const found: Entity[] = [];
  for (const [from, to, sentence] of windowsOf(text)) mentionsInWords(entityWords(text.slice(from, to)), sentence, found);
  return found;
}

/** The mentions in a window's words, pushed onto `found`. `sentence`: the window's first word starts a sentence. */
function mentionsInWords(words: readonly Word[], sentence: boolean, found: Entity[]): void {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!TRIGGER_FIRST_WORDS.has(word.lower)) continue;
    const capitalised = word.text !== word.lower;
    const institution = capitalised ? phraseAt(words, i, INSTITUTION) : 0;
    if (institution > 0 && !words[i + institution - 1]!.end) {
      let j = i + institution;
      while (j < words.length && isAbbreviation(words[j]!) && !words[j - 1]!.end) j++;
      // A place word in lower case (or TP): "Sông" in "Đồn Biên phòng Sông Đốc" is the name's.
      const placeWord = words[j];
      const place = !words[j - 1]!.end && placeWord && (placeWord.text === placeWord.lower || placeWord.text === "TP") ? phraseAt(words, j, PLACE) : 0;
      const start = j + place;
      const { length: run, inner } = start < words.length && !words[start - 1]!.end ? orgRun(words, start, place > 0) : { length: 0, inner: false };
      // "Phòng Nông nghiệp" alone is a department's field, not a name: a name needs a place word or an
      // abbreviation before it, an institution named so, or a field then a place of two syllables
      // or more ("Chi cục Thủy sản An Giang", "Sở Du lịch Quảng Bình").
      const tail = trailingCapitals(words, start, start + run);
      const named = place > 0 || j > i + institution || NAMED_DIRECTLY.has(words.slice(i, i + institution).map((w) => w.lower).join(" ")) || (inner && tail >= 2);
      if (run > 0 && named) {
        found.push(entity("org", joined(words, i, start + run)));
        if (place > 0 && !inner) found.push(entity("place", joined(words, start, start + run)));
        // A place word inside the name names its place too ("… huyện Quan Hóa").
        for (let k = start; k < start + run; k++) {
          const inside = words[k]!.text === words[k]!.lower ? phraseAt(words, k, PLACE) : 0;
          if (inside > 0 && k > start) {
            const r = nameRun(words, k + inside, 4);
            if (r > 0) found.push(entity("place", joined(words, k + inside, k + inside + r)));
          }
        }
        i = start + run - 1;
        continue;
      }
    }
    // Capitalised mid-sentence, a place word is a name's first syllable ("Sông Đốc", "Hồ Khanh"), but for TP.
    const place = !capitalised || startsSentence(words, i, sentence) || word.text === "TP" ? phraseAt(words, i, PLACE) : 0;
    if (place > 0 && !words[i + place - 1]!.end) {
      let run = nameRun(words, i + place, 4);
      if (run > 0) {
        found.push(entity("place", joined(words, i + place, i + place + run)));
        // "các huyện An Phú và Tân Châu": places of the same word, joined by "và".
        let k = i + place + run;
        while (k + 1 < words.length && !words[k - 1]!.end && words[k]!.lower === "và" && !words[k]!.end) {
          const more = nameRun(words, k + 1, 4);
          if (more === 0) break;
          found.push(entity("place", joined(words, k + 1, k + 1 + more)));
          run = k + 1 + more - (i + place);
          k = k + 1 + more;
        }
        i += place + run - 1;
        continue;
      }
    }
    // "ở Hải Hà", "lên Hà Giang": where or whither, before a name of two syllables or more.
    if (!capitalised && LOCATIVES.has(word.lower) && !word.end) {
      const run = nameRun(words, i + 1, 4);
      const next = words[i + 1];
      if (run >= 2 && next && !FAMILY_NAMES.has(next.lower) && phraseAt(words, i + 1, INSTITUTION) === 0) {
        found.push(entity("place", joined(words, i + 1, i + 1 + run)));
        i += run;
        continue;
      }
    }
    // An honorific in lower case (or opening a sentence); a role however it is written.
    const honorific = !capitalised || startsSentence(words, i, sentence) ? phraseAt(words, i, HONORIFIC) : 0;
    const role = honorific > 0 ? 0 : phraseAt(words, i, ROLE);
    const before = honorific || role;
    if (before > 0 && !words[i + before - 1]!.end) {
      let run = nameRun(words, i + before, 4);
      if (role > 0 && (run < 2 || !FAMILY_NAMES.has(words[i + before]!.lower))) run = 0;
      // "anh Lò Văn P.": a name cut to an initial, to keep the person unnamed, names no one.
      const next = words[i + before + run];
      if (run > 0 && !words[i + before + run - 1]!.end && next && /^\p{Lu}$/u.test(next.text)) run = 0;
      // One syllable is a given name ("ông Trí"): the article's full name for it, if any (see entitiesIn).
      if (run >= 1) {
        found.push(entity("person", joined(words, i + before, i + before + run)));
        i += before + run - 1;
      }
    }
  }
}

/**
 * The entities a text names, each once with its number of mentions, in order of first mention: a person named by given name
 * alone ("ông Trí") is the full name the text gives with that given name ("Trần Văn Trí"), or
 * nobody when it gives none; `tags` (the dump's "Từ khóa:") are entities of their own kind.
 */
export function entitiesIn(texts: readonly string[], tags: readonly string[] = []): EntityCount[] {
  const mentions = texts.flatMap(mentionsIn);
  const fullNames = mentions.filter((m) => m.kind === "person" && m.name.includes(" "));
  const byGivenName = new Map<string, Entity>();
  for (const m of fullNames) {
    const given = foldName(m.name.slice(m.name.lastIndexOf(" ") + 1));
    if (!byGivenName.has(given)) byGivenName.set(given, m);
  }
  const seen = new Map<string, EntityCount>();
  for (const m of mentions) {
    let e: Entity | undefined = m;
    if (m.kind === "person" && !m.name.includes(" ")) e = byGivenName.get(foldName(m.name));
    if (!e) continue;
    const known = seen.get(e.key);
    if (known) known.count++;
    else seen.set(e.key, { ...e, count: 1 });
  }
  for (const tag of tags) {
    const name = tag.trim();
    if (name !== "" && !seen.has(entityKey("tag", name))) seen.set(entityKey("tag", name), { ...entity("tag", name), count: 1 });
  }
  return [...seen.values()];
}
