/** The search page's address, from the route table (routes.ts): the header form, the route and the prerenderer agree. */
import { ROUTES, matchRoute } from "../routes";

export const SEARCH_PATH: string = ROUTES.search.toPath();

/** True for the search page's path (without the base), with or without a trailing slash. */
export function isSearchPath(pathname: string): boolean {
  return matchRoute(pathname).kind === "search";
}

/** The search page for a query, as a router path: "/tim-kiem?q=hai+ha"; "/tim-kiem" for none. */
export function searchPath(query: string): string {
  return query === "" ? SEARCH_PATH : `${SEARCH_PATH}?${new URLSearchParams({ q: query })}`;
}
