/**
 * False while React hydrates prerendered HTML (and on the server), true afterwards and in a
 * fresh client render. What only the browser knows — the address's `?q=` on a prerendered
 * search page — must wait for it, or hydration would not match the HTML it found.
 */
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
