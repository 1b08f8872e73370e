/**
 * Enrichment: from what a dump says (parse.ts `readDump`) to the complete Article a page shows,
 * as an ordered list of small pure steps. Each step returns a new draft and never changes the
 * one it is given, so a cached parse can be enriched again (with other images) safely.
 *
 *   pull quotes (attributed speech) ▸ slug (the title's; the corpus makes it unique) ▸ reading
 *   time ▸ images (from a lookup the Node side hands in: the content core reads no files)
 */
import type { Article, Block, FigureBlock, ParsedDump } from "./types.ts";
import { withPullQuotes } from "./pullquotes.ts";
import { readingMinutes } from "./reading-time.ts";
import { slugify } from "./slug.ts";

/** The image an archive supplies for an article's n-th figure (1-based), or null. */
export type FigureImage = { src: string; width: number; height: number };
export type ImageLookup = (id: string, figure: number) => FigureImage | null;

/** What the steps may be handed from outside the content core. */
export type EnrichContext = { images?: ImageLookup };

/** An article on its way: the dump's fields, plus whatever the steps so far have added. */
export type Draft = ParsedDump & Partial<Pick<Article, "slug" | "readingMinutes">>;

export type EnrichStep = { name: string; run: (draft: Draft, context: EnrichContext) => Draft };

export const pullQuoteStep: EnrichStep = {
  name: "pull quotes",
  run: (draft) => ({ ...draft, body: withPullQuotes(draft.body) }),
};

/** The title's own slug; a corpus makes it unique (slug.ts assignSlugs). */
export const slugStep: EnrichStep = {
  name: "slug",
  run: (draft) => ({ ...draft, slug: slugify(draft.title) }),
};

export const readingTimeStep: EnrichStep = {
  name: "reading time",
  run: (draft) => ({ ...draft, readingMinutes: readingMinutes(draft) }),
};

/** Each figure's image from the lookup, or none: a figure keeps no image the lookup no longer has. */
export function withImages(body: readonly Block[], id: string, lookup: ImageLookup | undefined): Block[] {
  let n = 0;
  let changed = false;
  const out = body.map((block): Block => {
    if (block.type !== "figure") return block;
    n++;
    const image = lookup?.(id, n) ?? null;
    const { src: _src, width: _width, height: _height, ...figure } = block;
    const next: FigureBlock = image ? { ...figure, ...image } : figure;
    if (next.src !== block.src || next.width !== block.width || next.height !== block.height) changed = true;
    return next;
  });
  return changed ? out : (body as Block[]);
}

export const imageStep: EnrichStep = {
  name: "images",
  run: (draft, { images }) => ({ ...draft, body: withImages(draft.body, draft.id, images) }),
};

/** In order: the reading time counts what the steps before it add (pull quotes add none). */
export const ENRICH_STEPS: readonly EnrichStep[] = [pullQuoteStep, slugStep, readingTimeStep, imageStep];

export function enrich(dump: ParsedDump, context: EnrichContext = {}, steps: readonly EnrichStep[] = ENRICH_STEPS): Article {
  let draft: Draft = dump;
  for (const step of steps) draft = step.run(draft, context);
  const { id, slug, readingMinutes: minutes, ...rest } = draft;
  if (slug === undefined || minutes === undefined) throw new Error("enrich: the slug and reading-time steps must run");
  // id and slug lead, as in the contract's listing; the rest in the order the dump gave them.
  return { id, slug, ...rest, readingMinutes: minutes };
}
