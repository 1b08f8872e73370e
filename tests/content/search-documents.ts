/** Search documents for the search tests: a slug and the fields a test cares about, the rest empty. */
import type { SearchDocument } from "../../src/content/search";

export const doc = (slug: string, fields: Partial<SearchDocument>): SearchDocument => ({
  slug,
  title: "",
  lead: "",
  body: "",
  dateline: null,
  publishedAt: null,
  hasTime: false,
  excerpt: null,
  ...fields,
});
