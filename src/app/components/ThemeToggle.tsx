/**
 * "Chế độ tối" / "Chế độ sáng" in the masthead. Stateless on purpose: which label shows is
 * decided by CSS from the same facts the colours use (the reader's choice on <html>, else the
 * system's preference), so the prerendered button is right before any script runs and the
 * label never flips during hydration.
 */
import { vi } from "../../i18n/vi";
import { toggleTheme } from "../preferences/theme";

export function ThemeToggle() {
  return (
    <button type="button" className="theme-toggle tool-button" onClick={toggleTheme}>
      <span className="theme-to-dark">{vi.tools.toDark}</span>
      <span className="theme-to-light">{vi.tools.toLight}</span>
    </button>
  );
}
