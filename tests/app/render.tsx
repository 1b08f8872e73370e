/** Renders the real app at a path, in a memory router, over a fake NewsSource. */
import { act, render, type RenderResult } from "@testing-library/react";
import { MemoryRouter, useLocation } from "react-router-dom";
import { App } from "../../src/app/App";
import { createArticleStore } from "../../src/app/data/article-store";
import type { NewsSource } from "../../src/app/data/news-source";
import { fakeSource } from "./fixtures";

/** Awaited: an article page suspends while its data loads, and React resolves that inside act. */
export async function renderAt(path: string, source: NewsSource = fakeSource()) {
  const where = { pathname: path };
  function LocationProbe() {
    where.pathname = useLocation().pathname;
    return null;
  }
  const store = createArticleStore(source);
  let view!: RenderResult;
  await act(async () => {
    view = render(
      <MemoryRouter initialEntries={[path]}>
        <App source={source} store={store} />
        <LocationProbe />
      </MemoryRouter>,
    );
  });
  return { ...view, store, pathname: () => where.pathname };
}
