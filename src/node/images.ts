/**
 * Real images for figures: the dumps lost theirs, but an archive may supply them as
 * `public/images/<id>/<n>.(jpg|png|webp)` for the n-th figure (1-based). Width and height are
 * read from the file so the page reserves the space and nothing shifts as it loads. This is the
 * lookup the Node side hands to enrichment (content/enrich.ts `imageStep`, `withImages`): the
 * content core reads no files.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import type { ImageLookup } from "../content/enrich.ts";

export const IMAGE_EXTENSIONS = ["jpg", "png", "webp"] as const;

export function imageLookup(publicDir: string, base = "/"): ImageLookup {
  // Most archives have no images at all: one look for an article's folder, not three per figure
  // (its figures are asked for one after another).
  let lastId: string | undefined;
  let hasFolder = false;
  return (id, n) => {
    if (id !== lastId) {
      lastId = id;
      hasFolder = existsSync(path.join(publicDir, "images", id));
    }
    if (!hasFolder) return null;
    for (const ext of IMAGE_EXTENSIONS) {
      const file = path.join(publicDir, "images", id, `${n}.${ext}`);
      if (!existsSync(file)) continue;
      try {
        const { width, height } = imageSize(readFileSync(file));
        if (!width || !height) continue;
        return { src: `${base}images/${encodeURIComponent(id)}/${n}.${ext}`, width, height };
      } catch {
        continue; // not an image after all: keep the calm placeholder
      }
    }
    return null;
  };
}
