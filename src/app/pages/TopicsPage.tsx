/**
 * /chu-de: the places, people and organisations the archive's articles name (src/content/
 * topic-index.ts). The first page opens with the most used; then every topic A–Z by its folded
 * name under a letter heading, with its kind and how many articles name it, TOPICS_PER_PAGE a page
 * (/chu-de/trang/N), so a many-outlet archive's index stays light.
 */
import type { TopicEntry, TopicsPage as TopicsData } from "../../content/topic-index";
import { vi } from "../../i18n/vi";
import { PageMeta } from "../head/PageMeta";
import { Breadcrumbs } from "../components/Breadcrumbs";
import { Pagination } from "../components/Pagination";
import { TopicItem } from "../components/TopicItem";
import { useDataFile } from "../data/article-store";
import { useNews } from "../data/news-source";
import { dataPaths } from "../data/data-paths";
import { ROUTES } from "../routes";
import { TOPICS_PATH, pageNumber } from "../paths";
import { NotFoundPage } from "./NotFoundPage";

function byLetter(topics: readonly TopicEntry[]): Array<[letter: string, topics: TopicEntry[]]> {
  const out: Array<[string, TopicEntry[]]> = [];
  for (const topic of topics) {
    const last = out.at(-1);
    if (last?.[0] === topic.letter) last[1].push(topic);
    else out.push([topic.letter, [topic]]);
  }
  return out;
}

const pagePath = (page: number) => (page === 1 ? TOPICS_PATH : ROUTES.topicsList.toPath({ page }));

export function TopicsPage({ page: param }: { page?: string | undefined }) {
  const { latest } = useNews();
  const page = param === undefined ? 1 : pageNumber(param);
  const data = useDataFile<TopicsData>(dataPaths.topics(Number.isInteger(page) ? page : 0));
  // Page 1 is /chu-de itself, never /chu-de/trang/1.
  if (!data || (param !== undefined && page === 1)) return <NotFoundPage latest={latest} />;
  const status = data.pageCount > 1 ? vi.pagination.status(page) : undefined;
  return (
    <div className="index-page">
      <PageMeta title={status ? vi.shelves.page(vi.topics.title, page) : vi.topics.title} path={pagePath(page)} />
      <Breadcrumbs steps={status ? [{ name: vi.topics.title, path: TOPICS_PATH }, { name: status }] : [{ name: vi.topics.title }]} />
      <h1 className="list-title">{vi.topics.title}</h1>
      <p className="shelf-meta">{vi.topics.intro}</p>
      {data.count === 0 ? <p className="empty">{vi.emptyCorpus}</p> : null}
      {data.popular.length > 0 ? (
        <section className="index-group" aria-labelledby="chu-de-nhieu-nhat">
          <h2 id="chu-de-nhieu-nhat" className="index-letter">
            {vi.topics.popular}
          </h2>
          <ul className="index-list">
            {data.popular.map((t) => (
              <TopicItem key={t.slug} name={t.name} slug={t.slug} kind={t.kind} count={t.count} />
            ))}
          </ul>
        </section>
      ) : null}
      {data.topics.length > 0 ? <h2 className="index-heading">{vi.topics.all}</h2> : null}
      {byLetter(data.topics).map(([letter, topics]) => (
        <section key={letter} className="index-group" aria-labelledby={`chu-${letter}`}>
          <h3 id={`chu-${letter}`} className="index-letter">
            {letter}
          </h3>
          <ul className="index-list">
            {topics.map((t) => (
              <TopicItem key={t.slug} name={t.name} slug={t.slug} kind={t.kind} count={t.count} />
            ))}
          </ul>
        </section>
      ))}
      <Pagination newer={page > 1 ? pagePath(page - 1) : null} older={page < data.pageCount ? pagePath(page + 1) : null} {...(status ? { status } : {})} />
    </div>
  );
}
