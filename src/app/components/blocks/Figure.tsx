/**
 * A news photo. With its image (an archive's `public/images`), the image at its own ratio, width
 * and height set. The dumps lost most images, so a figure without `src` reads as a caption card:
 * a small camera mark beside the caption — "a photo was here, and this is what it showed" — not
 * an empty box a page tall. The mark gives screen readers the alt text (role="img") when the alt
 * says something the caption does not; else it is decoration and the caption speaks. The caption
 * starts with a visually hidden "Chú thích ảnh:" so a listener knows what they are hearing, and
 * the credit is its own, smaller span.
 */
import type { FigureBlock } from "../../../content/types";
import { vi } from "../../../i18n/vi";

export function Figure({ block }: { block: FigureBlock }) {
  const card = !block.src;
  // The alt is worth hearing when it is not the caption again (a lone caption's alt is its caption).
  const altSaysMore = block.alt.trim() !== "" && block.alt !== block.caption;
  return (
    <figure className={card ? "news-figure figure-card" : "news-figure"}>
      {block.src ? (
        <img
          src={block.src}
          alt={block.alt}
          width={block.width}
          height={block.height}
          loading="lazy"
          decoding="async"
        />
      ) : altSaysMore ? (
        <div className="figure-mark" role="img" aria-label={block.alt}>
          <CameraMark />
        </div>
      ) : (
        <div className="figure-mark" aria-hidden="true">
          <CameraMark />
        </div>
      )}
      <figcaption>
        <span className="sr-only">{vi.captionPrefix} </span>
        {block.caption}
        {block.credit ? (
          <>
            {" "}
            <span className="figure-credit">
              {vi.photoCredit} {block.credit}
            </span>
          </>
        ) : null}
      </figcaption>
    </figure>
  );
}

function CameraMark() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinejoin="round"
    >
      <path d="M3 8.5A1.5 1.5 0 0 1 4.5 7h2.6l1.6-2.2h6.6L16.9 7h2.6A1.5 1.5 0 0 1 21 8.5v9a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 17.5z" />
      <circle cx="12" cy="12.8" r="3.6" />
    </svg>
  );
}
