/**
 * Slugs: ASCII, lower case, hyphenated, from the title. Unique in the corpus and stable: when
 * titles collide, the file with the smallest id keeps the plain slug and every other one gets a
 * suffix derived from its own id — never a counter, so adding files does not renumber others.
 */
import { fold } from "./fold.ts";

export const SLUG_MAX = 80;
export const FALLBACK_SLUG = "bai-viet";

export function slugify(text: string, max = SLUG_MAX): string {
  const slug = fold(text).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const hyphen = cut.lastIndexOf("-");
  return (hyphen > 0 ? cut.slice(0, hyphen) : slug.slice(0, max)).replace(/-+$/, "");
}

/** FNV-1a, 32 bits, of a string's UTF-16 units: an unsigned integer. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** FNV-1a in base 36: a short suffix that depends on the id alone. */
export function shortHash(text: string): string {
  return fnv1a(text).toString(36).padStart(7, "0");
}

/** `slug`, when given, is the title's own slug (parse.ts sets it so): not computed again. */
export type Sluggable = { id: string; title: string; slug?: string };

/** id → unique slug, the same whatever order the entries come in. */
export function assignSlugs(entries: readonly Sluggable[]): Map<string, string> {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const bases = new Map<string, string>();
  for (const e of sorted) bases.set(e.id, e.slug || slugify(e.title) || slugify(e.id) || FALLBACK_SLUG);

  const result = new Map<string, string>();
  const taken = new Set<string>();
  const losers: Sluggable[] = [];
  for (const e of sorted) {
    const base = bases.get(e.id)!;
    if (taken.has(base)) losers.push(e);
    else {
      taken.add(base);
      result.set(e.id, base);
    }
  }
  // Every plain slug is placed first, so a suffixed one can never take a later file's plain slug.
  for (const e of losers) {
    const base = bases.get(e.id)!;
    let slug = `${base}-${shortHash(e.id)}`;
    if (taken.has(slug)) slug = `${base}-${slugify(e.id, 200) || shortHash(e.id + "#")}`;
    for (let k = 2; taken.has(slug); k++) slug = `${base}-${shortHash(`${e.id}#${k}`)}`;
    taken.add(slug);
    result.set(e.id, slug);
  }
  return result;
}
