import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it, vi as vitest } from "vitest";
import { THEME_KEY, currentTheme, setTheme, toggleTheme } from "../../../src/app/preferences/theme";
import { DEFAULT_TEXT_SIZE, TEXT_SIZES, TEXT_SIZE_KEY, setTextSize, stepOf, subscribe, textSize } from "../../../src/app/preferences/text-size";

const root = document.documentElement;
const systemPrefersDark = (dark: boolean) => {
  window.matchMedia = ((query: string) => ({ matches: dark && query.includes("dark"), media: query })) as unknown as typeof window.matchMedia;
};

beforeEach(() => {
  localStorage.clear();
  delete root.dataset.theme;
  delete root.dataset.textSize;
  systemPrefersDark(false);
});

describe("theme", () => {
  it("follows the system until the reader chooses, then remembers the choice", () => {
    systemPrefersDark(true);
    expect(currentTheme()).toBe("dark");
    toggleTheme();
    expect(root.dataset.theme).toBe("light");
    expect(localStorage.getItem(THEME_KEY)).toBe("light");
    setTheme("dark");
    expect(currentTheme()).toBe("dark");
  });
});

describe("text size", () => {
  it("steps within the list, remembers anything but the default, and tells subscribers", () => {
    const heard = vitest.fn();
    const stop = subscribe(heard);
    setTextSize(3);
    expect(root.dataset.textSize).toBe("3");
    expect(localStorage.getItem(TEXT_SIZE_KEY)).toBe("3");
    setTextSize(99);
    expect(textSize()).toBe(TEXT_SIZES.length - 1);
    setTextSize(DEFAULT_TEXT_SIZE);
    expect(root.dataset.textSize).toBeUndefined();
    expect(localStorage.getItem(TEXT_SIZE_KEY)).toBeNull();
    expect(heard).toHaveBeenCalledTimes(3);
    stop();
  });

  it("reads nonsense as the default", () => {
    expect(stepOf("7")).toBe(DEFAULT_TEXT_SIZE);
    expect(stepOf("x")).toBe(DEFAULT_TEXT_SIZE);
    expect(stepOf(null)).toBe(DEFAULT_TEXT_SIZE);
  });

  it("follows a change made in another tab", () => {
    const heard = vitest.fn();
    const stop = subscribe(heard);
    window.dispatchEvent(new StorageEvent("storage", { key: TEXT_SIZE_KEY, newValue: "4" }));
    expect(root.dataset.textSize).toBe("4");
    expect(heard).toHaveBeenCalledOnce();
    stop();
  });
});

/** head.ts as the browser runs it: a classic script (its source is plain JavaScript). */
const runHeadScript = () => new Function(readFileSync("src/app/preferences/head.ts", "utf8"))();

describe("the script in <head> (src/app/preferences/head.ts)", () => {
  it("applies the stored theme and text size before anything else runs", () => {
    localStorage.setItem(THEME_KEY, "dark");
    localStorage.setItem(TEXT_SIZE_KEY, "4");
    runHeadScript();
    expect(root.dataset.theme).toBe("dark");
    expect(root.dataset.textSize).toBe("4");
  });

  it("ignores values it does not know", () => {
    localStorage.setItem(THEME_KEY, "sepia");
    localStorage.setItem(TEXT_SIZE_KEY, "9");
    runHeadScript();
    expect(root.dataset.theme).toBeUndefined();
    expect(root.dataset.textSize).toBeUndefined();
  });

  it("uses the same keys and steps as theme.ts, text-size.ts and the stylesheet", () => {
    const head = readFileSync("src/app/preferences/head.ts", "utf8");
    expect(head).toContain(`"${THEME_KEY}"`);
    expect(head).toContain(`"${TEXT_SIZE_KEY}"`);
    expect(head).toContain(`/^[0-${TEXT_SIZES.length - 1}]$/`);
    const css = readFileSync("src/styles/app.css", "utf8");
    TEXT_SIZES.forEach((scale, step) => {
      if (step === DEFAULT_TEXT_SIZE) return;
      expect(css).toMatch(new RegExp(`\\[data-text-size="${step}"\\] \\{\\s*--reading-scale: ${scale};`));
    });
  });
});
