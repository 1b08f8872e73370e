/**
 * "Nghe bài viết": the article read aloud by the browser's speech synthesis in a Vietnamese
 * voice, block by block (one long utterance is cut off by some engines). Rendered only where
 * such a voice exists; voices arrive asynchronously, so the button appears once they do.
 */
import { useEffect, useState } from "react";
import { readableTexts } from "../../../content/readable-text";
import type { Article } from "../../../content/types";
import { vi } from "../../../i18n/vi";

const isVietnamese = (voice: SpeechSynthesisVoice) => /^vi([-_]|$)/i.test(voice.lang);

/** What is read: headline, sapo, then paragraphs and captions in order. */
export function spokenParts(article: Article): string[] {
  const parts = [article.title, article.lead ?? "", ...readableTexts(article.body), article.byline ?? ""];
  return parts.filter((text) => text.trim() !== "");
}

export function ListenButton({ article }: { article: Article }) {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    const synth = typeof window === "undefined" ? undefined : window.speechSynthesis;
    if (!synth) return;
    const pick = () => setVoice(synth.getVoices().find(isVietnamese) ?? null);
    pick();
    synth.addEventListener("voiceschanged", pick);
    return () => synth.removeEventListener("voiceschanged", pick);
  }, []);

  // Leaving the article (or another article opening in its place) stops the reading.
  useEffect(() => {
    if (!speaking) return;
    return () => window.speechSynthesis.cancel();
  }, [speaking, article.id]);

  if (!voice) return null;

  function toggle() {
    const synth = window.speechSynthesis;
    synth.cancel();
    if (speaking) {
      setSpeaking(false);
      return;
    }
    const parts = spokenParts(article);
    parts.forEach((text, i) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = "vi-VN";
      utterance.voice = voice;
      if (i === parts.length - 1) utterance.onend = () => setSpeaking(false);
      utterance.onerror = () => setSpeaking(false);
      synth.speak(utterance);
    });
    setSpeaking(true);
  }

  return (
    <button type="button" className="tool-button" onClick={toggle}>
      {speaking ? vi.tools.stopListening : vi.tools.listen}
    </button>
  );
}
