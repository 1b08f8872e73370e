import { beforeEach, describe, expect, it, vi as mock } from "vitest";
import { RELOAD_WINDOW_MS, isMissingChunk, reloadForMissingChunk } from "../../../src/app/data/stale-chunk";

const missing = new TypeError("Failed to fetch dynamically imported module: https://tin.example/assets/ArticleRoute-old.js");

beforeEach(() => sessionStorage.clear());

describe("isMissingChunk", () => {
  it("recognises Chromium's, Firefox's and Safari's failed import(), and nothing else", () => {
    expect(isMissingChunk(missing)).toBe(true);
    expect(isMissingChunk(new TypeError("error loading dynamically imported module"))).toBe(true);
    expect(isMissingChunk(new TypeError("Importing a module script failed."))).toBe(true);
    expect(isMissingChunk(new Error("Cannot read properties of undefined"))).toBe(false);
  });
});

describe("reloadForMissingChunk", () => {
  it("reloads once for a missing chunk, then not again within the window", () => {
    const reload = mock.fn();
    expect(reloadForMissingChunk(missing, 1_000_000, reload)).toBe(true);
    expect(reloadForMissingChunk(missing, 1_000_000 + 5_000, reload)).toBe(false);
    expect(reload).toHaveBeenCalledOnce();
    // A later deploy, long after: reload again.
    expect(reloadForMissingChunk(missing, 1_000_000 + RELOAD_WINDOW_MS + 1, reload)).toBe(true);
  });

  it("never reloads for a bug, or offline, where a reload cannot help", () => {
    const reload = mock.fn();
    expect(reloadForMissingChunk(new Error("a bug"), Date.now(), reload)).toBe(false);
    const onLine = mock.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    expect(reloadForMissingChunk(missing, Date.now(), reload)).toBe(false);
    onLine.mockRestore();
    expect(reload).not.toHaveBeenCalled();
  });
});
