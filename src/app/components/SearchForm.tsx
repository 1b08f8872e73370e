/**
 * The search box in every page's masthead. Without JavaScript it is a plain GET form to
 * /tim-kiem?q=…; with it, typing shows results as you type: after a short pause the address
 * becomes /tim-kiem?q=… (pushed once from another page, then replaced, so Back leaves search in
 * one step) and the search page answers from the index.
 *
 * Kept small on purpose: it is in every page's first load. The search engine and its index live
 * in the search page's chunk and a data file, requested on the first keystroke.
 */
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from "react";
import { useHref, useLocation, useNavigate } from "react-router-dom";
import { vi } from "../../i18n/vi";
import { useNews } from "../data/news-source";
import { SearchPage } from "../pages";
import { useHydrated } from "../search/hydrated";
import { SEARCH_PATH, isSearchPath, searchPath } from "../search/path";

/** Long enough to skip the address changes of a fast typist's every key, short enough to feel live. */
const PAUSE_MS = 120;

export function SearchForm() {
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const action = useHref(SEARCH_PATH);
  const news = useNews();
  const onSearchPage = isSearchPath(pathname);
  // The address's query is only read once hydrated: the prerendered box was empty.
  const hydrated = useHydrated();
  const query = hydrated && onSearchPage ? (new URLSearchParams(search).get("q") ?? "") : "";
  const [value, setValue] = useState(query);
  const [focused, setFocused] = useState(false);
  // The box follows the address (Back, Forward, a link away), unless the reader is typing in it.
  const [shown, setShown] = useState(query);
  if (query !== shown) {
    setShown(query);
    if (!focused) setValue(query);
  }
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const replace = useRef(onSearchPage);

  useEffect(() => {
    replace.current = onSearchPage;
  }, [onSearchPage]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const go = (q: string) => {
    clearTimeout(timer.current);
    navigate(searchPath(q.trim() === "" ? "" : q), { replace: replace.current });
    replace.current = true;
  };
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const q = e.target.value;
    setValue(q);
    // The first key starts fetching the search page's code and the index, while the pause runs.
    void SearchPage.preload().catch(() => null);
    void news.loadSearch?.()?.catch(() => null);
    clearTimeout(timer.current);
    // Clearing the box elsewhere is not a search.
    if (q.trim() === "" && !replace.current) return;
    timer.current = setTimeout(() => go(q), PAUSE_MS);
  };
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    go(value);
  };

  return (
    <form role="search" className="site-search" action={action} method="get" aria-label={vi.search.label} onSubmit={onSubmit}>
      <label htmlFor="site-search-q" className="sr-only">
        {vi.search.inputLabel}
      </label>
      <input
        id="site-search-q"
        type="search"
        name="q"
        value={value}
        onChange={onChange}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        placeholder={vi.search.placeholder}
        autoComplete="off"
        enterKeyHint="search"
        spellCheck={false}
      />
      <button type="submit">{vi.search.submit}</button>
    </form>
  );
}
