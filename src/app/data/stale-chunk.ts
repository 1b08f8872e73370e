/**
 * A code or data chunk that fails to load while the browser is online almost always means the
 * site was deployed again: the page still names the old build's files, which are gone. The cure
 * is the new HTML, so the page reloads — once: a second failure within a short while is a real
 * fault, and the error page with its "Thử lại" shows instead of a reload loop.
 */
const KEY = "tin-hai-ha:reloaded-for-missing-chunk";
/** Within this long of a reload, another missing chunk is not a deploy but a fault. */
export const RELOAD_WINDOW_MS = 30_000;

/** Chromium, Firefox and Safari's words for an `import()` that could not fetch its module. */
export function isMissingChunk(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module/i.test(message);
}

/** Reloads the page for a missing chunk unless offline or just reloaded; true if it did. */
export function reloadForMissingChunk(error: unknown, now = Date.now(), reload = () => location.reload()): boolean {
  if (!isMissingChunk(error) || globalThis.navigator?.onLine === false) return false;
  try {
    const last = Number(sessionStorage.getItem(KEY));
    if (last && now - last < RELOAD_WINDOW_MS) return false;
    sessionStorage.setItem(KEY, String(now));
  } catch {
    return false; // without storage we could not tell a loop from a deploy
  }
  reload();
  return true;
}
