/**
 * Who wrote the article and where it came from, under its body: the byline as the dump signs it,
 * the photographer when the signature names one ("Bài, ảnh: X" when the same person), and the
 * source outlet the parser kept aside (a lead's "TTO", a reprint's outlet).
 */
import type { Article } from "../../content/types";
import { bylineParts } from "../../content/authors";
import { vi } from "../../i18n/vi";
import { authorPath } from "../paths";
import { SiteLink } from "./SiteLink";

/** The byline as written, each author's name a link to their page ("Lan Anh - Quốc Bảo": two links). */
function Byline({ byline }: { byline: string }) {
  return (
    <>
      {bylineParts(byline).map((part, i) =>
        part.author ? (
          <SiteLink key={i} to={authorPath(part.author.slug)} rel="author">
            {part.text}
          </SiteLink>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

export function ArticleCredit({ article }: { article: Pick<Article, "byline" | "photoCredit" | "source"> }) {
  const { byline, photoCredit, source } = article;
  if (!byline && !photoCredit && !source) return null;
  return (
    <div className="article-credit">
      {byline && photoCredit === byline ? (
        <p className="article-byline">
          <span className="article-credit-label">{vi.credit.textAndPhotos}</span> <Byline byline={byline} />
        </p>
      ) : (
        <>
          {byline ? (
            <p className="article-byline">
              <Byline byline={byline} />
            </p>
          ) : null}
          {photoCredit ? (
            <p className="article-photo-credit">
              <span className="article-credit-label">{vi.photoCredit}</span> {photoCredit}
            </p>
          ) : null}
        </>
      )}
      {source ? (
        <p className="article-source">
          <span className="article-credit-label">{vi.credit.source}</span> {source}
        </p>
      ) : null}
    </div>
  );
}
