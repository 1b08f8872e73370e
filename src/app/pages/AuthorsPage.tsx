/**
 * /tac-gia: every author the bylines name, A–Z by given name (the last word, as Vietnamese
 * lists are ordered), under a letter heading each, with how many articles they wrote. Pages of
 * AUTHORS_PER_PAGE names (/tac-gia/trang/N) keep a many-outlet archive's index light.
 */
import type { AuthorEntry, AuthorsPage as AuthorsData } from "../../content/shelves";
import { vi } from "../../i18n/vi";
import { PageMeta } from "../head/PageMeta";
import { Breadcrumbs } from "../components/Breadcrumbs";
import { Pagination } from "../components/Pagination";
import { SiteLink } from "../components/SiteLink";
import { useDataFile } from "../data/article-store";
import { useNews } from "../data/news-source";
import { dataPaths } from "../data/data-paths";
import { ROUTES } from "../routes";
import { AUTHORS_PATH, authorPath, pageNumber } from "../paths";
import { NotFoundPage } from "./NotFoundPage";

function groups(authors: readonly AuthorEntry[]): Array<[letter: string, authors: AuthorEntry[]]> {
  const out: Array<[string, AuthorEntry[]]> = [];
  for (const author of authors) {
    const { letter } = author;
    const last = out.at(-1);
    if (last?.[0] === letter) last[1].push(author);
    else out.push([letter, [author]]);
  }
  return out;
}

const pagePath = (page: number) => (page === 1 ? AUTHORS_PATH : ROUTES.authorsList.toPath({ page }));

export function AuthorsPage({ page: param }: { page?: string | undefined }) {
  const { latest } = useNews();
  const page = param === undefined ? 1 : pageNumber(param);
  const data = useDataFile<AuthorsData>(dataPaths.authors(Number.isInteger(page) ? page : 0));
  // Page 1 is /tac-gia itself, never /tac-gia/trang/1.
  if (!data || (param !== undefined && page === 1)) return <NotFoundPage latest={latest} />;
  const status = data.pageCount > 1 ? vi.pagination.status(page) : undefined;
  return (
    <div className="index-page">
      <PageMeta title={status ? vi.shelves.page(vi.authors, page) : vi.authors} path={pagePath(page)} />
      <Breadcrumbs steps={status ? [{ name: vi.authors, path: AUTHORS_PATH }, { name: status }] : [{ name: vi.authors }]} />
      <h1 className="list-title">{vi.authors}</h1>
      <p className="shelf-meta">{vi.shelves.authorsIntro}</p>
      {data.authors.length === 0 ? <p className="empty">{vi.emptyCorpus}</p> : null}
      {groups(data.authors).map(([letter, authors]) => (
        <section key={letter} className="index-group" aria-labelledby={`chu-${letter}`}>
          <h2 id={`chu-${letter}`} className="index-letter">
            {letter}
          </h2>
          <ul className="index-list">
            {authors.map((a) => (
              <li key={a.slug}>
                <SiteLink to={authorPath(a.slug)}>{a.name}</SiteLink> <span className="index-count">{vi.shelves.count(a.count)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <Pagination newer={page > 1 ? pagePath(page - 1) : null} older={page < data.pageCount ? pagePath(page + 1) : null} {...(status ? { status } : {})} />
    </div>
  );
}
