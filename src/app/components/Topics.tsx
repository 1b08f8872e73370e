/**
 * Topics in lists: a topic's line with its kind and count (the topics' index, search's found
 * topics), and a row of links to topics (an article's "Chủ đề", a topic's related topics).
 */
import type { EntityKind } from "../../content/entities";
import { vi } from "../../i18n/vi";
import { topicPath } from "../paths";
import type { TopicLink } from "../../content/topic-index";
import { SiteLink } from "./SiteLink";

/** One topic in a list: its link, its kind, how many articles name it. */
export function TopicItem({ name, slug, kind, count }: { name: string; slug: string; kind: EntityKind; count: number }) {
  return (
    <li>
      <SiteLink to={topicPath(slug)}>{name}</SiteLink>{" "}
      <span className="index-count">
        {vi.topics.kinds[kind]} · {vi.shelves.count(count)}
      </span>
    </li>
  );
}

/** Links to topics, each a list item: `className` says how the row looks where it stands. */
export function TopicLinks({ topics, className }: { topics: readonly TopicLink[]; className?: string }) {
  return (
    <ul className={className}>
      {topics.map((t) => (
        <li key={t.slug}>
          <SiteLink to={topicPath(t.slug)}>{t.name}</SiteLink>
        </li>
      ))}
    </ul>
  );
}
