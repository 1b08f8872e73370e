/**
 * Registers the service worker (src/app/offline/sw.ts) and keeps an open page off stale code.
 * Loaded by main.tsx once the page has loaded and the browser is idle, so neither this code, nor
 * sw.js, nor what the worker precaches competes with the page's own first load.
 *
 * When a new version takes over (its worker activates at once), this page still runs the old
 * one, whose lazily loaded files the deploy may have removed: the next link followed or form sent
 * then loads a whole page of the new version, as it would without the app.
 */
export function registerServiceWorker(base: string): void {
  const sw = navigator.serviceWorker;
  let controlled = !!sw.controller;
  sw.addEventListener("controllerchange", () => {
    // The first worker to control a page runs the version the page was loaded with; a later one is new.
    if (controlled) for (const type of ["click", "submit"]) addEventListener(type, leaveApp, true);
    controlled = true;
  });
  sw.register(`${base}sw.js`, { scope: base }).then(
    // A tab left open for days looks for a new version whenever the reader comes back to it.
    (registration) => document.addEventListener("visibilitychange", () => void (document.hidden || registration.update().catch(() => {}))),
    () => {},
  );
}

/** Keeps a link's click or a form's submit from the app (first in the capture phase): the browser loads the page. */
function leaveApp(event: Event): void {
  if (event.type === "submit" || (event.target as Element | null)?.closest?.("a[href]")) event.stopPropagation();
}
