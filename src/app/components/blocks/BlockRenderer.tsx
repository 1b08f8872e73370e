/**
 * The one place a block type becomes a component. The switch is exhaustive: adding a type to
 * `Block` in content/types.ts fails to compile here until it is handled. At run time an
 * unexpected type (old JSON, a newer parser) warns in development and leaves a hidden marker
 * in the page instead of vanishing silently.
 */
import type { Block } from "../../../content/types";
import { Figure } from "./Figure";
import { Heading } from "./Heading";
import { Paragraph } from "./Paragraph";
import { PullQuote } from "./PullQuote";

export function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case "paragraph":
      return <Paragraph block={block} />;
    case "figure":
      return <Figure block={block} />;
    case "pullquote":
      return <PullQuote block={block} />;
    case "heading":
      return <Heading block={block} />;
    default:
      return <UnknownBlock block={block} />;
  }
}

function UnknownBlock({ block }: { block: never }) {
  const type = String((block as { type?: unknown }).type);
  if (import.meta.env.DEV) {
    console.warn(`[BlockRenderer] unknown block type "${type}"`, block);
  }
  return <div hidden data-unknown-block={type} />;
}

export function BlockRenderer({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {blocks.map((block, i) => (
        // `line` alone is not unique: a paragraph and the pull quote drawn from it share one.
        <BlockView key={`${block.line}-${i}`} block={block} />
      ))}
    </>
  );
}
