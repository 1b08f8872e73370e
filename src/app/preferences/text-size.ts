/**
 * The reader's text size: one of a few steps. The <html> element's data-text-size is the live
 * state (head.ts sets it from storage before the first paint; app.css maps each step to
 * --reading-scale) and localStorage remembers it. Components subscribe with
 * useSyncExternalStore; another tab's change is followed too.
 */
import { remember } from "./storage";

export const TEXT_SIZE_KEY = "tin-hai-ha:text-size";

/** Steps as a share of the design's size (app.css has the same list); index 1 is the default. */
export const TEXT_SIZES = [0.9, 1, 1.125, 1.25, 1.4] as const;
export const DEFAULT_TEXT_SIZE = 1;

const listeners = new Set<() => void>();

/** A stored or attribute value as a step, or the default when it is not one. */
export function stepOf(value: string | null | undefined): number {
  const step = Number(value ?? DEFAULT_TEXT_SIZE);
  return Number.isInteger(step) && step >= 0 && step < TEXT_SIZES.length ? step : DEFAULT_TEXT_SIZE;
}

export function textSize(): number {
  return stepOf(document.documentElement.dataset.textSize);
}

function apply(step: number): void {
  if (step === DEFAULT_TEXT_SIZE) delete document.documentElement.dataset.textSize;
  else document.documentElement.dataset.textSize = String(step);
}

export function setTextSize(step: number): void {
  const clamped = Math.min(TEXT_SIZES.length - 1, Math.max(0, step));
  apply(clamped);
  remember(TEXT_SIZE_KEY, clamped === DEFAULT_TEXT_SIZE ? null : String(clamped));
  listeners.forEach((listener) => listener());
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const fromOtherTab = (event: StorageEvent) => {
    if (event.key !== TEXT_SIZE_KEY) return;
    apply(stepOf(event.newValue));
    listener();
  };
  window.addEventListener("storage", fromOtherTab);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", fromOtherTab);
  };
}
