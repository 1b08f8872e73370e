/**
 * The month an article belongs to in the date archive: its date as read in Việt Nam, whatever
 * offset its dateline was written with, so an article dated "31/03/2020, 23:30 GMT" is April's,
 * as a reader in Hà Nội saw it. The time zone is src/i18n/vi.ts's, as for every date shown.
 */
import { vietnamYearMonth } from "../i18n/vi.ts";

export type YearMonth = { year: number; month: number };

/** The month of a publishedAt (ISO 8601 with an offset) in Việt Nam; null for an undated or unreadable one. */
export function monthOf(publishedAt: string | null | undefined): YearMonth | null {
  return publishedAt ? vietnamYearMonth(publishedAt) : null;
}

/** "2020-03": a month as a key that sorts as time does (years 1000–9999). */
export function monthKey({ year, month }: YearMonth): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** "2020-03" → { year: 2020, month: 3 }; null for anything else. */
export function parseMonthKey(key: string): YearMonth | null {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  return m ? { year: Number(m[1]), month: Number(m[2]) } : null;
}

/** The year and month as a route writes them (/luu-tru/2020/3): whole numbers in range, else null. */
export function monthFromParams(year: string | undefined, month: string | undefined): YearMonth | null {
  if (!year || !month || !/^\d{4}$/.test(year) || !/^(?:[1-9]|1[0-2])$/.test(month)) return null;
  return { year: Number(year), month: Number(month) };
}
