/**
 * A link to an article that fetches the article's data before it is clicked: when it is
 * hovered, focused, touched, or scrolled into view. By the click the data is usually there, so
 * the new headline replaces the old one in the same frame.
 *
 * Inside the app (ArticleLinks, in App.tsx) it is a plain <a> whose click the router takes over:
 * a list page holds twenty of them, and React Router's <Link> resolves its path and sets up its
 * click handler and prefetch behaviour per link, which at 100,000 prerendered pages was a sixth
 * of the render time. Outside it (a component rendered alone) it is a <Link>.
 */
import { createContext, use, useEffect, useMemo, useRef, type ComponentProps, type FocusEvent, type MouseEvent, type ReactNode, type TouchEvent } from "react";
import { Link, useHref, useNavigate, type NavigateFunction } from "react-router-dom";
import { useArticleStore } from "../data/article-store";
import { articlePath } from "../paths";

type Props = Omit<ComponentProps<"a">, "href"> & { slug: string };

/** The router's base and navigation, looked up once for every link of the page. */
const Navigation = createContext<{ root: string; navigate: NavigateFunction } | null>(null);

export function ArticleLinks({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const root = useHref("/");
  const value = useMemo(() => ({ root: root.replace(/\/$/, ""), navigate }), [root, navigate]);
  return <Navigation value={value}>{children}</Navigation>;
}

/** A click the browser should handle itself: another button, a modifier (new tab, window, download), another target. */
const leftToBrowser = (e: MouseEvent<HTMLAnchorElement>, target: string | undefined) =>
  e.defaultPrevented || e.button !== 0 || e.metaKey || e.altKey || e.ctrlKey || e.shiftKey || (target !== undefined && target !== "_self");

/** One observer for every link on the page: cheap, and it stops watching once fetched. */
let observer: IntersectionObserver | null = null;
const onVisible = new WeakMap<Element, () => void>();
function watch(el: Element, fetch: () => void): () => void {
  if (typeof IntersectionObserver === "undefined") return () => {};
  observer ??= new IntersectionObserver((entries) => {
    for (const e of entries) {
      if (!e.isIntersecting) continue;
      onVisible.get(e.target)?.();
      observer?.unobserve(e.target);
    }
  }, { rootMargin: "200px" });
  onVisible.set(el, fetch);
  observer.observe(el);
  return () => observer?.unobserve(el);
}

export function ArticleLink({ slug, onMouseEnter, onFocus, onTouchStart, onClick, ...rest }: Props) {
  const store = useArticleStore();
  const navigation = use(Navigation);
  const ref = useRef<HTMLAnchorElement>(null);
  useEffect(() => (ref.current ? watch(ref.current, () => store.prefetch(slug)) : undefined), [store, slug]);
  const path = articlePath(slug);
  const handlers = {
    onMouseEnter: (e: MouseEvent<HTMLAnchorElement>) => {
      store.prefetch(slug);
      onMouseEnter?.(e);
    },
    onFocus: (e: FocusEvent<HTMLAnchorElement>) => {
      store.prefetch(slug);
      onFocus?.(e);
    },
    onTouchStart: (e: TouchEvent<HTMLAnchorElement>) => {
      store.prefetch(slug);
      onTouchStart?.(e);
    },
  };
  if (!navigation) return <Link ref={ref} to={path} {...handlers} {...(onClick ? { onClick } : {})} {...rest} />;
  const href = navigation.root + path;
  return (
    <a
      ref={ref}
      href={href}
      {...handlers}
      onClick={(e) => {
        onClick?.(e);
        if (leftToBrowser(e, rest.target)) return;
        e.preventDefault();
        // As <Link> does: the page already shown is replaced in history, not pushed again.
        navigation.navigate(path, { replace: window.location.pathname === href });
      }}
      {...rest}
    />
  );
}
