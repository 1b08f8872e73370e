/**
 * Dev-only: the files that did not parse, linked to their problem pages, so a broken dump is
 * noticed on the home page rather than by its absence. A production build never has any.
 */
import { Link } from "react-router-dom";
import type { BrokenFile } from "../../content/types";
import { vi } from "../../i18n/vi";
import { articlePath } from "../paths";

export function BrokenNotice({ broken }: { broken: readonly BrokenFile[] }) {
  if (!import.meta.env.DEV || broken.length === 0) return null;
  return (
    <section className="dev-notice" aria-label={vi.broken.noticeTitle(broken.length)}>
      <h2 className="dev-notice-title">{vi.broken.noticeTitle(broken.length)}</h2>
      <p>{vi.broken.noticeBody}</p>
      <ul>
        {broken.map((b) => (
          <li key={b.file}>
            <Link to={articlePath(b.slug)}>{b.file}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
