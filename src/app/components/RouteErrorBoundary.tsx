/**
 * Catches what a page throws while rendering (a chunk that failed to load, a bug) and shows a
 * calm message inside the paper's frame instead of a blank screen. It resets when the reader
 * goes elsewhere, so one bad page does not poison the next.
 */
import { Component, type ReactNode } from "react";
import { useLocation } from "react-router-dom";
import type { ArticleSummary } from "../../content/types";
import { RouteErrorPage } from "../pages/RouteErrorPage";

type Props = { latest: readonly ArticleSummary[]; children: ReactNode };

export function RouteErrorBoundary(props: Props) {
  const { pathname } = useLocation();
  return <Boundary key={pathname} {...props} />;
}

class Boundary extends Component<Props, { error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown) {
    if (import.meta.env.DEV) console.error(error);
  }

  override render() {
    return this.state.error ? <RouteErrorPage /> : this.props.children;
  }
}
