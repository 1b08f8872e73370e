/**
 * Step 3: recognise and read a dateline. A line is a dateline only when a date and nothing but
 * dateline parts (weekday, time, GMT zone, separators) remain on it, so a paragraph that merely
 * mentions a date is never mistaken for one.
 *
 * Beyond the contract's forms (DD/MM/YYYY with an optional weekday, time and zone), the forms other
 * outlets' dumps carry (docs/raw-format.md "Datelines of other outlets"): a label before it
 * (`Cập nhật:`, `Ngày đăng:`), `lúc`/`ngày` between its parts, dashes or dots in the date
 * (`16-03-2020`), the date in words (`ngày 16 tháng 3 năm 2020`), and ISO 8601 (`2018-11-26
 * 00:00:00`, a zero time without a zone read as a date alone; `…T04:28:00Z` or with an offset, the
 * instant kept with the offset written).
 */

export type DatelineIssue = { severity: "warning"; message: string };
export type Dateline = {
  publishedAt: string | null;
  hasTime: boolean;
  issues: DatelineIssue[];
};

const DATE = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/.-])/g;
const TIME = /(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])/g;
const ZONE = /[[(]?\s*(?:GMT|UTC)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?\s*[\])]?/giu;
const WEEKDAY = /(?<!\p{L})(?:thứ\s+(hai|ba|tư|năm|sáu|bảy|bẩy|2|3|4|5|6|7)|chủ\s+nhật|cn)(?!\p{L})/giu;
const LEFTOVER = /^[\s,|\-\u2013\u2014]*$/;
/** A label some outlets put before the dateline. */
const LABEL = /^\s*(?:ngày\s+)?(?:cập\s+nhật|đăng|đăng\s+ngày|đăng\s+lúc|ngày\s+đăng|xuất\s+bản|thời\s+gian(?:\s+đăng)?)(?:\s+lúc)?\s*:?/iu;
/** Words joining a dateline's parts: "16:30 ngày 10/9/2025", "lúc 16:30". */
const CONNECTOR = /(?<!\p{L})(?:lúc|ngày)(?!\p{L})/giu;
/** The date in words: "ngày 16 tháng 3 năm 2020". */
const WORDED = /(?<!\p{L})(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,\s*|\s+)năm\s+(\d{4})(?!\d)/iu;
/** ISO 8601, alone on its line: a date, or a date and time with seconds and a zone optional. */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const WEEKDAY_INDEX: Record<string, number> = {
  hai: 1, ba: 2, "tư": 3, "năm": 4, "sáu": 5, "bảy": 6, "bẩy": 6,
  "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6,
};
export const WEEKDAY_NAMES = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

type Parts = {
  day: number; month: number; year: number;
  time: { h: number; m: number; s: number } | null;
  zone: { sign: string; h: number; m: number } | null;
  weekday: number | null;
};

function matchesOf(re: RegExp, s: string): RegExpExecArray[] {
  re.lastIndex = 0;
  return [...s.matchAll(re)];
}

/** An ISO 8601 line's parts; a zero time with no zone is what a database writes for "date only". */
function isoParts(line: string): Parts | null {
  const m = ISO.exec(line);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, z] = m;
  const zone = z === undefined ? null : /^z$/i.test(z) ? { sign: "+", h: 0, m: 0 } : { sign: z[0]!, h: Number(z.slice(1, 3)), m: Number(z.slice(3).replace(":", "") || "0") };
  const midnight = h === "00" && mi === "00" && (s === undefined || s === "00");
  const time = h === undefined || (midnight && zone === null) ? null : { h: Number(h), m: Number(mi), s: Number(s ?? "0") };
  return { day: Number(d), month: Number(mo), year: Number(y), time, zone, weekday: null };
}

/** The parts of a dateline line, or null when the line is anything else. */
export function datelineParts(text: string): Parts | null {
  const line = text.replace(LABEL, " ").trim();
  const iso = isoParts(line);
  if (iso) return iso;
  const worded = line.replace(WORDED, " $1/$2/$3 ");
  const dates = matchesOf(DATE, worded);
  if (dates.length !== 1) return null;
  const times = matchesOf(TIME, worded);
  const zones = matchesOf(ZONE, worded);
  const weekdays = matchesOf(WEEKDAY, worded);
  if (times.length > 1 || zones.length > 1 || weekdays.length > 1) return null;
  let rest = worded;
  for (const m of [...dates, ...times, ...zones, ...weekdays]) rest = rest.replace(m[0], " ");
  if (!LEFTOVER.test(rest.replace(CONNECTOR, " "))) return null;
  const [, d, , mo, y] = dates[0]!;
  const t = times[0];
  const z = zones[0];
  const w = weekdays[0];
  return {
    day: Number(d), month: Number(mo), year: Number(y),
    time: t ? { h: Number(t[1]), m: Number(t[2]), s: 0 } : null,
    zone: z ? { sign: z[1] ?? "+", h: z[2] ? Number(z[2]) : 0, m: z[3] ? Number(z[3]) : 0 } : null,
    weekday: w ? (w[1] ? WEEKDAY_INDEX[w[1].toLowerCase()]! : 0) : null,
  };
}

export function isDateline(text: string): boolean {
  return datelineParts(text) !== null;
}

/** A UTC date; setUTCFullYear, unlike Date.UTC, does not read the years 0–99 as 1900–1999. */
function utcDate(year: number, monthIndex: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d;
}

function daysInMonth(year: number, month: number): number {
  return utcDate(year, month, 0).getUTCDate();
}

/**
 * Years a news dateline can plausibly name. 30/12/1899 and 31/12/2999 are what content systems
 * write for "no date" (spreadsheet day zero, "never expires"): read as dates they would sort a
 * dump first or last for ever, so a year outside this span is treated as no date, with a warning.
 */
export const PLAUSIBLE_YEARS = { from: 1900, to: 2100 } as const;
const pad = (n: number) => String(n).padStart(2, "0");

/** Reads a line already known to be a dateline (see isDateline). */
export function readDateline(text: string): Dateline {
  const p = datelineParts(text);
  if (!p) return { publishedAt: null, hasTime: false, issues: [{ severity: "warning", message: `"${text}" is not a dateline` }] };
  const issues: DatelineIssue[] = [];
  const validDate = p.month >= 1 && p.month <= 12 && p.day >= 1 && p.day <= daysInMonth(p.year, p.month);
  const validTime = !p.time || (p.time.h <= 23 && p.time.m <= 59 && p.time.s <= 59);
  const validZone = !p.zone || (p.zone.h <= 14 && p.zone.m <= 59);
  if (!validDate) issues.push({ severity: "warning", message: `impossible date ${pad(p.day)}/${pad(p.month)}/${p.year}; publishedAt left empty — correct the dateline` });
  if (!validTime) issues.push({ severity: "warning", message: `impossible time ${pad(p.time!.h)}:${pad(p.time!.m)}; publishedAt left empty — correct the dateline` });
  if (!validZone) issues.push({ severity: "warning", message: `impossible time zone in "${text}"; publishedAt left empty — correct the dateline` });
  if (!validDate || !validTime || !validZone) return { publishedAt: null, hasTime: p.time !== null, issues };
  if (p.year < PLAUSIBLE_YEARS.from || p.year > PLAUSIBLE_YEARS.to) {
    issues.push({
      severity: "warning",
      message: `year ${p.year} is outside ${PLAUSIBLE_YEARS.from}–${PLAUSIBLE_YEARS.to}, most likely a placeholder for "no date"; publishedAt left empty — correct the dateline`,
    });
    return { publishedAt: null, hasTime: p.time !== null, issues };
  }

  if (p.weekday !== null) {
    const actual = utcDate(p.year, p.month - 1, p.day).getUTCDay();
    if (actual !== p.weekday) {
      issues.push({
        severity: "warning",
        message: `weekday "${WEEKDAY_NAMES[p.weekday]}" does not match ${pad(p.day)}/${pad(p.month)}/${p.year}, which is a ${WEEKDAY_NAMES[actual]}; the date was kept`,
      });
    }
  }
  // No zone written means Vietnam's own time, the only zone these dumps are published in.
  const offset = p.zone ? `${p.zone.sign}${pad(p.zone.h)}:${pad(p.zone.m)}` : "+07:00";
  const time = p.time ? `${pad(p.time.h)}:${pad(p.time.m)}:${pad(p.time.s)}` : "00:00:00";
  return {
    publishedAt: `${p.year}-${pad(p.month)}-${pad(p.day)}T${time}${offset}`,
    hasTime: p.time !== null,
    issues,
  };
}
