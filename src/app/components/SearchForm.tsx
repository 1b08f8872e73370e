/**
 * The search box in every page's masthead. Without JavaScript it is a plain GET form to
 * /tim-kiem?q=…; with it, results show as you type: after a short pause the address becomes
 * /tim-kiem?q=… (pushed once from another page, then replaced, so Back leaves search in one
 * step) and the search page answers from the index.
 *
 * Small on purpose, since it is in every page's first load: the field is uncontrolled (the
 * browser keeps what is typed; the address's query is written into it only when the reader is
 * not typing there), and the search engine is in the search page's chunk, requested on the first
 * keystroke; the index's files follow once the query is known.
 */
import { useEffect, useRef } from "react";
import { useHref, useLocation, useNavigate } from "react-router-dom";
import { vi } from "../../i18n/vi";
import { SearchPage } from "../pages";
import { SEARCH_PATH, isSearchPath, searchPath } from "../search/path";

/** Long enough to skip the address changes of a fast typist's every key, short enough to feel live. */
const PAUSE_MS = 120;

export function SearchForm() {
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const action = useHref(SEARCH_PATH);
  const onSearchPage = isSearchPath(pathname);
  const query = onSearchPage ? (new URLSearchParams(search).get("q") ?? "") : "";
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const replace = useRef(onSearchPage);

  // After hydration, Back, Forward or a link away, the box shows the address's query — unless
  // the reader is typing in it.
  useEffect(() => {
    replace.current = onSearchPage;
    const box = input.current;
    if (box && box !== document.activeElement) box.value = query;
  }, [onSearchPage, query]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const cancel = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
  };
  const go = () => {
    cancel();
    const q = input.current?.value ?? "";
    navigate(searchPath(q.trim() === "" ? "" : q), { replace: replace.current });
    replace.current = true;
  };

  return (
    <form
      role="search"
      className="site-search"
      action={action}
      aria-label={vi.search.label}
      onSubmit={(e) => {
        e.preventDefault();
        go();
      }}
    >
      <input
        ref={input}
        type="search"
        name="q"
        aria-label={vi.search.inputLabel}
        placeholder={vi.search.placeholder}
        autoComplete="off"
        onChange={(e) => {
          // The first key starts fetching the search page's code while the pause runs.
          void SearchPage.preload().catch(() => null);
          cancel();
          // Emptying the box elsewhere is not a search.
          if (e.target.value.trim() !== "" || replace.current) timer.current = setTimeout(go, PAUSE_MS);
        }}
        // Leaving the box ends the pause at once: a result clicked within it must not be
        // followed by the pending search taking the reader back.
        onBlur={() => timer.current !== undefined && go()}
      />
      <button type="submit">{vi.search.submit}</button>
    </form>
  );
}
