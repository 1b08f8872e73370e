/**
 * Catches what a page throws while rendering (a chunk that failed to load, a bug) and shows a
 * calm message inside the paper's frame, with "Thử lại", instead of a blank screen. A missing
 * chunk after a new deploy reloads the page once (stale-chunk.ts). It resets when the reader
 * goes elsewhere, so one bad page does not poison the next.
 */
import { Component, type ReactNode } from "react";
import { useLocation } from "react-router-dom";
import type { ArticleSummary } from "../../content/types";
import { RouteErrorPage } from "../pages/RouteErrorPage";
import { useArticleStore } from "../data/article-store";
import { reloadForMissingChunk } from "../data/stale-chunk";
import { retryFailedPages } from "../pages/lazy-page";

type Props = { latest: readonly ArticleSummary[]; children: ReactNode };

export function RouteErrorBoundary(props: Props) {
  const { pathname } = useLocation();
  const store = useArticleStore();
  const retry = () => {
    store.retryFailed();
    retryFailedPages();
  };
  return <Boundary key={pathname} {...props} onRetry={retry} />;
}

class Boundary extends Component<Props & { onRetry: () => void }, { error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown) {
    if (import.meta.env.DEV) console.error(error);
    reloadForMissingChunk(error);
  }

  retry = () => {
    // Failed loads are forgotten (a page's code retries by itself), then the page renders again.
    this.props.onRetry();
    this.setState({ error: null });
  };

  override render() {
    return this.state.error ? <RouteErrorPage onRetry={this.retry} /> : this.props.children;
  }
}
