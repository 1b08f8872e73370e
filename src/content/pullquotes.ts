/** Step 9b: after each paragraph of attributed speech, a pull quote block (the paragraph stays). */
import type { Block } from "./types.ts";
import { findSpeech } from "./speech.ts";

export function withPullQuotes(body: readonly Block[]): Block[] {
  return body.flatMap((block, i): Block[] => {
    if (block.type !== "paragraph") return [block];
    // A boxed quote (structure.ts) has its pull quote already, right after it.
    if (body[i + 1]?.type === "pullquote" && body[i + 1]!.line === block.line) return [block];
    const speech = findSpeech(block.text);
    if (!speech) return [block];
    const { speech: text, name, role } = speech;
    const quote: Block = role
      ? { type: "pullquote", text, name, role, line: block.line }
      : { type: "pullquote", text, name, line: block.line };
    return [block, quote];
  });
}
