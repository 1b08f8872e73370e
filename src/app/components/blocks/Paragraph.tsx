import type { ParagraphBlock } from "../../../content/types";

export function Paragraph({ block }: { block: ParagraphBlock }) {
  return <p>{block.text}</p>;
}
