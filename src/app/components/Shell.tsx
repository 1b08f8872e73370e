/**
 * The frame every page shares: skip link first (so it is the first Tab stop), the masthead,
 * one <main id="main">, and the footer. Error pages use it too, so a failure still looks like
 * the paper and still leads home.
 */
import { useEffect, useRef, type ReactNode } from "react";
import { useLocation, useNavigationType } from "react-router-dom";
import { vi } from "../../i18n/vi";
import { SearchForm } from "./SearchForm";
import { ThemeToggle } from "./ThemeToggle";
import { SITE } from "../head/site";
import { isSearchPath } from "../search/path";
import { SiteLink } from "./SiteLink";
import { ARCHIVE_PATH, AUTHORS_PATH, TOPICS_PATH } from "../paths";

export function Shell({ children }: { children: ReactNode }) {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname, search } = useLocation();
  const navigationType = useNavigationType();
  const shownAt = useRef(pathname + search);
  // On the search page its box is open on phones too: the results are refined there.
  const onSearchPage = isSearchPath(pathname);

  // After a client-side navigation the clicked link is gone and focus falls to <body>; move it
  // to the new content so keyboard and screen-reader users start reading there. Not on first
  // load, where the browser's own order (skip link first) is right. Comparing addresses rather
  // than counting renders keeps StrictMode's double effect run from stealing first focus.
  useEffect(() => {
    const here = pathname + search;
    if (shownAt.current === here) return;
    shownAt.current = here;
    // Except from the search box: typing there shows results as you type, and must go on.
    if (!document.activeElement?.closest('[role="search"]')) mainRef.current?.focus({ preventScroll: true });
    // A followed link starts the new page at its top; back and forward keep where they were.
    if (navigationType !== "POP") window.scrollTo(0, 0);
  }, [pathname, search, navigationType]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {vi.skipLink}
      </a>
      {/*
        Phone first: one row — the name, then a search and a menu button, each a <details> that
        opens its panel below the bar, with JavaScript or without. From 768 px the panels are
        always shown in one bar and the buttons go (frame.css).
      */}
      <header className="masthead">
        <div className="masthead-brand">
          <SiteLink to="/" className="masthead-name" aria-label={vi.mastheadLabel(SITE.name)}>
            {SITE.name}
          </SiteLink>
          <p className="masthead-tagline">{SITE.tagline}</p>
        </div>
        <details className="masthead-panel masthead-search" open={onSearchPage || undefined}>
          {/* Its icon is the stylesheet's (frame.css): drawn once for every page, not in each page's HTML and script. */}
          <summary className="masthead-button masthead-button-search" aria-label={vi.openSearch} />
          <SearchForm />
        </details>
        <details className="masthead-panel masthead-menu">
          <summary className="masthead-button masthead-button-menu" aria-label={vi.openMenu} />
          <nav className="site-nav" aria-label={vi.siteNav}>
            <SiteLink to="/" aria-current={pathname === "/" ? "page" : undefined}>
              {vi.home}
            </SiteLink>
            <SiteLink to={ARCHIVE_PATH} aria-current={pathname === ARCHIVE_PATH ? "page" : undefined}>
              {vi.archive}
            </SiteLink>
            <SiteLink to={TOPICS_PATH} aria-current={pathname === TOPICS_PATH ? "page" : undefined}>
              {vi.topics.title}
            </SiteLink>
            <SiteLink to={AUTHORS_PATH} aria-current={pathname === AUTHORS_PATH ? "page" : undefined}>
              {vi.authors}
            </SiteLink>
          </nav>
          <ThemeToggle />
        </details>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="page">
        {children}
      </main>
      <footer className="site-footer">
        <p>
          <SiteLink to="/">{SITE.name}</SiteLink> · {vi.footerNote}
        </p>
      </footer>
    </div>
  );
}
