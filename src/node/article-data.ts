/**
 * An article's data file made where its page is rendered: a build of 100,000 articles hands
 * each render worker the article's record, its neighbours and where its body is, and the worker
 * reads the body, writes the data file and renders the page from the same object, so the main
 * thread never holds a body or a page's JSON, and no data file is written by one thread to be
 * read back by another. The same code runs in the main thread for a small site.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { articleOf } from "../content/records.ts";
import type { ArticlePage, ArticleRecord, ArticleSummary } from "../content/types.ts";
import type { TopicLink } from "../content/topic-index.ts";
import { BodyFiles, extractPart } from "./body-files.ts";
import { withImages } from "../content/enrich.ts";
import { imageLookup } from "./images.ts";
import { writeIfChanged } from "./output.ts";

/** A digest of a data file's bytes: in the page's fingerprint (prerender.ts) and the next build's keys. */
export const dataDigest = (data: string): string => createHash("sha1").update(data).digest("hex").slice(0, 16);

/** Where an article's body is: its dump (for a reparse), the hash its body file is stamped with, its id (for its images). */
export type BodySource = { path: string; label: string; hash: string; id: string };

/** What an article's page is made of: the page itself when the caller holds it, else its parts and where its body is. */
export type ArticleParts =
  | { page: ArticlePage }
  | { record: ArticleRecord; related: ArticleSummary[]; previous: ArticleSummary | null; next: ArticleSummary | null; topics?: TopicLink[]; source: BodySource };

/** An article's data file for the renderer: its name under outDir, and, when it is to be made now, its parts. */
export type ArticleSource = { name: string; build?: ArticleParts };

/** Where bodies and images are, for a thread that reads them itself. */
export type BodyContext = { outDir: string; bodies: string | null; publicDir: string | null; base: string };

/** The article's page: as given, or its record joined with its body read from disk (images attached, as SeedStore.body does). */
export function pageOf(parts: ArticleParts, context: BodyContext, bodies = context.bodies ? new BodyFiles(context.bodies) : null): ArticlePage {
  if ("page" in parts) return parts.page;
  const { source } = parts;
  const body = extractPart(bodies, "body", source);
  const images = context.publicDir ? imageLookup(context.publicDir, context.base) : undefined;
  const withTheirImages = { ...body, body: withImages(body.body, source.id, images) };
  // The keys in corpus.page()'s order: the same object makes the same bytes.
  return { article: articleOf(parts.record, withTheirImages), related: parts.related, previous: parts.previous, next: parts.next, ...(parts.topics ? { topics: parts.topics } : {}) };
}

/**
 * The article's page for rendering: read from its data file when it is not to be made now;
 * otherwise made, and written when its bytes changed. `digest`: of the file made (none when read).
 */
export function articlePage(source: ArticleSource, context: BodyContext, bodies?: BodyFiles | null): { page: ArticlePage; digest?: string } {
  if (!source.build) return { page: JSON.parse(readFileSync(path.join(context.outDir, source.name), "utf8")) as ArticlePage };
  const page = pageOf(source.build, context, bodies);
  const json = JSON.stringify(page);
  writeIfChanged(context.outDir, source.name, json);
  return { page, digest: dataDigest(json) };
}
