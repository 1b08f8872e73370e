/**
 * Steps 4–5: group body lines into blocks (blank and placeholder lines separate them; a
 * placeholder is where an image, button or link was stripped) and turn each block into figures
 * and paragraphs.
 */
import type { Block, FigureBlock, ParagraphBlock } from "./types.ts";
import type { Line } from "./normalize.ts";
import { asFigure } from "./figure.ts";

/** Runs of consecutive text lines, in order. */
export function segment(lines: readonly Line[]): Line[][] {
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.kind === "text") current.push(line);
    else if (current.length > 0) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

export function paragraph(line: Line): ParagraphBlock {
  return { type: "paragraph", text: line.text, line: line.n };
}

/** A block of exactly two near-duplicate lines is one figure; any other block, a paragraph per line. */
export function classifyBlock(block: readonly Line[]): Array<FigureBlock | ParagraphBlock> {
  if (block.length === 2) {
    const [first, second] = block as [Line, Line];
    const figure = asFigure(first.text, second.text);
    if (figure) return [{ type: "figure", ...figure, line: first.n }];
  }
  return block.map(paragraph);
}

export function isFigure(block: Block): block is FigureBlock {
  return block.type === "figure";
}
