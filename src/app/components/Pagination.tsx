/** Newer/older pages of the home list, as plain links (/trang/N) that work without script. */
import { Link } from "react-router-dom";
import { vi } from "../../i18n/vi";
import { homePagePath } from "../paths";

type Props = { page: number; pageCount: number };

export function Pagination({ page, pageCount }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={vi.pagination.label}>
      {page > 1 ? (
        <Link to={homePagePath(page - 1)} rel="prev">
          {vi.pagination.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="pagination-status">
        {vi.pagination.status(page, pageCount)}
      </span>
      {page < pageCount ? (
        <Link to={homePagePath(page + 1)} rel="next">
          {vi.pagination.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
