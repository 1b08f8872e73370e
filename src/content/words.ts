/** Word-level helpers shared by the figure, byline and speech steps. */

/** Lower-cased words of a line, punctuation dropped: "Đại hội, nhiệm kỳ" → ["đại","hội","nhiệm","kỳ"]. */
export function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase("vi").match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Length of the longest common subsequence of two word lists (in-order shared words). */
export function commonInOrder(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const wa of a) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 0; j < b.length; j++) {
      cur[j + 1] = wa === b[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, cur[j]!);
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** A word that starts with a capital letter (names, initials such as "T.Hằng", acronyms). */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
