/** What a reader sees when a page fails to load or render: what happened and a way home. */
import { vi } from "../../i18n/vi";
import { NoticePage } from "../components/NoticePage";

export function RouteErrorPage() {
  return <NoticePage id="error-title" className="route-error" title={vi.error.title} body={vi.error.body} />;
}
