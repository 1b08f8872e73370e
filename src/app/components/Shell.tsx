/**
 * The frame every page shares: skip link first (so it is the first Tab stop), the masthead,
 * one <main id="main">, and the footer. Error pages use it too, so a failure still looks like
 * the paper and still leads home.
 */
import { useEffect, useRef, type ReactNode } from "react";
import { Link, NavLink, useLocation, useNavigationType } from "react-router-dom";
import { vi } from "../../i18n/vi";
import { SearchForm } from "./SearchForm";
import { ThemeToggle } from "./ThemeToggle";
import { SITE } from "../head/site";

export function Shell({ children }: { children: ReactNode }) {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname, search } = useLocation();
  const navigationType = useNavigationType();
  const shownAt = useRef(pathname + search);

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
      <header className="masthead">
        <Link to="/" className="masthead-name" aria-label={vi.mastheadLabel(SITE.name)}>
          {SITE.name}
        </Link>
        <p className="masthead-tagline">{SITE.tagline}</p>
        <nav className="site-nav" aria-label={vi.siteNav}>
          <NavLink to="/" end>
            {vi.home}
          </NavLink>
        </nav>
        <SearchForm />
        <ThemeToggle />
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="page">
        {children}
      </main>
      <footer className="site-footer">
        <p>
          <Link to="/">{SITE.name}</Link> · {vi.footerNote}
        </p>
      </footer>
    </div>
  );
}
