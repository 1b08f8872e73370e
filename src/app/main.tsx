/** Browser entry: the real corpus from the Vite plugin, the data router, into #root. */
import "../styles/app.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider, createBrowserRouter } from "react-router-dom";
import * as news from "virtual:news-index";
import { createRoutes } from "./routes";

const router = createBrowserRouter(createRoutes(news));

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    {/* The router changes the URL before React renders the new page. Outside a transition that
        render is one uninterrupted task, so the address and the page never disagree for long
        (a transition may be time-sliced over many frames). Nothing here suspends, so nothing
        is lost by not using transitions. */}
    <RouterProvider router={router} useTransitions={false} />
  </StrictMode>,
);
