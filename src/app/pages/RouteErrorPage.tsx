/** What a reader sees when a page fails to load or render: what happened and a way home. */
import { vi } from "../../i18n/vi";
import { NoticePage } from "../components/NoticePage";

export function RouteErrorPage({ onRetry }: { onRetry?: () => void }) {
  // Offline, a page fails because its code or data was never saved on this device: say so.
  const { title, body } = globalThis.navigator?.onLine === false ? vi.offline : vi.error;
  return (
    <NoticePage id="error-title" className="route-error" title={title} body={body}>
      {onRetry ? (
        <p>
          <button type="button" className="tool-button" onClick={onRetry}>
            {vi.error.retry}
          </button>
        </p>
      ) : null}
    </NoticePage>
  );
}
