/**
 * Step (structure): what other outlets' dumps say by layout alone, read from the body's blocks
 * (issue 11): a short line without a full stop between paragraphs is a crosshead (`heading`);
 * a name alone right under a one-line quote is that quote's speaker (Tuổi Trẻ's pull-quote
 * boxes), so the pair is one pull quote (`boxed`: no paragraph repeats it); a line alone ending " ." is a caption without a credit
 * (Dân Trí); and a paragraph that holds a whole flattened body is split at sentence ends.
 * Runs on the blocks as cut at blank lines, after the lead and before the byline is taken.
 */
import type { Block, FigureBlock, HeadingBlock, ParagraphBlock, PullQuoteBlock } from "./types.ts";
import { sentences } from "./excerpt.ts";
import { isPlaceLine } from "./lead-source.ts";
import { asSpeakerName } from "./speech.ts";

type Group = Array<FigureBlock | ParagraphBlock>;
export type StructuredGroup = Array<Block>;

export const HEADING_MAX_WORDS = 12;
export const HEADING_MAX_CHARS = 90;

/** A crosshead's form: a few words, a capital or a digit first, no stop, comma or colon last. */
export function isCrossheadText(text: string): boolean {
  if (text.length > HEADING_MAX_CHARS || /[.,;:\u2026"”'’)\]-]$/u.test(text)) return false;
  const words = text.split(" ");
  if (words.length < 2 || words.length > HEADING_MAX_WORDS) return false;
  if (!/^[\p{Lu}\d“"]/u.test(text)) return false;
  // Every word capitalised, not in capitals throughout: a name (a speaker, a signature), not a heading.
  if (words.length <= 5 && words.every((w) => /^\p{Lu}/u.test(w)) && text !== text.toLocaleUpperCase("vi")) return false;
  return !isPlaceLine(text);
}

/** A caption without a credit: a short line alone whose stop stands apart (" ."), as Dân Trí's do. */
export function isUncreditedCaption(text: string): boolean {
  return / \.$/u.test(text) && text.split(" ").length <= 30;
}

/** A boxed quote is a sentence or two; a longer line is the article's own paragraph. */
export const BOX_QUOTE_MAX_CHARS = 250;

/** A quote set alone as a box: one short line that ends a sentence (its closing quote may follow). */
function isBoxQuote(text: string): boolean {
  return text.length <= BOX_QUOTE_MAX_CHARS && /[.!?\u2026]["”’]?$/u.test(text);
}

/** A paragraph longer than this, with at least FLAT_MIN_SENTENCES, is a flattened body. */
export const FLAT_MIN_CHARS = 800;
export const FLAT_MIN_SENTENCES = 5;
/** Sentences are gathered into paragraphs of at least this many characters. */
export const FLAT_PARAGRAPH_CHARS = 320;

/** A flattened body's paragraphs: its sentences gathered in order, each paragraph on the same line. */
export function splitFlattened(block: ParagraphBlock): ParagraphBlock[] {
  if (block.text.length < FLAT_MIN_CHARS) return [block];
  const all = sentences(block.text);
  if (all.length < FLAT_MIN_SENTENCES) return [block];
  const out: ParagraphBlock[] = [];
  let current = "";
  for (const s of all) {
    current = current === "" ? s : `${current} ${s}`;
    if (current.length >= FLAT_PARAGRAPH_CHARS) {
      out.push({ type: "paragraph", text: current, line: block.line });
      current = "";
    }
  }
  if (current !== "") {
    // A short tail joins the paragraph before it rather than standing alone.
    const last = out.pop();
    out.push(last ? { ...last, text: `${last.text} ${current}` } : { type: "paragraph", text: current, line: block.line });
  }
  return out;
}

const single = (group: Group | undefined): ParagraphBlock | null =>
  group?.length === 1 && group[0]!.type === "paragraph" ? group[0]! : null;

/**
 * The body's groups with headings, boxed quotes, uncredited captions and flattened bodies read.
 * `groups` are the blocks after the lead, in order; the last group is never a heading (nothing
 * follows it to announce).
 */
export function structureGroups(groups: readonly Group[]): StructuredGroup[] {
  const out: StructuredGroup[] = [];
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    const line = single(group);
    const next = groups[g + 1];
    if (line) {
      // A box stands inside the article: something follows its speaker's line.
      const speaker = groups[g + 2] ? single(next) : null;
      // A province alone names a place, not a speaker ("Quảng Ninh" reads as a name too).
      const name = speaker && !isPlaceLine(speaker.text) ? asSpeakerName(speaker.text) : null;
      if (name && isBoxQuote(line.text)) {
        // The box is the page's own pull quote: shown once, as written, with its speaker.
        const quote: PullQuoteBlock = { type: "pullquote", text: line.text, name, boxed: true, line: line.line };
        out.push([quote]);
        g++;
        continue;
      }
      if (next && isCrossheadText(line.text)) {
        const heading: HeadingBlock = { type: "heading", text: line.text, line: line.line };
        out.push([heading]);
        continue;
      }
      if (isUncreditedCaption(line.text)) {
        out.push([{ type: "figure", alt: line.text, caption: line.text, line: line.line }]);
        continue;
      }
    }
    out.push(group.flatMap((b): Block[] => (b.type === "paragraph" ? splitFlattened(b) : [b])));
  }
  return out;
}
