/**
 * Publication dates (spread evenly over 2015–2024) and datelines in every form the contract
 * lists, with the weekday computed from the date. Also the two broken kinds: an impossible
 * date or time, and a weekday that does not match.
 */
import type { Rng } from "./prng.ts";

export type When = { y: number; m: number; d: number; hh: number; mm: number; weekday: number };

export const DATELINE_FORMS = [
  "weekday-bracket", // Thứ Hai, 16/03/2020, 11:28 [GMT+7]
  "date-time", // 27/09/2020, 21:58
  "time-date", // 18:59, 31/01/2020
  "date-pipe-zone", // 06/10/2024 | 00:35 GMT+7
  "weekday-paren", // Chủ Nhật, 7/3/2021 (GMT+7)
  "weekday-time-paren", // thứ tư, 15/07/2020, 15:20 (GMT+7)
  "weekday-time-zone", // Thứ bảy, 21/11/2020 20:10 GMT+7
  "date-only", // 16/03/2020
] as const;
export type DatelineForm = (typeof DATELINE_FORMS)[number];

const FORM_WEIGHTS: Record<DatelineForm, number> = {
  "weekday-bracket": 34, "date-time": 15, "time-date": 12, "date-pipe-zone": 12,
  "weekday-paren": 6, "weekday-time-paren": 8, "weekday-time-zone": 7, "date-only": 6,
};
const WITH_WEEKDAY = new Set<DatelineForm>(["weekday-bracket", "weekday-paren", "weekday-time-paren", "weekday-time-zone"]);
const WITHOUT_TIME = new Set<DatelineForm>(["weekday-paren", "date-only"]);

export const hasWeekday = (form: DatelineForm) => WITH_WEEKDAY.has(form);

const DAY_MS = 86_400_000;
const FIRST = Date.UTC(2015, 0, 1);
const DAYS = Math.round((Date.UTC(2025, 0, 1) - FIRST) / DAY_MS); // 2015-01-01 … 2024-12-31

function fromDay(day: number, hh: number, mm: number): When {
  const t = new Date(FIRST + day * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), hh, mm, weekday: t.getUTCDay() };
}

export function pickWhen(rng: Rng): When {
  // Newsrooms publish by day: mostly 05:00–22:59, now and then at night.
  const hh = rng.chance(0.94) ? rng.int(5, 22) : rng.pick([0, 1, 2, 3, 4, 23]);
  return fromDay(rng.int(0, DAYS - 1), hh, rng.int(0, 59));
}

/** "20/3": the day of the event, up to three days before publication. */
export function eventDay(when: When, rng: Rng): string {
  const t = new Date(Date.UTC(when.y, when.m - 1, when.d) - rng.int(0, 3) * DAY_MS);
  return `${t.getUTCDate()}/${t.getUTCMonth() + 1}`;
}

export function pickForm(rng: Rng, withWeekday = false): DatelineForm {
  if (!withWeekday) return rng.weighted(FORM_WEIGHTS);
  return rng.pick([...WITH_WEEKDAY]);
}

const NAMES = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
const pad = (n: number) => String(n).padStart(2, "0");

function weekdayName(weekday: number, style: "title" | "lower" | "sentence"): string {
  const name = NAMES[weekday]!;
  if (style === "title") return name;
  const lower = name.toLocaleLowerCase("vi");
  return style === "lower" ? lower : lower[0]!.toLocaleUpperCase("vi") + lower.slice(1);
}

type Parts = { d: number; m: number; y: number; hh: number; mm: number; weekday: number };

function write(form: DatelineForm, p: Parts, rng: Rng): string {
  const date = `${pad(p.d)}/${pad(p.m)}/${p.y}`;
  const time = `${pad(p.hh)}:${pad(p.mm)}`;
  switch (form) {
    case "weekday-bracket": return `${weekdayName(p.weekday, rng.chance(0.9) ? "title" : "sentence")}, ${date}, ${time} [GMT+7]`;
    case "date-time": return `${date}, ${time}`;
    case "time-date": return `${time}, ${date}`;
    case "date-pipe-zone": return `${date} | ${time} GMT+7`;
    case "weekday-paren": return `${weekdayName(p.weekday, "title")}, ${p.d}/${p.m}/${p.y} (GMT+7)`;
    case "weekday-time-paren": return `${weekdayName(p.weekday, "lower")}, ${date}, ${time} (GMT+7)`;
    case "weekday-time-zone": return `${weekdayName(p.weekday, "sentence")}, ${date} ${time} GMT+7`;
    case "date-only": return date;
  }
}

export function dateline(form: DatelineForm, when: When, rng: Rng): string {
  return write(form, when, rng);
}

/** What the parser must read from that dateline. */
export function publishedAt(form: DatelineForm, when: When): string {
  const time = WITHOUT_TIME.has(form) ? "00:00:00" : `${pad(when.hh)}:${pad(when.mm)}:00`;
  return `${when.y}-${pad(when.m)}-${pad(when.d)}T${time}+07:00`;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** A dateline whose date (31/02, 29/02 of a common year, 31/04, 00/05, 12/13) or time (25:61) cannot be. */
export function impossibleDateline(form: DatelineForm, when: When, rng: Rng): string {
  const p: Parts = { ...when };
  const broken = rng.int(0, 6);
  if (broken === 0) Object.assign(p, { d: rng.pick([30, 31]), m: 2 });
  else if (broken === 1) {
    let y = when.y;
    while (isLeap(y)) y++;
    Object.assign(p, { d: 29, m: 2, y });
  } else if (broken === 2) Object.assign(p, { d: 31, m: rng.pick([4, 6, 9, 11]) });
  else if (broken === 3) Object.assign(p, { d: rng.pick([0, 32]) });
  else if (broken === 4) Object.assign(p, { m: rng.pick([0, 13]) });
  else if (WITHOUT_TIME.has(form)) Object.assign(p, { d: 31, m: 2 });
  else Object.assign(p, broken === 5 ? { hh: rng.int(24, 29) } : { mm: rng.int(60, 99) });
  return write(form, p, rng);
}

/** A dateline (of a form with a weekday) naming the wrong day of the week. */
export function mismatchedDateline(form: DatelineForm, when: When, rng: Rng): string {
  return write(form, { ...when, weekday: (when.weekday + rng.int(1, 6)) % 7 }, rng);
}
