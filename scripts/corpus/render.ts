/**
 * A Draft as the text of a dump, with the accidents of real dumps: CRLF or CR line ends, a
 * decomposed (NFD) file, a BOM, a zero-width space or soft hyphen, trailing blanks, a missing
 * last newline, doubled blank lines. None of them may change what the parser reads.
 */
import type { Rng } from "./prng.ts";
import type { Draft } from "./compose.ts";

export type LineEnd = "lf" | "crlf" | "cr";
export type Encoding = {
  lineEnd: LineEnd;
  bom: boolean;
  nfd: boolean;
  /** A zero-width space after the title or a soft hyphen inside a word. */
  invisible: boolean;
  trailingSpace: boolean;
  finalNewline: boolean;
};

const LINE_ENDS: Record<LineEnd, number> = { lf: 88, crlf: 11, cr: 1 };

export function pickEncoding(rng: Rng): Encoding {
  return {
    lineEnd: rng.weighted(LINE_ENDS),
    bom: rng.chance(0.05),
    nfd: rng.chance(0.05),
    invisible: rng.chance(0.03),
    trailingSpace: rng.chance(0.1),
    finalNewline: rng.chance(0.85),
  };
}

const EOL: Record<LineEnd, string> = { lf: "\n", crlf: "\r\n", cr: "\r" };

/** The lines of the dump, before line ends and encoding. */
export function lines(d: Draft, rng: Rng, enc: Encoding): string[] {
  const out: string[] = [];
  const blank = () => {
    out.push("");
    if (rng.chance(0.04)) out.push("");
  };
  const pad = (text: string) => (enc.trailingSpace && rng.chance(0.3) ? text + rng.pick([" ", "  ", "\t", " \t"]) : text);

  let title = d.title;
  if (enc.invisible && rng.chance(0.5)) title += "\u200B";
  out.push(enc.trailingSpace ? title + "  " : title);
  if (d.dateline !== null) {
    if (rng.chance(0.95)) out.push("");
    out.push(pad(d.dateline), ...d.underDateline);
  }
  for (const chunk of d.chunks) {
    blank();
    for (const text of chunk.lines) out.push(pad(text));
  }
  if (enc.invisible && !title.endsWith("\u200B")) {
    // A soft hyphen inside the first long word of the last paragraph line.
    for (let i = out.length - 1; i > 0; i--) {
      const m = /\p{L}{5,}/u.exec(out[i]!);
      if (m) {
        const at = m.index + 2;
        out[i] = out[i]!.slice(0, at) + "\u00AD" + out[i]!.slice(at);
        break;
      }
    }
  }
  if (d.byline !== null) {
    blank();
    out.push(pad(d.byline));
  }
  for (const section of d.tail) {
    blank();
    out.push(...section.map(pad));
  }
  return out;
}

export function render(d: Draft, rng: Rng, enc: Encoding): string {
  let text = lines(d, rng, enc).join(EOL[enc.lineEnd]) + (enc.finalNewline ? EOL[enc.lineEnd] : "");
  if (enc.nfd) text = text.normalize("NFD");
  return enc.bom ? "\uFEFF" + text : text;
}
