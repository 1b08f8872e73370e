/**
 * A link to an article that fetches the article's data before it is clicked: when it is
 * hovered, focused, touched, or scrolled into view. By the click the data is usually there, so
 * the new headline replaces the old one in the same frame.
 */
import { useEffect, useRef, type ComponentProps } from "react";
import { Link } from "react-router-dom";
import { useArticleStore } from "../data/article-store";
import { articlePath } from "../paths";

type Props = Omit<ComponentProps<typeof Link>, "to"> & { slug: string };

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

export function ArticleLink({ slug, onMouseEnter, onFocus, onTouchStart, ...rest }: Props) {
  const store = useArticleStore();
  const ref = useRef<HTMLAnchorElement>(null);
  useEffect(() => (ref.current ? watch(ref.current, () => store.prefetch(slug)) : undefined), [store, slug]);
  return (
    <Link
      ref={ref}
      to={articlePath(slug)}
      onMouseEnter={(e) => {
        store.prefetch(slug);
        onMouseEnter?.(e);
      }}
      onFocus={(e) => {
        store.prefetch(slug);
        onFocus?.(e);
      }}
      onTouchStart={(e) => {
        store.prefetch(slug);
        onTouchStart?.(e);
      }}
      {...rest}
    />
  );
}
