/**
 * /chu-de: the places, people and organisations the archive's articles name (src/content/
 * topic-index.ts). The first page opens with the most used; then every topic A–Z by its folded
 * name under a letter heading, with its kind and how many articles name it, TOPICS_PER_PAGE a page
 * (/chu-de/trang/N), so a many-outlet archive's index stays light.
 */
import type { TopicEntry, TopicsPage as TopicsData } from "../../content/topic-index";
import { vi } from "../../i18n/vi";
import { LetterGroups, NameIndex, useIndexPage } from "../components/NameIndex";
import { TopicItem } from "../components/Topics";
import { useNews } from "../data/news-source";
import { dataPaths } from "../data/data-paths";
import { ROUTES } from "../routes";
import { TOPICS_PATH } from "../paths";
import { NotFoundPage } from "./NotFoundPage";

const pagePath = (page: number) => (page === 1 ? TOPICS_PATH : ROUTES.topicsList.toPath({ page }));

const item = (t: TopicEntry) => <TopicItem key={t.slug} name={t.name} slug={t.slug} kind={t.kind} count={t.count} />;

export function TopicsPage({ page: param }: { page?: string | undefined }) {
  const { latest } = useNews();
  const index = useIndexPage<TopicsData>(param, dataPaths.topics);
  if (!index) return <NotFoundPage latest={latest} />;
  const { page, data } = index;
  return (
    <NameIndex title={vi.topics.title} intro={vi.topics.intro} page={page} pageCount={data.pageCount} pagePath={pagePath} empty={data.count === 0}>
      {data.popular.length > 0 ? (
        <section className="index-group" aria-labelledby="chu-de-nhieu-nhat">
          <h2 id="chu-de-nhieu-nhat" className="index-letter">
            {vi.topics.popular}
          </h2>
          <ul className="index-list">{data.popular.map(item)}</ul>
        </section>
      ) : null}
      {data.topics.length > 0 ? <h2 className="index-heading">{vi.topics.all}</h2> : null}
      <LetterGroups names={data.topics} level={3} line={item} />
    </NameIndex>
  );
}
