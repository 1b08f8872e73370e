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
    // A failed load is not restarted by rendering: React renders again when a promise settles,
    // so that would request a missing chunk in a loop. The error reaches the route's boundary,
    // and preload() or the boundary's "Thử lại" (retryFailedPages) try again.
    const Component = use((loading ?? start()) as Promise<ComponentType<P>>);
    return <Component {...props} />;
  }
  Page.preload = () => start().then(() => undefined);
  failedLoads.add(() => {
    if (loading?.status === "rejected") loading = null;
  });
  return Page as LazyPage<P>;
}

const failedLoads = new Set<() => void>();

/** Forgets every page code load that failed, so the next render loads it again. */
export function retryFailedPages(): void {
  for (const forget of failedLoads) forget();
}
