/**
 * A pull quote: an excerpt of speech that is also in the body, or a quote the dump set apart
 * with its speaker (`boxed`, shown only here), set apart on purpose (larger, accent rule, more air). figure > blockquote + figcaption keeps the speaker tied to the words;
 * its name ("Trích dẫn lời …", announced on entering) and the hidden "Trích dẫn:" tell a listener
 * why they hear the sentence a second time.
 */
import type { PullQuoteBlock } from "../../../content/types";
import { vi } from "../../../i18n/vi";

export function PullQuote({ block }: { block: PullQuoteBlock }) {
  return (
    <figure className="pullquote not-prose" aria-label={vi.pullQuoteLabel(block.name)}>
      <blockquote>
        <p>{block.text}</p>
      </blockquote>
      <figcaption>
        <span className="sr-only">{vi.quotePrefix} </span>
        <span className="pullquote-name">{block.name}</span>
        {block.role ? (
          <>
            <span className="sr-only">, </span>
            <span className="pullquote-role">{block.role}</span>
          </>
        ) : null}
      </figcaption>
    </figure>
  );
}
