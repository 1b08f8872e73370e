import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi as vitest } from "vitest";
import { ThemeToggle } from "../../../../src/app/components/ThemeToggle";
import { ListenButton, spokenParts } from "../../../../src/app/components/tools/ListenButton";
import { ShareButton } from "../../../../src/app/components/tools/ShareButton";
import { TextSizeButtons } from "../../../../src/app/components/tools/TextSizeButtons";
import { seedArticle } from "../../fixtures";

const root = document.documentElement;

beforeEach(() => {
  localStorage.clear();
  delete root.dataset.theme;
  delete root.dataset.textSize;
  window.matchMedia = ((query: string) => ({ matches: false, media: query })) as unknown as typeof window.matchMedia;
});
afterEach(() => {
  vitest.unstubAllGlobals();
  vitest.useRealTimers();
});

describe("TextSizeButtons", () => {
  it("makes the text larger and smaller a step at a time, says so, and remembers it", () => {
    render(<TextSizeButtons />);
    fireEvent.click(screen.getByRole("button", { name: "Tăng cỡ chữ" }));
    expect(root.dataset.textSize).toBe("2");
    expect(localStorage.getItem("tin-hai-ha:text-size")).toBe("2");
    expect(screen.getByRole("status")).toHaveTextContent("Cỡ chữ 113%");
    fireEvent.click(screen.getByRole("button", { name: "Giảm cỡ chữ" }));
    fireEvent.click(screen.getByRole("button", { name: "Giảm cỡ chữ" }));
    expect(root.dataset.textSize).toBe("0");
    expect(screen.getByRole("status")).toHaveTextContent("Cỡ chữ 90%");
  });

  it("says a button is unavailable at either end, and keeps it focusable", () => {
    root.dataset.textSize = "4";
    render(<TextSizeButtons />);
    const larger = screen.getByRole("button", { name: "Tăng cỡ chữ" });
    expect(larger).toHaveAttribute("aria-disabled", "true");
    expect(larger).not.toBeDisabled();
    fireEvent.click(larger);
    expect(root.dataset.textSize).toBe("4");
    expect(screen.getByRole("button", { name: "Giảm cỡ chữ" })).toHaveAttribute("aria-disabled", "false");
  });
});

describe("ThemeToggle", () => {
  it("switches to the other theme than the one showing and remembers it", () => {
    render(<ThemeToggle />);
    const button = screen.getByRole("button", { name: /Chế độ tối/ });
    fireEvent.click(button);
    expect(root.dataset.theme).toBe("dark");
    expect(localStorage.getItem("tin-hai-ha:theme")).toBe("dark");
    fireEvent.click(button);
    expect(root.dataset.theme).toBe("light");
  });
});

describe("ShareButton", () => {
  it("opens the system share sheet with the headline and the address where there is one", async () => {
    const share = vitest.fn(() => Promise.resolve());
    vitest.stubGlobal("navigator", { ...navigator, share });
    render(<ShareButton title="Tiêu đề" />);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Chia sẻ" })));
    expect(share).toHaveBeenCalledWith({ title: "Tiêu đề", url: location.href });
    expect(screen.getByRole("status")).toHaveTextContent("");
  });

  it("otherwise copies the link and says so for a few seconds", async () => {
    vitest.useFakeTimers();
    const writeText = vitest.fn(() => Promise.resolve());
    vitest.stubGlobal("navigator", { ...navigator, share: undefined, clipboard: { writeText } });
    render(<ShareButton title="Tiêu đề" />);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Chia sẻ" })));
    expect(writeText).toHaveBeenCalledWith(location.href);
    expect(screen.getByRole("status")).toHaveTextContent("Đã sao chép liên kết");
    await act(async () => vitest.advanceTimersByTime(5000));
    expect(screen.getByRole("status")).toHaveTextContent("");
  });

  it("says when the link could not be copied", async () => {
    vitest.stubGlobal("navigator", { ...navigator, share: undefined, clipboard: { writeText: () => Promise.reject(new Error("denied")) } });
    render(<ShareButton title="Tiêu đề" />);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Chia sẻ" })));
    expect(screen.getByRole("status")).toHaveTextContent("Không sao chép được");
  });
});

describe("ListenButton", () => {
  class Utterance {
    lang = "";
    voice: unknown = null;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(public text: string) {}
  }
  const synth = (voices: Array<{ lang: string; name: string }>) => ({
    getVoices: () => voices,
    speak: vitest.fn(),
    cancel: vitest.fn(),
    addEventListener: vitest.fn(),
    removeEventListener: vitest.fn(),
  });

  it("is absent where the browser has no Vietnamese voice", () => {
    vitest.stubGlobal("speechSynthesis", synth([{ lang: "en-US", name: "English" }]));
    render(<ListenButton article={seedArticle} />);
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("reads the article in vi-VN, part by part, and stops on a second press", () => {
    const engine = synth([{ lang: "en-US", name: "English" }, { lang: "vi-VN", name: "Linh" }]);
    vitest.stubGlobal("speechSynthesis", engine);
    vitest.stubGlobal("SpeechSynthesisUtterance", Utterance);
    render(<ListenButton article={seedArticle} />);
    fireEvent.click(screen.getByRole("button", { name: "Nghe bài viết" }));
    const spoken = engine.speak.mock.calls.map(([u]) => u as Utterance);
    expect(spoken.map((u) => u.text)).toEqual(spokenParts(seedArticle));
    expect(spoken[0]!.text).toBe(seedArticle.title);
    expect(spoken.every((u) => u.lang === "vi-VN" && (u.voice as { name: string }).name === "Linh")).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Dừng đọc" }));
    expect(engine.cancel).toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Nghe bài viết" })).toBeInTheDocument();
  });
});
