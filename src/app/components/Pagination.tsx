/**
 * Newer and older articles, as plain links (/trang/N, or a shelf's) that work without script. Pages count from
 * the oldest (src/content/listing.ts): "older" is the page below, "newer" the page above, and the
 * last page's "newer" is home. A page's links never name the page count, so a page stays byte for
 * byte the same while the archive grows above it.
 */
import { SiteLink } from "./SiteLink";
import { vi } from "../../i18n/vi";

/** `newer`: the path of the page above (the landing's, home's, above the last); `older`: of the page below; null: none. */
type Props = { newer: string | null; older: string | null; status?: string };

export function Pagination({ newer, older, status }: Props) {
  if (newer === null && older === null) return null;
  return (
    <nav className="pagination" aria-label={vi.pagination.label}>
      {newer !== null ? (
        <SiteLink to={newer} rel="prev">
          {vi.pagination.newer}
        </SiteLink>
      ) : (
        <span />
      )}
      <span className="pagination-status">{status}</span>
      {older !== null ? (
        <SiteLink to={older} rel="next">
          {vi.pagination.older}
        </SiteLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
