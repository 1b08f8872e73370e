/**
 * Real images for figures: the dumps lost theirs, but an archive may supply them as
 * `public/images/<id>/<n>.(jpg|png|webp)` for the n-th figure (1-based). Width and height are
 * read from the file so the page reserves the space and nothing shifts as it loads.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import type { Article } from "../content/types.ts";

export const IMAGE_EXTENSIONS = ["jpg", "png", "webp"] as const;

export function attachImages(article: Pick<Article, "id" | "body">, publicDir: string, base = "/"): void {
  // Most archives have no images at all: one look for the article's folder, not three per figure.
  const folder = existsSync(path.join(publicDir, "images", article.id));
  let n = 0;
  for (const block of article.body) {
    if (block.type !== "figure") continue;
    n++;
    // Idempotent: a result from the parse cache may carry an image that has since been removed.
    delete block.src;
    delete block.width;
    delete block.height;
    if (!folder) continue;
    for (const ext of IMAGE_EXTENSIONS) {
      const file = path.join(publicDir, "images", article.id, `${n}.${ext}`);
      if (!existsSync(file)) continue;
      try {
        const { width, height } = imageSize(readFileSync(file));
        if (!width || !height) continue;
        block.src = `${base}images/${encodeURIComponent(article.id)}/${n}.${ext}`;
        block.width = width;
        block.height = height;
      } catch {
        continue; // not an image after all: keep the calm placeholder
      }
      break;
    }
  }
}
