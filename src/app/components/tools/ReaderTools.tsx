/**
 * The reader's tools above an article: text size, share, and — where the browser has a
 * Vietnamese voice — listen. Printing needs no button: the print stylesheet keeps only the
 * article.
 */
import type { Article } from "../../../content/types";
import { vi } from "../../../i18n/vi";
import { ListenButton } from "./ListenButton";
import { ShareButton } from "./ShareButton";
import { TextSizeButtons } from "./TextSizeButtons";

export function ReaderTools({ article }: { article: Article }) {
  return (
    <div className="reader-tools" role="group" aria-label={vi.tools.label}>
      <TextSizeButtons />
      <ShareButton title={article.title} />
      <ListenButton article={article} />
    </div>
  );
}
