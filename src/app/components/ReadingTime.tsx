/** " · 3 phút đọc" after a date, in lists and under a headline (see src/content/reading-time.ts). */
import { vi } from "../../i18n/vi";

export function ReadingTime({ minutes }: { minutes: number | undefined }) {
  if (!minutes) return null;
  return (
    <span className="reading-time">
      <span aria-hidden="true"> · </span>
      {vi.readingTime(minutes)}
    </span>
  );
}
