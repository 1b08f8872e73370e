/**
 * A small seeded PRNG (sfc32) and a string hash (cyrb128) to seed it. Every random choice the
 * corpus generator makes goes through one of these, so the same seed gives the same bytes on
 * every machine: no Math.random, no clock.
 */

/** Four 32-bit words from a string (cyrb128): enough state for sfc32, and for a file name. */
export function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** sfc32: a fast 128-bit-state generator; returns 32-bit unsigned integers. */
export function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return t >>> 0;
  };
}

export type Rng = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number;
  /** true with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One of the keys of a weight table, in proportion to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
  /** k distinct items in random order (all of them when k ≥ length). */
  sample<T>(items: readonly T[], k: number): T[];
};

type Table = { keys: string[]; cumulative: number[]; total: number };
const tables = new WeakMap<object, Table>();

/** Weight tables are module constants or literals: each is summed once per object. */
function table(weights: Readonly<Record<string, number>>): Table {
  let t = tables.get(weights);
  if (!t) {
    const keys = Object.keys(weights);
    let total = 0;
    const cumulative = keys.map((k) => (total += weights[k]!));
    t = { keys, cumulative, total };
    tables.set(weights, t);
  }
  return t;
}

/** A generator seeded by the parts given, joined: rngFor("42", 7, "article"). */
export function rngFor(...parts: Array<string | number>): Rng {
  const [a, b, c, d] = hash128(parts.join("\u001f"));
  const u32 = sfc32(a, b, c, d);
  for (let i = 0; i < 12; i++) u32(); // let the state mix before the first draw
  const next = () => u32() / 4294967296;
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: <K extends string>(weights: Readonly<Record<K, number>>): K => {
      const { keys, cumulative, total } = table(weights);
      const r = next() * total;
      for (let i = 0; i < keys.length; i++) if (r < cumulative[i]!) return keys[i] as K;
      return keys[keys.length - 1] as K;
    },
    sample: <T>(items: readonly T[], k: number): T[] => {
      const copy = [...items];
      const n = Math.min(k, copy.length);
      for (let i = 0; i < n; i++) {
        const j = i + Math.floor(next() * (copy.length - i));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, n);
    },
  };
}

/** 16 lower-case hex digits from the parts: stable file-name suffixes. */
export function hex64(...parts: Array<string | number>): string {
  const [a, b] = hash128(parts.join("\u001f"));
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}
