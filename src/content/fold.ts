/**
 * Vietnamese folding: tone marks and vowel marks removed, đ → d, lower case. "Hải Hà", "HẢI HÀ",
 * "hai ha" and "Hoà"/"Hòa" (old and new tone placement) all fold to the same key. Slugs and
 * search keys are built on it.
 */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .normalize("NFC");
}

/** Folded words for matching: "Hải Hà, Quảng Ninh" → ["hai", "ha", "quang", "ninh"]. */
export function searchKeys(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
