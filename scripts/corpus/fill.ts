/**
 * Filling a template's slots ({dv}, {n:10-300} …, see bank-common.ts) with an article's places,
 * dates and numbers. A slot spelt with a capital first letter capitalises its value. An unknown
 * slot throws: a typo in a word bank must fail a test, not print "{dvv}" into a dump.
 */
import type { Rng } from "./prng.ts";

export type Slots = Readonly<Record<string, string>>;

export function capitalize(text: string): string {
  return text === "" ? text : text[0]!.toLocaleUpperCase("vi") + text.slice(1);
}

/** Vietnamese digit grouping: 2500 → "2.500", 12345 → "12.345". */
export function formatInt(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** One decimal with a comma, and none when it is zero: 12.5 → "12,5", 4.0 → "4". */
export function formatDecimal(x: number): string {
  const tenths = Math.round(x * 10);
  const whole = Math.floor(tenths / 10);
  const frac = tenths % 10;
  return frac === 0 ? formatInt(whole) : `${formatInt(whole)},${frac}`;
}

/** Two significant digits, as "hơn 2.300 lượt", "gần 80 tỷ" are written. */
export function round(n: number): number {
  if (n < 100) return n;
  const unit = 10 ** (String(n).length - 2);
  return Math.round(n / unit) * unit;
}

const SLOT = /\{([A-Za-z][A-Za-z0-9]*)(?::(\d+)-(\d+))?\}/g;

export function fill(template: string, slots: Slots, rng: Rng): string {
  return template.replace(SLOT, (whole, key: string, lo?: string, hi?: string) => {
    if (lo !== undefined && hi !== undefined) {
      const a = Number(lo);
      const b = Number(hi);
      if (key === "n") return formatInt(rng.int(a, b));
      if (key === "r") return formatInt(round(rng.int(a, b)));
      if (key === "f") return formatDecimal(a + rng.next() * (b - a));
      throw new Error(`unknown numeric slot ${whole} in "${template}"`);
    }
    const value = slots[key];
    if (value !== undefined) return value;
    const lower = key[0]!.toLowerCase() + key.slice(1);
    const base = slots[lower];
    if (key !== lower && base !== undefined) return capitalize(base);
    throw new Error(`unknown slot ${whole} in "${template}"`);
  });
}
