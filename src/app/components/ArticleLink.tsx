/**
 * A link to an article that fetches the article's data before it is clicked: when it is
 * hovered, focused, touched, or scrolled into view. By the click the data is usually there, so
 * the new headline replaces the old one in the same frame. A SiteLink otherwise (a plain <a>
 * inside the app).
 */
import { useEffect, useRef, type ComponentProps, type FocusEvent, type MouseEvent, type TouchEvent } from "react";
import { useArticleStore } from "../data/article-store";
import { articlePath } from "../paths";
import { SiteLink } from "./SiteLink";

type Props = Omit<ComponentProps<"a">, "href"> & { slug: string };

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
  const ref = useRef<HTMLAnchorElement>(null);
  useEffect(() => (ref.current ? watch(ref.current, () => store.prefetch(slug)) : undefined), [store, slug]);
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
  return <SiteLink ref={ref} to={articlePath(slug)} {...handlers} {...(onClick ? { onClick } : {})} {...rest} />;
}
