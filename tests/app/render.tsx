/** Renders the real route table at a path, in a memory router, over a fake NewsSource. */
import { render } from "@testing-library/react";
import { RouterProvider, createMemoryRouter } from "react-router-dom";
import { createRoutes } from "../../src/app/routes";
import type { NewsSource } from "../../src/app/data/news-source";
import { fakeSource } from "./fixtures";

export function renderAt(path: string, source: NewsSource = fakeSource()) {
  const router = createMemoryRouter(createRoutes(source), { initialEntries: [path] });
  return { router, ...render(<RouterProvider router={router} />) };
}
