/**
 * Dev-only: the files that did not parse, linked to their problem pages, so a broken dump is
 * noticed on the home page rather than by its absence. A production build never has any.
 */
import { SiteLink } from "./SiteLink";
import type { BrokenFile } from "../../content/types";
import { viDev } from "../../i18n/vi";
import { articlePath } from "../paths";

export function BrokenNotice({ broken }: { broken: readonly BrokenFile[] }) {
  if (!import.meta.env.DEV || broken.length === 0) return null;
  return (
    <section className="dev-notice" aria-label={viDev.broken.noticeTitle(broken.length)}>
      <h2 className="dev-notice-title">{viDev.broken.noticeTitle(broken.length)}</h2>
      <p>{viDev.broken.noticeBody}</p>
      <ul>
        {broken.map((b) => (
          <li key={b.file}>
            <SiteLink to={articlePath(b.slug)}>{b.file}</SiteLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
