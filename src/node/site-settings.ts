/**
 * The site's own settings, in one place: its name, tagline and description, its public URL and
 * the path it is served under. Read from `site.config.json` at the project root (every field
 * optional), each overridden by an environment variable (SITE_NAME, SITE_TAGLINE,
 * SITE_DESCRIPTION, SITE_URL, BASE_PATH), so an archive renames its site without editing source.
 * The build hands them to the pages (vite-plugin.ts, as `__SITE__`), the manifest and the feeds.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { vi } from "../i18n/vi.ts";
import { SITE_DEFAULTS, type PageSettings } from "../app/head/site.ts";

/** What the pages are told (the public origin `url` with no trailing slash), and Vite's base: "/" or "/tin/". */
export type SiteSettings = PageSettings & { basePath: string };

export const SETTINGS_FILE = "site.config.json";

export const DEFAULT_SETTINGS: SiteSettings = { ...SITE_DEFAULTS, basePath: "/" };

/** Each setting's environment variable, which wins over the file. */
export const SETTING_VARIABLES: Record<keyof SiteSettings, string> = {
  name: "SITE_NAME",
  tagline: "SITE_TAGLINE",
  description: "SITE_DESCRIPTION",
  url: "SITE_URL",
  basePath: "BASE_PATH",
};

/** "tin", "/tin/", "/" → "/tin/" or "/": the form Vite's base takes. */
export function normalBasePath(raw: string): string {
  const trimmed = raw.trim().replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/**
 * The settings from the file's parsed JSON (or undefined when there is none) and the
 * environment. A field of the wrong type, an unknown field or a URL that is not http(s) is an
 * error naming the file and the field: a typo should not silently keep the old name.
 */
export function resolveSiteSettings(file: unknown, env: NodeJS.ProcessEnv, source = SETTINGS_FILE): SiteSettings {
  const settings: SiteSettings = { ...DEFAULT_SETTINGS };
  if (file !== undefined) {
    if (typeof file !== "object" || file === null || Array.isArray(file)) throw new Error(`${source}: expected an object of settings, such as { "name": "Tin Quảng Ninh" }`);
    for (const [key, value] of Object.entries(file)) {
      if (!(key in SETTING_VARIABLES)) throw new Error(`${source}: unknown setting "${key}"; the settings are ${Object.keys(SETTING_VARIABLES).join(", ")}`);
      if (typeof value !== "string" || value.trim() === "") throw new Error(`${source}: "${key}" must be a non-empty string`);
      settings[key as keyof SiteSettings] = value.trim();
    }
  }
  const given = new Set<string>(file !== undefined ? Object.keys(file as object) : []);
  for (const [key, variable] of Object.entries(SETTING_VARIABLES) as Array<[keyof SiteSettings, string]>) {
    const value = env[variable]?.trim();
    if (!value) continue;
    settings[key] = value;
    given.add(key);
  }
  // A renamed site's description names it, unless one is given.
  if (!given.has("description")) settings.description = vi.defaultSite.description(settings.name);
  if (!/^https?:\/\/[^/\s]+/u.test(settings.url)) throw new Error(`the site's url must be an http(s) origin such as https://tin.example.vn, not "${settings.url}" (${source} "url" or SITE_URL)`);
  settings.url = settings.url.replace(/\/+$/, "");
  settings.basePath = normalBasePath(settings.basePath);
  return settings;
}

/** The settings of the project at `root`: its site.config.json, then the environment. */
export function readSiteSettings(root: string, env: NodeJS.ProcessEnv = process.env): SiteSettings {
  const file = path.join(root, SETTINGS_FILE);
  let parsed: unknown;
  if (existsSync(file)) {
    try {
      parsed = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new Error(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return resolveSiteSettings(parsed, env, file);
}

export const pageSettings = ({ name, tagline, description, url }: SiteSettings): PageSettings => ({ name, tagline, description, url });

/** The web app manifest with the site's name and description (public/manifest.webmanifest holds the rest). */
export function manifestWithSettings(manifest: string, site: SiteSettings): string {
  const parsed = JSON.parse(manifest) as Record<string, unknown>;
  return `${JSON.stringify({ ...parsed, name: site.name, short_name: site.name, description: site.description }, null, 2)}\n`;
}
