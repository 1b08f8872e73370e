/**
 * Invented people: full names drawn from common family, middle and given names, pen names for
 * bylines and photo credits, and the honorifics a Vietnamese reporter puts before a name.
 * A short list of names that belong to well-known public figures is never produced.
 */
import type { Rng } from "./prng.ts";

export type Gender = "m" | "f";
export type Person = { name: string; given: string; gender: Gender };

// Repeated entries weigh the most common family names more.
const FAMILY = [
  "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Phạm", "Hoàng", "Hoàng",
  "Vũ", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Đinh", "Lý", "Triệu", "Phan", "Lục", "Hà",
  "Nông", "Lương", "Trương", "Vi", "Tăng", "Chu", "Mạc",
];
const MIDDLE: Record<Gender, readonly string[]> = {
  m: ["Văn", "Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Thanh", "Công", "Quốc", "Ngọc", "Mạnh", "Trọng", "Tiến"],
  f: ["Thị", "Thị", "Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Minh", "Kim", "Hải", "Phương", "Bích"],
};
const GIVEN: Record<Gender, readonly string[]> = {
  m: ["Hùng", "Dũng", "Tuấn", "Thắng", "Long", "Bình", "Hải", "Sơn", "Trung", "Cường", "Tú", "Khánh", "Hòa",
    "Tiến", "Thành", "Nam", "Quân", "Đạt", "Lâm", "Huy", "Hưng", "Kiên", "Toàn", "Vinh", "Thịnh", "Phong",
    "Chiến", "Hiếu", "Nghĩa", "Tùng", "Lực", "Thái", "Trí", "Tâm", "Hậu", "Quyết"],
  f: ["Lan", "Hương", "Nga", "Hà", "Mai", "Thảo", "Yến", "Hằng", "Liên", "Huyền", "Trang", "Hạnh", "Nhung",
    "Thủy", "Linh", "Dung", "Oanh", "Vân", "Hoa", "Loan", "Ngân", "Phượng", "Huệ", "Giang", "Hiền", "Tuyết", "Lý"],
};

/** Names of public figures a random draw could hit; redrawn when it does. */
export const PUBLIC_FIGURES: ReadonlySet<string> = new Set([
  "Nguyễn Văn Bình", "Nguyễn Văn Hùng", "Nguyễn Văn Thắng", "Nguyễn Thanh Long", "Đỗ Văn Chiến",
  "Lê Minh Hưng", "Trần Văn Sơn", "Nguyễn Mạnh Hùng", "Trần Hồng Hà", "Bùi Thanh Sơn", "Đặng Quốc Khánh",
  "Nguyễn Đức Long", "Nguyễn Thị Hạnh", "Đỗ Thị Lan", "Lê Văn Thành", "Nguyễn Văn Thể", "Lê Thanh Hải",
  "Nguyễn Văn An", "Nguyễn Minh Triết", "Nguyễn Thị Thanh", "Trần Quốc Vượng", "Lê Minh Khái",
]);

export function person(rng: Rng, gender: Gender = rng.chance(0.6) ? "m" : "f"): Person {
  for (;;) {
    const given = rng.pick(GIVEN[gender]);
    const name = `${rng.pick(FAMILY)} ${rng.pick(MIDDLE[gender])} ${given}`;
    if (!PUBLIC_FIGURES.has(name)) return { name, given, gender };
  }
}

/** Reporters' and photographers' pen names, as they sign. */
export const PEN_NAMES = [
  "Minh Hà", "Thu Trang", "Văn Đức", "Lan Anh", "Hoàng Giang", "Thanh Tùng", "Ngọc Lan", "Hải Yến",
  "Quang Minh", "Mạnh Trường", "Thu Hà", "Việt Hoa", "Hoàng Quý", "Đỗ Phương", "Thúy Hà", "Phương Thảo",
  "Đức Thắng", "Hùng Sơn", "Minh Đức", "Hà Linh", "Khánh Ngọc", "Trung Kiên", "Bảo Ngân", "Tuấn Hải",
  "Nguyễn Hoa", "Hồng Nhung", "Thanh Bình", "Duy Khánh", "T.Hằng", "P.Lan", "Trần Quang Vinh", "Lê Hoài Thu",
];

/** Where an honorific can stand: at the start of a sentence or inside it. */
export type HonorificSet = "party" | "official" | "citizen" | "elder" | "young" | "doctor" | "teacher" | "student";

const HONORIFICS: Record<HonorificSet, Record<Gender, readonly string[]>> = {
  party: { m: ["Đồng chí", "Đồng chí", "Ông", ""], f: ["Đồng chí", "Đồng chí", "Bà", ""] },
  official: { m: ["Ông", "Ông", "Ông", ""], f: ["Bà", "Bà", "Bà", ""] },
  citizen: { m: ["Ông", "Anh", "Anh"], f: ["Bà", "Chị", "Chị"] },
  elder: { m: ["Ông", "Ông", "Cụ"], f: ["Bà", "Bà", "Cụ"] },
  young: { m: ["Anh"], f: ["Chị"] },
  doctor: { m: ["BS.", "TS.", "Ông", "BS."], f: ["BS.", "TS.", "Bà", "BS."] },
  teacher: { m: ["Thầy", "Ông", "ThS."], f: ["Cô", "Bà", "ThS."] },
  student: { m: ["Em"], f: ["Em"] },
};

/** A capitalised honorific ("Ông", "Đồng chí", "TS.") or "" for a bare name. */
export function honorific(rng: Rng, set: HonorificSet, gender: Gender): string {
  return rng.pick(HONORIFICS[set][gender]);
}

/** "Ông" → "ông" inside a sentence; abbreviations ("TS.") keep their capitals. */
export function inSentence(title: string): string {
  return title.endsWith(".") || title === "" ? title : title[0]!.toLocaleLowerCase("vi") + title.slice(1);
}
