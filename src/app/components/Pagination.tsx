/**
 * Newer and older articles, as plain links (/trang/N) that work without script. Pages count from
 * the oldest (src/content/listing.ts): "older" is the page below, "newer" the page above, and the
 * last page's "newer" is home. A page's links never name the page count, so a page stays byte for
 * byte the same while the archive grows above it.
 */
import { SiteLink } from "./SiteLink";
import { vi } from "../../i18n/vi";
import { listPagePath } from "../paths";

/** `newer`: the page above (null on the last, whose newer articles are home's); `older`: the page below, if any. */
type Props = { newer: number | "home" | null; older: number | null; status?: string };

export function Pagination({ newer, older, status }: Props) {
  if (newer === null && older === null) return null;
  return (
    <nav className="pagination" aria-label={vi.pagination.label}>
      {newer !== null ? (
        <SiteLink to={newer === "home" ? "/" : listPagePath(newer)} rel="prev">
          {vi.pagination.newer}
        </SiteLink>
      ) : (
        <span />
      )}
      <span className="pagination-status">{status}</span>
      {older !== null ? (
        <SiteLink to={listPagePath(older)} rel="next">
          {vi.pagination.older}
        </SiteLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
