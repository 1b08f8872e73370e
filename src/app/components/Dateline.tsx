/**
 * A publication date. With an instant: <time dateTime> holding the Vietnamese long or short
 * form. Without one (the date was impossible, or missing) the dateline is shown as the dump
 * wrote it, since a reader still wants to see it, but it is not machine-readable.
 */
import { formatDateline, formatShortDate } from "../../i18n/vi";

type Props = {
  publishedAt: string | null;
  hasTime: boolean;
  dateline: string | null;
  /** "long" for the article head, "short" (16/03/2020) for lists. */
  form?: "long" | "short";
  className?: string;
};

/** Whether a story has a date to show: an instant, or a dateline as written (what Dateline renders). */
export const showsDate = ({ publishedAt, dateline }: Pick<Props, "publishedAt" | "dateline">): boolean => publishedAt !== null || dateline !== null;

export function Dateline({ publishedAt, hasTime, dateline, form = "long", className }: Props) {
  if (publishedAt !== null) {
    const text = form === "long" ? formatDateline(publishedAt, hasTime) : formatShortDate(publishedAt);
    return (
      <time className={className} dateTime={publishedAt}>
        {text}
      </time>
    );
  }
  if (dateline !== null) return <span className={className}>{dateline}</span>;
  return null;
}
