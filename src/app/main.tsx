/**
 * Browser entry. On a prerendered page (a production build) the HTML is already there: load
 * the data that page was rendered from — its chunk is preloaded by the HTML — then hydrate.
 * In development the page is empty and is simply rendered.
 */
import "../styles/app.css";
import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { BrowserRouter } from "react-router-dom";
import * as news from "virtual:news-index";
import { App } from "./App";
import { createArticleStore } from "./data/article-store";
import { slugFromPath } from "./paths";

const store = createArticleStore(news);
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

const app = (
  <StrictMode>
    <BrowserRouter basename={import.meta.env.BASE_URL}>
      <App source={news} store={store} />
    </BrowserRouter>
  </StrictMode>
);

if (root.firstElementChild) {
  const base = import.meta.env.BASE_URL;
  const slug = slugFromPath("/" + location.pathname.slice(base.length));
  // Hydration must see exactly the data the server rendered, so wait for it (never for long:
  // the chunk was preloaded with the HTML). A failure still hydrates; the page shows the error.
  if (slug !== null) await store.load(slug).catch(() => null);
  hydrateRoot(root, app);
} else {
  createRoot(root).render(app);
}
