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
import { fold } from "./fold.ts";

export type EntityKind = "place" | "person" | "org" | "tag";
/** An entity as an article names it: its kind, its name as written, and its key (kind and folded name). */
export type Entity = { kind: EntityKind; name: string; key: string };

/** A word of the text, and whether a sentence or a phrase ends right after it. */
type Word = { text: string; lower: string; end: "sentence" | "phrase" | null };

/** Words between which a name runs on: letters, with the marks Vietnamese writes, digits, and the dot of an initial or a hyphen. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;
/** After these a new sentence starts (its first word is capitalised whatever it is). */
const SENTENCE_END = /[.!?…:;]|\n/;
/** These end a phrase: a name does not run across them. */
const PHRASE_END = /[,()"“”«»[\]/–—]|\s-\s/;

const PLACE_WORDS = [
  "xã", "huyện", "tỉnh", "thành phố", "tp", "thị xã", "thị trấn", "phường", "quận", "thôn", "bản", "xóm", "ấp", "làng",
  "khu", "đảo", "vịnh", "sông", "núi", "hồ", "đèo", "cửa khẩu",
];
/** Before a person, written in lower case mid-sentence (capitalised, "Anh" or "Bà" may be part of a name). */
const HONORIFICS = ["ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ", "em", "đồng chí", "thầy", "cháu", "vợ chồng", "gia đình"];
/** Before a person, capitalised or not: titles and roles. */
const ROLES = [
  "bí thư", "phó bí thư", "chủ tịch", "phó chủ tịch", "giám đốc", "phó giám đốc", "trưởng phòng",
  // A hamlet's head: "Trưởng bản Ninh Văn Tường" is a person; "Trưởng thôn Hải Đông", no family name, is the hamlet.
  "trưởng thôn", "trưởng bản", "trưởng xóm", "trưởng ấp", "phó trưởng thôn",
  "trưởng ban", "hiệu trưởng", "bác sĩ", "kỹ sư", "nhà báo", "nghệ nhân", "nghệ sĩ", "thiếu tá", "trung tá", "thượng tá",
  "đại tá", "đại úy", "thiếu úy", "trung úy", "thượng úy", "tổng bí thư", "thủ tướng", "bộ trưởng", "đại biểu", "pgs", "ts", "ths",
];
/**
 * Family names, for a name a role stands before: "Bí thư Trần Văn Trí" is a person, "Trưởng thôn
 * Hải Đông" (a hamlet's head) is not, and roles are followed by places and bodies as often as by people.
 */
const FAMILY_NAMES = new Set(
  ("nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đào triệu lương mai trương đoàn vương hà cao " +
    "lâm tạ tô trịnh chu lưu châu quách lại lục hứa thái kiều tăng phùng nông la đàm khổng giáp mạc tống diệp thân âu lò " +
    "sầm hoàng ninh quan vi bế hầu đồng lã lạc mẫn ông lều").split(" "),
);
/** An organisation's first word(s), written capitalised; the name that follows makes it one organisation. */
const INSTITUTIONS = [
  "đảng bộ", "ubnd", "hđnd", "trường tiểu học", "trường mầm non", "trường trung học cơ sở", "trường trung học phổ thông",
  "trường đại học", "trường cao đẳng", "trường phổ thông dân tộc nội trú", "trường phổ thông dân tộc bán trú", "ủy ban nhân dân", "uỷ ban nhân dân", "hội đồng nhân dân", "công an", "trường", "bệnh viện",
  "trung tâm y tế", "trung tâm", "công ty", "ngân hàng", "hợp tác xã", "htx", "ban quản lý", "chi cục", "hội nông dân",
  "hội liên hiệp phụ nữ", "hội cựu chiến binh", "đoàn thanh niên", "huyện đoàn", "tỉnh đoàn", "mặt trận tổ quốc", "bộ chỉ huy quân sự",
  "đồn biên phòng", "viện kiểm sát", "tòa án nhân dân", "toà án nhân dân", "sở", "phòng", "tập đoàn", "nhà máy", "chợ",
];
/**
 * Syllables capitalised because of what they name — the Party and its committees, the state's
 * bodies, the administrative levels — never a syllable of a person's or a place's name: a run
 * stops at them ("Bí thư Đảng ủy" names no one). Common name syllables are not here ("Thành",
 * "Thị", "Quốc").
 */
const NEVER_NAMES = new Set(
  "đảng ủy uỷ nhà nước hội nghị quyết phủ trận bí tịch kỳ điều lệ huyện tỉnh xã phường quận thường trực ubnd hđnd kt-xh".split(" "),
);
/** Institutions whose name follows directly ("Trường Tiểu học …", "Công ty Hải Hà"); the others need a place word or an abbreviation before it. */
const NAMED_DIRECTLY = new Set([
  "trường", "trường tiểu học", "trường mầm non", "trường trung học cơ sở", "trường trung học phổ thông", "trường đại học", "trường cao đẳng",
  "trường phổ thông dân tộc nội trú", "trường phổ thông dân tộc bán trú", "bệnh viện", "công ty", "ngân hàng", "hợp tác xã", "htx", "nhà máy", "tập đoàn", "chợ"]);
const WEEKDAY_OR_MONTH = /^(?:thứ|tháng|chủ)$/;

/** Phrases as word lists, longest first, so "thành phố" wins over a one-word reading. */
const phrases = (list: readonly string[]) => list.map((p) => p.split(" ")).sort((a, b) => b.length - a.length);
const PLACE = phrases(PLACE_WORDS);
const HONORIFIC = phrases(HONORIFICS);
const ROLE = phrases(ROLES);
const INSTITUTION = phrases(INSTITUTIONS);

/** A syllable of a name: a capital then lower case ("Quảng"; an initial, "P.", is no name), not a word capitalised for what it is. */
function isNameSyllable(word: Word): boolean {
  return /^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?$/u.test(word.text) && !NEVER_NAMES.has(word.lower) && !WEEKDAY_OR_MONTH.test(word.lower);
}

/** An abbreviation in an organisation's name: THCS, TNHH, MTV. */
const isAbbreviation = (word: Word) => /^\p{Lu}{2,6}$/u.test(word.text);

/** The text's words, each with what ends after it. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const gap = text.slice(last, match.index);
    const previous = words.at(-1);
    if (previous && !previous.end) {
      // "TP." and "TP.HCM": the dot of an abbreviation ends nothing.
      const abbreviationDot = /^\.\s?$/.test(gap) && /^\p{Lu}{1,3}$/u.test(previous.text);
      if (SENTENCE_END.test(gap) && !abbreviationDot) previous.end = "sentence";
      else if (PHRASE_END.test(gap)) previous.end = "phrase";
    }
    words.push({ text: match[0], lower: match[0].toLocaleLowerCase("vi"), end: null });
    last = match.index + match[0].length;
  }
  const tail = words.at(-1);
  if (tail) tail.end = "sentence";
  return words;
}

/** The phrase of `list` that starts at word i, as a word count; 0 when none does. */
function phraseAt(words: readonly Word[], i: number, list: readonly string[][]): number {
  for (const phrase of list) {
    if (i + phrase.length > words.length) continue;
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) {
      ok = words[i + k]!.lower === phrase[k] && (k === phrase.length - 1 || !words[i + k]!.end);
    }
    if (ok) return phrase.length;
  }
  return 0;
}

/** The run of name syllables from word i (at most `max`, none across a phrase's end): its length. */
function nameRun(words: readonly Word[], i: number, max: number): number {
  let n = 0;
  while (i + n < words.length && n < max && isNameSyllable(words[i + n]!)) {
    n++;
    if (words[i + n - 1]!.end) break;
  }
  return n;
}

const joined = (words: readonly Word[], from: number, to: number) => words.slice(from, to).map((w) => w.text).join(" ");
export const entityKey = (kind: EntityKind, name: string): string => `${kind}:${fold(name)}`;
const entity = (kind: EntityKind, name: string): Entity => ({ kind, name, key: entityKey(kind, name) });

/** Whether word i starts a sentence (the word before it ended one, or it is the first). */
const startsSentence = (words: readonly Word[], i: number) => i === 0 || words[i - 1]!.end === "sentence";

/** Every mention in a text, in order, repeats included. */
export function mentionsIn(text: string): Entity[] {
  const words = wordsOf(text);
  const found: Entity[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const institution = /^\p{Lu}/u.test(word.text) ? phraseAt(words, i, INSTITUTION) : 0;
    if (institution > 0 && !words[i + institution - 1]!.end) {
      let j = i + institution;
      while (j < words.length && isAbbreviation(words[j]!) && !words[j - 1]!.end) j++;
      const place = !words[j - 1]!.end ? phraseAt(words, j, PLACE) : 0;
      const start = j + place;
      const run = start < words.length && !words[start - 1]!.end ? nameRun(words, start, 5) : 0;
      // "Phòng Nông nghiệp …" is a department's field, not a name: a name needs a place word or an abbreviation before it, or an institution named so.
      const named = place > 0 || j > i + institution || NAMED_DIRECTLY.has(words.slice(i, i + institution).map((w) => w.lower).join(" "));
      if (run > 0 && named) {
        found.push(entity("org", joined(words, i, start + run)));
        if (place > 0) found.push(entity("place", joined(words, start, start + run)));
        i = start + run - 1;
        continue;
      }
    }
    const place = phraseAt(words, i, PLACE);
    if (place > 0 && !words[i + place - 1]!.end) {
      const run = nameRun(words, i + place, 4);
      if (run > 0) {
        found.push(entity("place", joined(words, i + place, i + place + run)));
        i += place + run - 1;
        continue;
      }
    }
    // An honorific in lower case (or opening a sentence); a role however it is written.
    const honorific = word.text === word.lower || startsSentence(words, i) ? phraseAt(words, i, HONORIFIC) : 0;
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
  return found;
}

/**
 * The entities a text names, each once, in order of first mention: a person named by given name
 * alone ("ông Trí") is the full name the text gives with that given name ("Trần Văn Trí"), or
 * nobody when it gives none; `tags` (the dump's "Từ khóa:") are entities of their own kind.
 */
export function entitiesIn(texts: readonly string[], tags: readonly string[] = []): Entity[] {
  const mentions = texts.flatMap(mentionsIn);
  const fullNames = mentions.filter((m) => m.kind === "person" && m.name.includes(" "));
  const byGivenName = new Map<string, Entity>();
  for (const m of fullNames) {
    const given = fold(m.name.split(" ").at(-1)!);
    if (!byGivenName.has(given)) byGivenName.set(given, m);
  }
  const seen = new Map<string, Entity>();
  for (const m of mentions) {
    let e: Entity | undefined = m;
    if (m.kind === "person" && !m.name.includes(" ")) e = byGivenName.get(fold(m.name));
    if (e && !seen.has(e.key)) seen.set(e.key, e);
  }
  for (const tag of tags) {
    const name = tag.trim();
    if (name !== "" && !seen.has(entityKey("tag", name))) seen.set(entityKey("tag", name), entity("tag", name));
  }
  return [...seen.values()];
}
