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

type Part = string | { whole: string; key: string; range: [number, number] | null };
/** Templates are parsed once: a corpus fills the same few hundred of them millions of times. */
const compiled = new Map<string, Part[]>();

function compile(template: string): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const m of template.matchAll(SLOT)) {
    if (m.index > at) parts.push(template.slice(at, m.index));
    parts.push({ whole: m[0], key: m[1]!, range: m[2] !== undefined ? [Number(m[2]), Number(m[3])] : null });
    at = m.index + m[0].length;
  }
  if (at < template.length) parts.push(template.slice(at));
  return parts;
}

export function fill(template: string, slots: Slots, rng: Rng): string {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, (parts = compile(template)));
  let out = "";
  for (const part of parts) {
    if (typeof part === "string") {
      out += part;
      continue;
    }
    const { whole, key, range } = part;
    if (range) {
      const [a, b] = range;
      if (key === "n") out += formatInt(rng.int(a, b));
      else if (key === "r") out += formatInt(round(rng.int(a, b)));
      else if (key === "f") out += formatDecimal(a + rng.next() * (b - a));
      else throw new Error(`unknown numeric slot ${whole} in "${template}"`);
      continue;
    }
    const value = slots[key];
    if (value !== undefined) {
      out += value;
      continue;
    }
    const lower = key[0]!.toLowerCase() + key.slice(1);
    const base = slots[lower];
    if (key === lower || base === undefined) throw new Error(`unknown slot ${whole} in "${template}"`);
    out += capitalize(base);
  }
  return out;
}
