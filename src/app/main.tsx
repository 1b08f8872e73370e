/**
 * Browser entry. On a prerendered page (a production build) the HTML is already there and
 * painted: the page's boot script (src/app/boot.ts) loaded this entry after the first paint and
 * preloaded, at the same moment, the code and data that page was rendered from. Load those,
 * then hydrate. In development index.html loads this entry directly; the page is empty and is
 * simply rendered.
 */
import "../styles/app.css";
import { StrictMode, startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { BrowserRouter } from "react-router-dom";
import { App } from "./App";
import { createArticleStore } from "./data/article-store";
import { fetchNewsSource } from "./data/fetch-source";
import { OfflineReading } from "./offline/OfflineReading";
import { preparePage } from "./pages";
import { slugFromPath } from "./paths";

// data/index.json, preloaded by the boot script beside this code. Without it the prerendered
// page stays as it is: complete, readable, just not an app.
const news = await fetchNewsSource(import.meta.env.BASE_URL);
const store = createArticleStore(news);
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

const app = (
  <StrictMode>
    <BrowserRouter basename={import.meta.env.BASE_URL}>
      <App source={news} store={store} />
    </BrowserRouter>
    {/* Offline reading: the service worker, registered after hydration (renders nothing). */}
    {import.meta.env.PROD && "serviceWorker" in navigator ? <OfflineReading base={import.meta.env.BASE_URL} /> : null}
  </StrictMode>
);

/**
 * Hydrates as a transition: React then yields to the browser every few milliseconds instead of
 * holding the main thread for the whole page (one ~20 ms task, 80 ms at Lighthouse's simulated
 * 4× slower CPU). The HTML is already on screen and can be scrolled meanwhile.
 */
const hydrate = (container: HTMLElement) => startTransition(() => void hydrateRoot(container, app));

const pathname = "/" + location.pathname.slice(import.meta.env.BASE_URL.length);
if (root.dataset.status === "404") {
  // The host answered with 404.html, rendered for no address in particular: whatever article
  // this address names does not exist, and the app shows the same not-found page.
  const slug = slugFromPath(pathname);
  if (slug !== null) store.known(slug, null);
  hydrate(root);
} else if (root.firstElementChild) {
  // Hydration must see exactly the code and data the server rendered with, so wait for them
  // (never for long: the boot script preloads both). A failure still hydrates; the page shows it.
  await preparePage(pathname, store, news.homePages).catch(() => null);
  hydrate(root);
} else {
  createRoot(root).render(app);
}
