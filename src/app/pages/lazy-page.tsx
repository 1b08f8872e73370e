/**
 * Page components split into their own chunks (each page loads only its own code) that can
 * also be loaded ahead of rendering: the prerenderer and hydration must render them
 * synchronously, which React.lazy cannot promise. Once `preload()` has settled, rendering the
 * page never suspends; before that it suspends like React.lazy.
 */
import { use, type ComponentType } from "react";

type Tracked<T> = Promise<T> & { status?: "pending" | "fulfilled" | "rejected"; value?: T; reason?: unknown };

export type LazyPage<P extends object> = ComponentType<P> & { preload(): Promise<void> };

export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loading: Tracked<ComponentType<P>> | null = null;
  const start = (): Tracked<ComponentType<P>> => {
    if (loading && loading.status !== "rejected") return loading;
    const p = load() as Tracked<ComponentType<P>>;
    p.status = "pending";
    // Handlers return nothing, so the derived promise never adopts an unhandled rejection.
    p.then(
      (value) => void Object.assign(p, { status: "fulfilled", value }),
      (reason: unknown) => void Object.assign(p, { status: "rejected", reason }),
    );
    loading = p;
    return p;
  };
  function Page(props: P) {
    const Component = use(start() as Promise<ComponentType<P>>);
    return <Component {...props} />;
  }
  Page.preload = () => start().then(() => undefined);
  return Page as LazyPage<P>;
}
