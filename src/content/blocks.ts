/**
 * Steps 4–5: group body lines into blocks (blank and placeholder lines separate them; a
 * placeholder is where an image, button or link was stripped) and turn each block into figures
 * and paragraphs.
 */
import type { Block, FigureBlock, ParagraphBlock } from "./types.ts";
import type { Line } from "./normalize.ts";
import { asFigure, isImageMarker, isZingAlt, loneCaption, splitCredit } from "./figure.ts";

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

/**
 * A block of exactly two near-duplicate lines is one figure (the contract's alt and caption); a
 * line alone ending with a photo credit is one too (other outlets' lone captions); any other
 * block, a paragraph per line.
 */
export function classifyBlock(block: readonly Line[]): Array<FigureBlock | ParagraphBlock> {
  if (block.length === 2) {
    const [first, second] = block as [Line, Line];
    const figure = asFigure(first.text, second.text);
    if (figure) return [{ type: "figure", ...figure, line: first.n }];
  }
  if (block.length === 1 && !isImageMarker(block[0]!.text)) {
    const lone = loneCaption(block[0]!.text);
    if (lone) return [{ type: "figure", ...lone, line: block[0]!.n }];
  }
  return block.map(paragraph);
}

/**
 * Every block classified, a lone caption repeated in the next block taken once, and an image marker ("… - Ảnh 1.") alone on its line joined with the
 * one-line block after it: the marker is the figure's alt, that line its caption (and credit).
 */
export function classifyBlocks(blocks: readonly Line[][]): Array<Array<FigureBlock | ParagraphBlock>> {
  const out: Array<Array<FigureBlock | ParagraphBlock>> = [];
  for (let i = 0; i < blocks.length; i++) {
    let block = blocks[i]!;
    const next = blocks[i + 1];
    // A marker glued under the paragraph before it (Tuổi Trẻ): that paragraph stands alone.
    if (block.length > 1 && isImageMarker(block[block.length - 1]!.text) && next?.length === 1) {
      out.push(block.slice(0, -1).map(paragraph));
      block = block.slice(-1);
    }
    // Zing: a paragraph, the alt ("… hinh anh 1") and the caption in one block.
    const alt = block.length > 1 ? block.findIndex((l, k) => k < block.length - 1 && isZingAlt(l.text)) : -1;
    if (alt >= 0) {
      if (alt > 0) out.push(block.slice(0, alt).map(paragraph));
      const { caption, credit } = splitCredit(block[alt + 1]!.text);
      out.push([{ type: "figure", alt: block[alt]!.text, caption, ...(credit ? { credit } : {}), line: block[alt]!.n }]);
      if (alt + 2 < block.length) out.push(block.slice(alt + 2).map(paragraph));
      continue;
    }
    if (block.length === 1 && isImageMarker(block[0]!.text) && next?.length === 1) {
      const { caption, credit } = splitCredit(next[0]!.text);
      out.push([{ type: "figure", alt: block[0]!.text, caption, ...(credit ? { credit } : {}), line: block[0]!.n }]);
      i++;
      continue;
    }
    const classified = classifyBlock(block);
    // A caption written twice (a portal's feed repeats it in its own block) is one figure.
    const [only] = classified;
    if (classified.length === 1 && only?.type === "figure" && only.alt === only.caption && next?.length === 1 && next[0]!.text === block[0]!.text) {
      i++;
    }
    out.push(classified);
  }
  return out;
}

export function isFigure(block: Block): block is FigureBlock {
  return block.type === "figure";
}
