/**
 * What of an article's body a reader reads, in one place for everything that measures, ranks,
 * indexes or speaks it: a paragraph's text, a crosshead and a figure's caption. A pull quote repeats words of
 * a paragraph, so it adds none — unless it is a boxed quote, shown nowhere else.
 */
import type { Block } from "./types.ts";

export function readableText(block: Block): string {
  switch (block.type) {
    case "paragraph":
      return block.text;
    case "figure":
      return block.caption;
    case "heading":
      return block.text;
    case "pullquote":
      // A boxed quote is read nowhere else; any other repeats a paragraph's words.
      return block.boxed ? block.text : "";
    default:
      return "";
  }
}

/** The readable text of each block that has some, in order. */
export function readableTexts(body: readonly Block[]): string[] {
  return body.map(readableText).filter((text) => text !== "");
}
