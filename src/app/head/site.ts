/**
 * Where the site lives. SITE_URL (build setting, e.g. https://tin.example.vn) makes canonical
 * and OpenGraph URLs absolute; BASE_PATH (Vite's base) puts the site under a sub-path.
 */
declare const __SITE_URL__: string;

/** "https://tin.example.vn" — no trailing slash. */
export const SITE_URL: string = (typeof __SITE_URL__ === "string" ? __SITE_URL__ : "http://localhost:4173").replace(/\/+$/, "");

/** The absolute URL of an app path ("/bai-viet/x"), with the base path in front. */
export function absoluteUrl(appPath: string): string {
  const base = import.meta.env.BASE_URL ?? "/";
  return SITE_URL + base.replace(/\/$/, "") + appPath;
}
