/** One topic in a list of topics (the topics' index, search's found topics): its link, its kind, how many articles name it. */
import type { EntityKind } from "../../content/entities";
import { vi } from "../../i18n/vi";
import { topicPath } from "../paths";
import { SiteLink } from "./SiteLink";

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
