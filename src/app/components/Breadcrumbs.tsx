/**
 * The trail above a page — Trang chủ › Lưu trữ › Tháng 3/2020 — as links that work without
 * script, the page itself last and unlinked (aria-current), and the same trail as JSON-LD
 * BreadcrumbList for search engines.
 */
import { vi } from "../../i18n/vi";
import { breadcrumbListJsonLd } from "../head/json-ld";
import { JsonLd } from "../head/JsonLd";
import { absoluteUrl } from "../head/site";
import { SiteLink } from "./SiteLink";

/** A step: its name, and its path in the site (none for the page being read). */
export type Step = { name: string; path?: string };

/**
 * `steps`: after Trang chủ, the trail to the page, the page itself last without a path. `unshown`:
 * the page's own name for search engines only, when the page's heading right below says it (an
 * article's headline).
 */
export function Breadcrumbs({ steps, unshown }: { steps: readonly Step[]; unshown?: string }) {
  const trail: Step[] = [{ name: vi.home, path: "/" }, ...steps];
  const ld = breadcrumbListJsonLd([...trail, ...(unshown ? [{ name: unshown }] : [])].map((s) => ({ name: s.name, ...(s.path ? { url: absoluteUrl(s.path) } : {}) })));
  return (
    <nav className="breadcrumbs" aria-label={vi.breadcrumbs}>
      <ol>
        {trail.map((step, i) =>
          step.path && (unshown || i < trail.length - 1) ? (
            <li key={i}>
              <SiteLink to={step.path}>{step.name}</SiteLink>
            </li>
          ) : (
            <li key={i} aria-current="page">
              {step.name}
            </li>
          ),
        )}
      </ol>
      <JsonLd data={ld} />
    </nav>
  );
}
