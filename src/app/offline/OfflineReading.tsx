/**
 * Offline reading's start (src/app/offline/): rendered last in the app by main.tsx, on built
 * sites only. Its effect runs once the app has hydrated; two seconds after the load event, at an
 * idle moment, it loads register.ts, which registers the service worker. By then the page has its
 * code and data and has hydrated (the page's own content may hydrate a little after this effect),
 * so neither that code, nor sw.js, nor what the worker precaches is part of the page's first load
 * or competes with it (docs/performance.md).
 */
import { useEffect } from "react";

export function OfflineReading({ base }: { base: string }) {
  useEffect(() => {
    const register = () => void import("./register").then((m) => m.registerServiceWorker(base));
    const later = () => setTimeout(() => (window.requestIdleCallback ?? setTimeout)(register), 2000);
    if (document.readyState === "complete") later();
    else addEventListener("load", later, { once: true });
  }, [base]);
  return null;
}
