/**
 * What a reader sees offline on a page that was never saved: the route error page says it when
 * the browser is offline (a link followed in the app), and offline.html — which the service worker
 * answers with for a page it does not have (src/app/offline/sw.ts) — is this page in the paper's
 * frame, prerendered with an empty list of saved articles that the worker fills in.
 */
import type { ReactNode } from "react";
import { vi } from "../../i18n/vi";
import { NoticePage } from "../components/NoticePage";
import { SAVED_LIST } from "./pages";

export function OfflinePage({ children }: { children?: ReactNode }) {
  return (
    <NoticePage id="offline-title" className="route-error offline" title={vi.offline.title} body={vi.offline.body}>
      {children}
    </NoticePage>
  );
}

/** offline.html's list of the articles read before: hidden and empty until the service worker fills it. */
export function SavedPages() {
  return (
    <div hidden {...{ [SAVED_LIST]: "" }}>
      <h2 className="section-heading">{vi.offline.saved}</h2>
      <ul className="story-list"></ul>
    </div>
  );
}
