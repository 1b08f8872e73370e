/**
 * The colour theme: the system's, unless the reader chose one. The <html> element's
 * data-theme is the live state (head.ts sets it from storage before the first paint; the
 * palette in app.css reads it) and localStorage remembers it.
 */
import { remember } from "./storage";

export const THEME_KEY = "tin-hai-ha:theme";

export type Theme = "light" | "dark";

/** The theme the page shows: the reader's choice, else the system's. */
export function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === "light" || chosen === "dark") return chosen;
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

export function setTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  remember(THEME_KEY, theme);
}

export function toggleTheme(): void {
  setTheme(currentTheme() === "dark" ? "light" : "dark");
}
