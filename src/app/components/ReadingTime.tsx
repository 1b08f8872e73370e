/**
 * "3 phút đọc" in lists and under a headline (see src/content/reading-time.ts), after the date
 * with " · " — and alone when there is no date to follow: an undated story's "· 3 phút đọc"
 * read as a stray mark.
 */
import { vi } from "../../i18n/vi";

export function ReadingTime({ minutes, afterDate }: { minutes: number | undefined; afterDate: boolean }) {
  if (!minutes) return null;
  return (
    <span className="reading-time">
      {afterDate ? <span aria-hidden="true"> · </span> : null}
      {vi.readingTime(minutes)}
    </span>
  );
}
