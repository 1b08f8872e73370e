/**
 * A crosshead the parser found in the body (a short line without a stop between paragraphs):
 * an h2 under the headline's h1, so the article's parts are in its outline and a screen reader's
 * heading list.
 */
import type { HeadingBlock } from "../../../content/types";

export function Heading({ block }: { block: HeadingBlock }) {
  return <h2 className="article-heading">{block.text}</h2>;
}
