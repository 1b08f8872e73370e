/**
 * Setup for the jsdom tests (tests/app, tests/i18n): jest-dom matchers, a clean DOM between
 * tests (vitest runs without globals, so Testing Library cannot register cleanup itself), and
 * the one browser API jsdom lacks that the router's ScrollRestoration calls.
 */
import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

afterEach(() => {
  cleanup();
  document.head.querySelectorAll("title").forEach((t) => t.remove());
});

window.scrollTo = () => {};
