/**
 * False while React hydrates a prerendered page (and on the server), true afterwards. For what a
 * page shows only in the browser: the search page's query (prerendered with none), and an
 * article's "Mới nhất", which changes with every new article and so is kept out of the article's
 * HTML — or every rebuild would rewrite every article page.
 */
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

export const useHydrated = (): boolean =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
