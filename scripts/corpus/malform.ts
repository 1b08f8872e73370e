/**
 * Broken dumps, in the ways the contract names: errors (invalid UTF-8, a NUL byte, an empty
 * file, a file of placeholders only) and warnings (an impossible date, a weekday that does not
 * match, no dateline). One file in every MALFORMED_EVERY is broken — which one, and how, follows
 * from the seed — so a corpus of 1,000 has exactly 20 (2 %), and a file's bytes depend only on
 * the seed and its index, never on how many files are generated.
 */
import { hash128, type Rng } from "./prng.ts";

export const MALFORMED_KINDS = [
  "invalid-utf8", "nul", "empty", "placeholders-only", "impossible-date", "weekday-mismatch", "no-dateline",
] as const;
export type MalformedKind = (typeof MALFORMED_KINDS)[number];
export const MALFORMED_EVERY = 50;

/** Errors make the file unreadable; warnings keep the article. */
export const SEVERITY: Record<MalformedKind, "error" | "warning"> = {
  "invalid-utf8": "error", nul: "error", empty: "error", "placeholders-only": "error",
  "impossible-date": "warning", "weekday-mismatch": "warning", "no-dateline": "warning",
};

/** The broken kind of file `index`, or null for a well-formed one. Kinds take turns block by block. */
export function malformedKind(seed: string, index: number): MalformedKind | null {
  const block = Math.floor(index / MALFORMED_EVERY);
  const [where] = hash128(`${seed}\u001fmalformed\u001f${block}`);
  if (index % MALFORMED_EVERY !== where % MALFORMED_EVERY) return null;
  const [offset] = hash128(`${seed}\u001fkinds`);
  return MALFORMED_KINDS[(block + offset) % MALFORMED_KINDS.length]!;
}

/** 1-based line of a byte offset (LF, CRLF and lone CR end a line). */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) line++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export type Damage = { bytes: Uint8Array; line: number };

/**
 * Invalid UTF-8 in a well-formed dump: one character cut short (its last byte lost), or one line
 * saved as Latin-1 (à → 0xE0, and "?" for what Latin-1 cannot hold), as a careless re-save leaves it.
 */
export function breakUtf8(bytes: Uint8Array, rng: Rng): Damage {
  const starts: number[] = [];
  const from = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = from; i < bytes.length; i++) if (bytes[i]! >= 0xc2) starts.push(i);
  const at = rng.pick(starts);
  const lead = bytes[at]!;
  const size = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  if (rng.chance(0.5)) {
    return { bytes: concat(bytes.subarray(0, at + size - 1), bytes.subarray(at + size)), line: lineAt(bytes, at) };
  }
  let lineStart = at;
  while (lineStart > from && bytes[lineStart - 1] !== 0x0a && bytes[lineStart - 1] !== 0x0d) lineStart--;
  let lineEnd = at;
  while (lineEnd < bytes.length && bytes[lineEnd] !== 0x0a && bytes[lineEnd] !== 0x0d) lineEnd++;
  const text = new TextDecoder().decode(bytes.subarray(lineStart, lineEnd)).normalize("NFC");
  const latin1 = Uint8Array.from([...text].map((ch) => (ch.codePointAt(0)! < 0x100 ? ch.codePointAt(0)! : 0x3f)));
  // A line with no Latin-1 letter stays valid that way: cut a character short instead.
  if (!latin1.some((b) => b >= 0x80)) {
    return { bytes: concat(bytes.subarray(0, at + size - 1), bytes.subarray(at + size)), line: lineAt(bytes, at) };
  }
  return { bytes: concat(bytes.subarray(0, lineStart), latin1, bytes.subarray(lineEnd)), line: lineAt(bytes, lineStart) };
}

/** A NUL byte between two characters, or a run of them at the end (a file padded on disk). */
export function addNul(bytes: Uint8Array, rng: Rng): Damage {
  if (rng.chance(0.4)) {
    return { bytes: concat(bytes, new Uint8Array(rng.int(1, 64))), line: lineAt(bytes, bytes.length) };
  }
  const boundaries: number[] = [];
  for (let i = 1; i < bytes.length; i++) if ((bytes[i]! & 0xc0) !== 0x80) boundaries.push(i);
  const at = rng.pick(boundaries);
  return { bytes: concat(bytes.subarray(0, at), Uint8Array.of(0), bytes.subarray(at)), line: lineAt(bytes, at) };
}

/** A file with no text: zero bytes, or only blank lines and spaces. */
export function emptyText(rng: Rng): string {
  return rng.chance(0.6) ? "" : rng.pick(["\n", "\r\n", "\n\n\n", "   \n\t\n", "\uFEFF"]);
}

/** A file whose every line is a placeholder: a page whose text was all stripped. */
export function placeholdersText(rng: Rng): string {
  const out: string[] = [];
  for (let i = rng.int(1, 10); i > 0; i--) {
    out.push(rng.pick([".", ".", ".", "...", "…", ". . ."]));
    if (rng.chance(0.3)) out.push("");
  }
  return out.join(rng.chance(0.8) ? "\n" : "\r\n") + "\n";
}
