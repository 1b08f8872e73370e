/**
 * The site's settings as the build hands them in (src/node/site-settings.ts: site.config.json,
 * then SITE_NAME, SITE_TAGLINE, SITE_DESCRIPTION, SITE_URL): its name, tagline, description and
 * public origin. SITE_URL makes canonical and OpenGraph URLs absolute; BASE_PATH (Vite's base)
 * puts the site under a sub-path. Outside a build (tests) the seed site's own.
 */
import { vi } from "../../i18n/vi.ts";
declare const __SITE__: { name: string; tagline: string; description: string; url: string } | undefined;

/** What the pages are told of the settings (the base path they know from Vite). */
export type PageSettings = { name: string; tagline: string; description: string; url: string };

/** The seed site's own, where site.config.json and the environment say nothing (site-settings.ts starts from these). */
export const SITE_DEFAULTS: PageSettings = {
  name: vi.defaultSite.name,
  tagline: vi.defaultSite.tagline,
  description: vi.defaultSite.description(vi.defaultSite.name),
  url: "http://localhost:4173",
};

export const SITE: PageSettings = typeof __SITE__ === "object" && __SITE__ !== null ? __SITE__ : SITE_DEFAULTS;

/** "https://tin.example.vn" — no trailing slash. */
export const SITE_URL: string = SITE.url.replace(/\/+$/, "");

/** The absolute URL of an app path ("/bai-viet/x"), with the base path in front. */
export function absoluteUrl(appPath: string): string {
  const base = import.meta.env.BASE_URL ?? "/";
  return SITE_URL + base.replace(/\/$/, "") + appPath;
}
