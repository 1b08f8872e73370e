/**
 * The reader's theme and text size, applied in <head> before the first paint, so a reader who
 * chose dark mode or larger text never sees the page flash the other way. A classic script
 * with no imports (the build emits it alone, like boot.ts): it runs before the stylesheet
 * applies and before the app exists. theme.ts and text-size.ts hold the same keys and values; a test
 * keeps the two in step.
 */
try {
  const root = document.documentElement;
  const theme = localStorage.getItem("tin-hai-ha:theme");
  if (theme === "light" || theme === "dark") root.dataset.theme = theme;
  const size = localStorage.getItem("tin-hai-ha:text-size");
  if (size !== null && /^[0-4]$/.test(size)) root.dataset.textSize = size;
} catch {
  // Storage blocked (private mode, policy): the defaults stand.
}
