/**
 * "Chia sẻ": the system share sheet where the browser has one (phones), otherwise the link is
 * copied and the page says so ("Đã sao chép liên kết") for a few seconds.
 */
import { useEffect, useState } from "react";
import { vi } from "../../../i18n/vi";

const SHOWN_MS = 4000;

export function ShareButton({ title }: { title: string }) {
  const [message, setMessage] = useState("");
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(""), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [message]);

  async function share() {
    const url = location.href.split("#")[0]!;
    if (typeof navigator.share === "function") {
      try {
        await navigator.share({ title, url });
      } catch {
        // Dismissed by the reader, or refused: nothing to report.
      }
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setMessage(vi.tools.copied);
    } catch {
      setMessage(vi.tools.copyFailed);
    }
  }

  return (
    <>
      <button type="button" className="tool-button" onClick={() => void share()}>
        {vi.tools.share}
      </button>
      <span className="tool-status" role="status">
        {message}
      </span>
    </>
  );
}
