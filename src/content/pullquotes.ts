/** Step 9b: after each paragraph of attributed speech, a pull quote block (the paragraph stays). */
import type { Block } from "./types.ts";
import { findSpeech } from "./speech.ts";

export function withPullQuotes(body: readonly Block[]): Block[] {
  return body.flatMap((block): Block[] => {
    if (block.type !== "paragraph") return [block];
    const speech = findSpeech(block.text);
    if (!speech) return [block];
    const { speech: text, name, role } = speech;
    const quote: Block = role
      ? { type: "pullquote", text, name, role, line: block.line }
      : { type: "pullquote", text, name, line: block.line };
    return [block, quote];
  });
}
