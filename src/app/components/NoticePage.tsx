/**
 * A page that says something went wrong — not found, failed to load — in one shape: a headline,
 * one sentence, the way home, and whatever the caller adds below (the latest articles).
 * Search engines are asked not to index it.
 */
import type { ReactNode } from "react";
import { vi } from "../../i18n/vi";
import { PageMeta } from "../head/PageMeta";
import { HOME_HREF } from "../paths";

type Props = { id: string; className: string; title: string; body: string; children?: ReactNode };

export function NoticePage({ id, className, title, body, children }: Props) {
  return (
    <section className={className} aria-labelledby={id}>
      <PageMeta title={title} description={body} noindex />
      <h1 id={id} className="page-title">
        {title}
      </h1>
      <p>{body}</p>
      {/* A plain anchor, not <Link>: after a failure a full reload is the safer way home. */}
      <p>
        <a href={HOME_HREF} className="home-link">
          {vi.notFound.backHome}
        </a>
      </p>
      {children}
    </section>
  );
}
