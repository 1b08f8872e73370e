/**
 * A link to a page of the site. Inside the app (SiteLinks, in App.tsx) it is a plain <a> whose
 * click the router takes over: React Router's <Link> resolves its path and sets up its click
 * handler per link, which at 100,000 prerendered pages was a sixth of the render time (list
 * pages hold twenty links, every page the masthead's and footer's), and with no <Link> anywhere the
 * router's link and prefetch code stays out of every page's JavaScript. Outside it (a component
 * rendered alone, in a test) it is a plain link to the path.
 */
import { createContext, use, useMemo, type ComponentProps, type MouseEvent, type ReactNode } from "react";
import { useHref, useNavigate, type NavigateFunction } from "react-router-dom";

/** The router's base and navigation, looked up once for every link of the page. */
const Navigation = createContext<{ root: string; navigate: NavigateFunction } | null>(null);

export function SiteLinks({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const root = useHref("/");
  const value = useMemo(() => ({ root: root.replace(/\/$/, ""), navigate }), [root, navigate]);
  return <Navigation value={value}>{children}</Navigation>;
}

/** A click the browser should handle itself: another button, a modifier (new tab, window, download), another target. */
const leftToBrowser = (e: MouseEvent<HTMLAnchorElement>, target: string | undefined) =>
  e.defaultPrevented || e.button !== 0 || e.metaKey || e.altKey || e.ctrlKey || e.shiftKey || (target !== undefined && target !== "_self");

/** `to`: a path of the site without the base ("/", "/trang/3"), as paths.ts makes them. */
export type SiteLinkProps = Omit<ComponentProps<"a">, "href"> & { to: string };

export function SiteLink({ to, onClick, ...rest }: SiteLinkProps) {
  const navigation = use(Navigation);
  if (!navigation) return <a href={to} {...(onClick ? { onClick } : {})} {...rest} />;
  const href = navigation.root + to;
  return (
    <a
      href={href}
      onClick={(e) => {
        onClick?.(e);
        if (leftToBrowser(e, rest.target)) return;
        e.preventDefault();
        // As <Link> does: the page already shown is replaced in history, not pushed again.
        navigation.navigate(to, { replace: window.location.pathname === href });
      }}
      {...rest}
    />
  );
}
