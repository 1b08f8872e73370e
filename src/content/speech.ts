/**
 * Step 9: attributed speech. A paragraph such as
 *   "Về vấn đề này, đồng chí Đặng Xuân Túc, Bí thư chi bộ, cho biết: Cách làm …"
 * or "“Năm nay …”, bà Lê Thị Mai, Chủ tịch Hội Nông dân xã, chia sẻ."
 * names a speaker; it yields a pull quote of the speech's opening, the speaker and the role.
 */
import { excerpt } from "./excerpt.ts";
import { isCapitalised } from "./words.ts";

export const PULLQUOTE_MAX = 220;

export const SPEECH_VERBS = [
  "cho biết", "nói", "chia sẻ", "khẳng định", "nhấn mạnh", "cho rằng", "bày tỏ", "phát biểu",
  "cho hay", "thông tin", "nhận định", "nhận xét", "tâm sự", "kể", "giải thích", "trao đổi",
  "đề nghị", "yêu cầu", "khẳng định", "thừa nhận", "bộc bạch", "khẳng định", "phấn khởi nói",
  "chỉ đạo", "lưu ý", "kiến nghị", "tiết lộ", "thông báo", "quả quyết", "nhớ lại",
];

// Honorifics and titles that may stand before a name; stripped from the speaker's name.
const HONORIFICS = [
  "đồng chí", "ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ", "em", "thầy", "cô giáo", "thầy giáo",
  "PGS.TS.", "PGS.TS", "GS.TS.", "GS.TS", "PGS.", "GS.", "TS.", "ThS.", "BS.", "KS.", "NSND", "NSƯT",
  "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá", "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy",
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const VERB = `(?:${[...new Set(SPEECH_VERBS)].sort((a, b) => b.length - a.length).map(escape).join("|")})`;
const HONORIFIC = new RegExp(
  `^(?:${[...HONORIFICS].sort((a, b) => b.length - a.length).map(escape).join("|")})(?:\\s+|(?<=\\.)(?=\\p{Lu}))`,
  "iu",
);
// "<attribution>, <verb>[ thêm]: <speech>"
const VERB_COLON = new RegExp(`^(.+?),?\\s+${VERB}(?:\\s+thêm)?\\s*:\\s*(.+)$`, "u");
// "“<speech>”, <attribution>, <verb>." — the quotation comes first.
const QUOTE_FIRST = new RegExp(`^[“"](.+?)[”"](?:\\s*[,\\u2013\\u2014-])?\\s*(\\S.*?),?\\s+${VERB}(?:\\s+thêm)?\\s*[.!]?$`, "u");
// Its ending alone, tested first: without it every closing quote would be tried against the whole
// rest of the paragraph (a line of 100,000 "”" would take minutes); with it the first one matches.
const QUOTE_FIRST_END = new RegExp(`\\s${VERB}(?:\\s+thêm)?\\s*[.!]?$`, "u");
/** Longer than any ending QUOTE_FIRST_END can match on a normalised line. */
const QUOTE_FIRST_END_WINDOW = 40;

export type Speech = { speech: string; name: string; role?: string };

/** Splits at commas that are not inside brackets: "A, B (x, y), C" → ["A", "B (x, y)", "C"]. */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "(" || ch === "[") depth++;
    if ((ch === ")" || ch === "]") && depth > 0) depth--;
    if (ch === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  parts.push(current.trim());
  return parts.filter((p) => p !== "");
}

function asName(part: string): string | null {
  const honorific = HONORIFIC.exec(part);
  const rest = honorific ? part.slice(honorific[0].length).trim() : part;
  const words = rest.split(/\s+/).filter((w) => w !== "");
  // A bare name needs two words ("Nguyễn Hùng"); after an honorific one will do ("ông Hùng").
  const minWords = honorific ? 1 : 2;
  if (words.length < minWords || words.length > 5) return null;
  if (!words.every((w) => isCapitalised(w) && /^[\p{L}.'-]+$/u.test(w))) return null;
  // All-capitals words alone are an organisation ("UBND", "HTX"), not a person.
  if (words.every((w) => w === w.toLocaleUpperCase("vi") && w.length > 1)) return null;
  return words.join(" ");
}

/** Words a title or a job opens with, when it stands before the name ("Trưởng bản Ninh Văn Tường"). */
const ROLE_FIRST = new RegExp(
  `^(?:${[
    "trưởng", "phó", "chủ tịch", "giám đốc", "tổng giám đốc", "bí thư", "bộ trưởng", "thứ trưởng", "hiệu trưởng",
    "chủ nhiệm", "chánh", "đại diện", "người phát ngôn", "chuyên gia", "bác sĩ", "luật sư", "nghệ nhân", "kỹ sư",
    "nhà văn", "nhà thơ", "nhạc sĩ", "ca sĩ", "đạo diễn", "cán bộ", "đội trưởng", "tổ trưởng", "thôn trưởng",
    "chỉ huy", "tổng thư ký", "viện trưởng", "nông dân", "ngư dân", "tiểu thương", "chủ tàu", "chủ quán",
  ].join("|")})\\s`,
  "iu",
);

/** The most common Vietnamese family names: where a name begins after a role. */
const SURNAMES = new Set([
  "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
  "Lý", "Đào", "Đoàn", "Vương", "Trịnh", "Trương", "Đinh", "Lâm", "Phùng", "Mai", "Tô", "Hà", "Tạ", "Lương", "Lưu",
  "Cao", "Chu", "Quách", "Thái", "Hứa", "Kiều", "Lục", "Mạc", "Ninh", "Nông", "Triệu", "Tăng", "Âu", "Châu", "Diệp",
  "Đàm", "Giang", "Khúc", "La", "Lò", "Lã", "Lạc", "Lại", "Mã", "Nghiêm", "Tống", "Văn", "Vi", "Thân", "Từ", "Cù",
]);

/** "<role> <Name>" with a known family name opening a name of two to four words, or null. */
function roleThenName(part: string): { name: string; role: string } | null {
  if (!ROLE_FIRST.test(part)) return null;
  const words = part.split(/\s+/);
  // A full name is most often three words, then four, then two: "Hải Hà Trần Văn Bình" is Trần Văn Bình.
  for (const length of [3, 4, 2]) {
    const k = words.length - length;
    if (k < 1 || !SURNAMES.has(words[k]!)) continue;
    const name = words.slice(k);
    if (name.every((w) => isCapitalised(w) && /^[\p{L}.'-]+$/u.test(w))) return { name: name.join(" "), role: words.slice(0, k).join(" ") };
  }
  return null;
}

/** A line that is only a person's name ("Cù Thị Nguyệt", "ông Hùng"): a boxed quote's speaker. */
export function asSpeakerName(text: string): string | null {
  return text.length <= 60 ? asName(text.trim()) : null;
}

/** Speaker and role from "[lead-in,] <honorific?> <Name>[, <role>]", or null. */
export function readAttribution(attribution: string): { name: string; role?: string } | null {
  // A lead-in may be a whole sentence: only the last sentence can hold the attribution.
  const lastSentence = attribution.split(/(?<=[.!?\u2026])\s+(?=\p{Lu})/u).pop() ?? attribution;
  const parts = splitTopLevel(lastSentence);
  for (let i = 0; i < parts.length; i++) {
    // "Thiếu tá Mạc Văn Hòe – Trưởng Công an xã": the role after an en or em dash (Lao Động).
    let name = asName(parts[i]!);
    let dashed: string[] = [];
    if (!name && /\s[\u2013\u2014]\s/u.test(parts[i]!)) {
      const [head, ...rest] = parts[i]!.split(/\s[\u2013\u2014]\s/u);
      name = asName(head!);
      dashed = rest;
    }
    if (!name) {
      // "Trưởng bản Ninh Văn Tường": the role first, then the name.
      const roleFirst = roleThenName(parts[i]!);
      if (roleFirst) {
        const role = [roleFirst.role, ...parts.slice(i + 1)].join(", ");
        return { name: roleFirst.name, role };
      }
      continue;
    }
    const role = [...dashed, ...parts.slice(i + 1)].join(", ").trim();
    return role === "" ? { name } : { name, role };
  }
  return null;
}

function unquote(text: string): string {
  return text.trim().replace(/^[“"]\s*/u, "").replace(/\s*[”"]([.!?\u2026]*)$/u, "$1").trim();
}

/** The attributed speech in a paragraph, with its pull-quote excerpt, or null. */
export function findSpeech(paragraph: string): Speech | null {
  const quoteFirst = /^[“"]/u.test(paragraph) && QUOTE_FIRST_END.test(paragraph.slice(-QUOTE_FIRST_END_WINDOW));
  const forms: Array<[RegExp | null, (m: RegExpExecArray) => [string, string]]> = [
    [quoteFirst ? QUOTE_FIRST : null, (m) => [m[2]!, m[1]!]],
    // Its colon looked for first: the pattern's lazy opening tried every position of every paragraph.
    [paragraph.includes(":") ? VERB_COLON : null, (m) => [m[1]!, m[2]!]],
  ];
  for (const [re, pick] of forms) {
    const m = re?.exec(paragraph);
    if (!m) continue;
    const [attribution, speech] = pick(m);
    const who = readAttribution(attribution);
    const text = excerpt(unquote(speech), PULLQUOTE_MAX);
    if (who && text.length > 0) return { speech: text, ...who };
  }
  return null;
}
