/**
 * /luu-tru: the archive by date — each year (newest first) with its count, then its months
 * with theirs, each a link to the month's page; and the undated articles, when there are any.
 */
import type { ArchiveIndex } from "../../content/shelves";
import { vi } from "../../i18n/vi";
import { PageMeta } from "../head/PageMeta";
import { Breadcrumbs } from "../components/Breadcrumbs";
import { SiteLink } from "../components/SiteLink";
import { useDataFile } from "../data/article-store";
import { dataPaths } from "../data/data-paths";
import { ARCHIVE_PATH, UNDATED_PATH, monthPath } from "../paths";

export function ArchivePage() {
  const archive = useDataFile<ArchiveIndex>(dataPaths.archive) ?? { years: [], undated: 0 };
  return (
    <div className="index-page">
      <PageMeta title={vi.archive} path={ARCHIVE_PATH} />
      <Breadcrumbs steps={[{ name: vi.archive }]} />
      <h1 className="list-title">{vi.archive}</h1>
      <p className="shelf-meta">{vi.shelves.archiveIntro}</p>
      {archive.years.length === 0 && archive.undated === 0 ? <p className="empty">{vi.emptyCorpus}</p> : null}
      {archive.years.map(({ year, count, months }) => (
        <section key={year} className="index-group" aria-labelledby={`nam-${year}`}>
          <h2 id={`nam-${year}`} className="index-letter">
            {year} <span className="index-count">{vi.shelves.count(count)}</span>
          </h2>
          <ul className="index-list index-months">
            {months.map(({ month, count: n }) => (
              <li key={month}>
                <SiteLink to={monthPath(year, month)}>{vi.shelves.month(month, year)}</SiteLink> <span className="index-count">{vi.shelves.count(n)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {archive.undated > 0 ? (
        <p className="index-undated">
          <SiteLink to={UNDATED_PATH}>{vi.shelves.undated}</SiteLink> <span className="index-count">{vi.shelves.count(archive.undated)}</span>
        </p>
      ) : null}
    </div>
  );
}
