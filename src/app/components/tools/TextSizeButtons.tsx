/**
 * "Giảm cỡ chữ" / "Tăng cỡ chữ": a step down or up through TEXT_SIZES, remembered. At either
 * end the button stays focusable but says it is unavailable (aria-disabled), so a keyboard
 * user pressing it repeatedly is not thrown out of the toolbar.
 */
import { useState, useSyncExternalStore } from "react";
import { vi } from "../../../i18n/vi";
import { DEFAULT_TEXT_SIZE, TEXT_SIZES, setTextSize, subscribe, textSize } from "../../preferences/text-size";

export function TextSizeButtons() {
  // The server knows no reader's choice: it renders the default, and hydration catches up.
  const step = useSyncExternalStore(subscribe, textSize, () => DEFAULT_TEXT_SIZE);
  const [changed, setChanged] = useState(false);
  const last = TEXT_SIZES.length - 1;
  const go = (to: number) => {
    if (to < 0 || to > last) return;
    setTextSize(to);
    setChanged(true);
  };
  return (
    <>
      <button type="button" className="tool-button" aria-disabled={step === 0} title={vi.tools.smaller} onClick={() => go(step - 1)}>
        <span aria-hidden="true">A−</span>
        <span className="sr-only">{vi.tools.smaller}</span>
      </button>
      <button type="button" className="tool-button" aria-disabled={step === last} title={vi.tools.larger} onClick={() => go(step + 1)}>
        <span aria-hidden="true">A+</span>
        <span className="sr-only">{vi.tools.larger}</span>
      </button>
      <span className="sr-only" role="status">
        {changed ? vi.tools.textSize(Math.round(TEXT_SIZES[step]! * 100)) : ""}
      </span>
    </>
  );
}
