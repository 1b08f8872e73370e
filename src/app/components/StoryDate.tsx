/** A story's date and reading time as lists show them: "07/03/2021 · 2 phút đọc". */
import type { ArticleSummary } from "../../content/types";
import { Dateline, showsDate } from "./Dateline";
import { ReadingTime } from "./ReadingTime";

export function StoryDate({ story, form }: { story: ArticleSummary; form: "long" | "short" }) {
  return (
    <>
      <Dateline form={form} publishedAt={story.publishedAt} hasTime={story.hasTime} dateline={story.dateline} />
      <ReadingTime minutes={story.readingMinutes} afterDate={showsDate(story)} />
    </>
  );
}
