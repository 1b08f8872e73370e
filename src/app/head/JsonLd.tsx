/**
 * A JSON-LD block: the one place the app sets HTML it did not build from elements
 * (dangerouslySetInnerHTML), and only JSON serialised by serializeJsonLd, where "<" is escaped so
 * no text can close the tag. Search engines read it where it is rendered.
 */
import { serializeJsonLd } from "./json-ld";

export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
