/**
 * /tac-gia: every author the bylines name, A–Z by given name (the last word, as Vietnamese
 * lists are ordered), under a letter heading each, with how many articles they wrote. Pages of
 * AUTHORS_PER_PAGE names (/tac-gia/trang/N) keep a many-outlet archive's index light.
 */
import type { AuthorsPage as AuthorsData } from "../../content/shelves";
import { vi } from "../../i18n/vi";
import { LetterGroups, NameIndex, useIndexPage } from "../components/NameIndex";
import { SiteLink } from "../components/SiteLink";
import { useNews } from "../data/news-source";
import { dataPaths } from "../data/data-paths";
import { ROUTES } from "../routes";
import { AUTHORS_PATH, authorPath } from "../paths";
import { NotFoundPage } from "./NotFoundPage";

const pagePath = (page: number) => (page === 1 ? AUTHORS_PATH : ROUTES.authorsList.toPath({ page }));

export function AuthorsPage({ page: param }: { page?: string | undefined }) {
  const { latest } = useNews();
  const index = useIndexPage<AuthorsData>(param, dataPaths.authors);
  if (!index) return <NotFoundPage latest={latest} />;
  const { page, data } = index;
  return (
    <NameIndex title={vi.authors} intro={vi.shelves.authorsIntro} page={page} pageCount={data.pageCount} pagePath={pagePath} empty={data.authors.length === 0}>
      <LetterGroups
        names={data.authors}
        line={(a) => (
          <li key={a.slug}>
            <SiteLink to={authorPath(a.slug)}>{a.name}</SiteLink> <span className="index-count">{vi.shelves.count(a.count)}</span>
          </li>
        )}
      />
    </NameIndex>
  );
}
