/**
 * Step 1a: bytes → text. Kept apart from normalising so that the only step which can refuse a
 * file outright is small and obviously correct. Uses TextDecoder (browser and Node alike).
 */

export type Decoded = { ok: true; text: string } | { ok: false; line: number; message: string };

/** 1-based line of a byte offset, counting LF and lone CR as line ends like the normaliser does. */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) line++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** What a file that starts with one of these bytes is (-1: any byte). No dump starts like this. */
const SIGNATURES: ReadonlyArray<{ bytes: readonly number[]; what: string; image?: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: "a PNG image", image: "png" },
  { bytes: [0xff, 0xd8, 0xff], what: "a JPEG image", image: "jpg" },
  { bytes: [0x47, 0x49, 0x46, 0x38, -1, 0x61], what: "a GIF image" }, // GIF87a, GIF89a
  { bytes: [0x52, 0x49, 0x46, 0x46, -1, -1, -1, -1, 0x57, 0x45, 0x42, 0x50], what: "a WebP image", image: "webp" },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: "a PDF document" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: "a ZIP archive (or a Word/OpenDocument file)" },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  bytes.length >= prefix.length && prefix.every((b, i) => b < 0 || bytes[i] === b);

/** A file that is plainly not a UTF-8 text dump — an image, a document, UTF-16 — with what to do. */
export function wrongKindOfFile(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return "is UTF-16 text (it starts with a UTF-16 byte order mark), not UTF-8; re-save it as UTF-8, e.g. iconv -f UTF-16 -t UTF-8";
  }
  const kind = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (!kind) return null;
  const where = kind.image ? ` (an article's images belong in public/images/<id>/<n>.${kind.image})` : "";
  return `is ${kind.what}, not a text dump; remove it from the seeds folder${where}`;
}

export function decodeUtf8(input: Uint8Array | string): Decoded {
  if (typeof input !== "string") {
    const wrong = wrongKindOfFile(input);
    if (wrong) return { ok: false, line: 1, message: wrong };
    const bad = firstInvalidUtf8(input);
    if (bad >= 0) {
      const byte = input[bad]!.toString(16).toUpperCase().padStart(2, "0");
      return {
        ok: false,
        line: lineOfByte(input, bad),
        message: `not valid UTF-8 (byte 0x${byte} at offset ${bad}); re-save the file as UTF-8, e.g. iconv -f WINDOWS-1258 -t UTF-8`,
      };
    }
    input = new TextDecoder("utf-8").decode(input);
  }
  const nul = input.indexOf("\u0000");
  if (nul >= 0) {
    const line = input.slice(0, nul).split(/\r\n|\r|\n/).length;
    return {
      ok: false,
      line,
      message: "contains a NUL byte, so it is binary, UTF-16 or corrupt, not a UTF-8 text dump; remove it from the seeds folder, or re-save it as UTF-8",
    };
  }
  return { ok: true, text: input };
}
