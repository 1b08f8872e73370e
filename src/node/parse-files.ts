/** The parse command's work, apart from its argv and exit-code handling so tests can call it. */
import { readFileSync } from "node:fs";
import { parseArticle } from "../content/parse.ts";
import { assignSlugs } from "../content/slug.ts";
import type { ParseResult } from "../content/types.ts";

export function parseFiles(files: readonly string[]): ParseResult[] {
  const results = files.map((file): ParseResult => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      const message = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a dump" : `could not be read (${code})`;
      return { file, article: null, problems: [{ file, line: 1, severity: "error", message }] };
    }
    return parseArticle(file, bytes);
  });
  const articles = results.flatMap((r) => (r.article ? [r.article] : []));
  const slugs = assignSlugs(articles);
  for (const a of articles) a.slug = slugs.get(a.id)!;
  return results;
}
