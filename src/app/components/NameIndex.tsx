/**
 * A paged A–Z index of names — the authors' (/tac-gia), the topics' (/chu-de): its first page at
 * its own path, the next at …/trang/N; a title, an intro, the names under a heading for each first
 * letter, and pagination. The two indexes differ in what a name's line says and what opens page 1.
 */
import type { ReactNode } from "react";
import { vi } from "../../i18n/vi";
import { PageMeta } from "../head/PageMeta";
import { useDataFile } from "../data/article-store";
import { pageNumber } from "../paths";
import { Breadcrumbs } from "./Breadcrumbs";
import { Pagination } from "./Pagination";

/** The page of the index the route names and its data file; null for a page there is not (then the not-found page). */
export function useIndexPage<T>(param: string | undefined, file: (page: number) => string): { page: number; data: T } | null {
  const page = param === undefined ? 1 : pageNumber(param);
  const data = useDataFile<T>(file(Number.isInteger(page) ? page : 0));
  // Page 1 is the index's own path, never …/trang/1.
  if (!data || (param !== undefined && page === 1)) return null;
  return { page, data };
}

type Props = {
  title: string;
  intro: string;
  page: number;
  pageCount: number;
  /** Page N's path (page 1: the index's own). */
  pagePath: (page: number) => string;
  /** Whether the archive has no name at all. */
  empty: boolean;
  children: ReactNode;
};

export function NameIndex({ title, intro, page, pageCount, pagePath, empty, children }: Props) {
  const status = pageCount > 1 ? vi.pagination.status(page) : undefined;
  return (
    <div className="index-page">
      <PageMeta title={status ? vi.shelves.page(title, page) : title} path={pagePath(page)} />
      <Breadcrumbs steps={status ? [{ name: title, path: pagePath(1) }, { name: status }] : [{ name: title }]} />
      <h1 className="list-title">{title}</h1>
      <p className="shelf-meta">{intro}</p>
      {empty ? <p className="empty">{vi.emptyCorpus}</p> : null}
      {children}
      <Pagination newer={page > 1 ? pagePath(page - 1) : null} older={page < pageCount ? pagePath(page + 1) : null} {...(status ? { status } : {})} />
    </div>
  );
}

/** Names in runs of the same first letter, in their order: the data file sorts them, this only cuts. */
export function byLetter<T extends { letter: string }>(names: readonly T[]): Array<[letter: string, names: T[]]> {
  const out: Array<[string, T[]]> = [];
  for (const name of names) {
    const last = out.at(-1);
    if (last?.[0] === name.letter) last[1].push(name);
    else out.push([name.letter, [name]]);
  }
  return out;
}

/** Each letter's names under its heading (h2, or h3 below another heading), one line each as `line` draws it. */
export function LetterGroups<T extends { letter: string }>({ names, level = 2, line }: { names: readonly T[]; level?: 2 | 3; line: (name: T) => ReactNode }) {
  const Heading = level === 2 ? "h2" : "h3";
  return byLetter(names).map(([letter, group]) => (
    <section key={letter} className="index-group" aria-labelledby={`chu-${letter}`}>
      <Heading id={`chu-${letter}`} className="index-letter">
        {letter}
      </Heading>
      <ul className="index-list">{group.map(line)}</ul>
    </section>
  ));
}
