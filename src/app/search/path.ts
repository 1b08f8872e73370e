/** The search page's address, in one place so the header form, the route and the prerenderer agree. */
export const SEARCH_PATH = "/tim-kiem";

/** True for the search page's path (without the base), with or without a trailing slash. */
export function isSearchPath(pathname: string): boolean {
  return pathname === SEARCH_PATH || pathname === SEARCH_PATH + "/";
}

/** The search page for a query, as a router path: "/tim-kiem?q=hai+ha"; "/tim-kiem" for none. */
export function searchPath(query: string): string {
  return query === "" ? SEARCH_PATH : `${SEARCH_PATH}?${new URLSearchParams({ q: query })}`;
}
