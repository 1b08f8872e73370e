/** The route table (src/app/routes.ts): every kind round-trips, and what derives from it agrees. */
import { describe, expect, it } from "vitest";
import { PAGE_MODULES, ROUTES, ROUTE_KINDS, authorFeedPath, matchRoute, shelfOfFeedPath, topicFeedPath, offlinePagesSource, patternSource, routeFile } from "../../src/app/routes";
import { pageKind } from "../../src/app/pages";
import { articlePath, listPagePath, slugFromPath } from "../../src/app/paths";
import { SEARCH_PATH, isSearchPath } from "../../src/app/search/path";

const samples = {
  home: {},
  list: { page: 12 },
  article: { slug: "kinh-nghiem-tu-mot-dang-bo-tieu-bieu-o-hai-ha" },
  search: {},
  authors: {},
  authorsList: { page: 2 },
  author: { slug: "hoang-giang" },
  authorList: { slug: "hoang-giang", page: 3 },
  topics: {},
  topicsList: { page: 2 },
  topic: { slug: "quang-thanh" },
  topicList: { slug: "quang-thanh", page: 2 },
  archive: {},
  undated: {},
  undatedList: { page: 2 },
  month: { year: 2020, month: 3 },
  monthList: { year: 2020, month: 3, page: 2 },
  notFound: {},
} as const;

describe("the route table", () => {
  it("lists every kind once, the catch-all last", () => {
    expect([...ROUTE_KINDS].sort()).toEqual(Object.keys(ROUTES).sort());
    expect(ROUTE_KINDS.at(-1)).toBe("notFound");
  });

  it.each(ROUTE_KINDS)("%s: its path matches it again, with its parameters", (kind) => {
    const route = ROUTES[kind] as { toPath: (p: object) => string };
    const path = route.toPath(samples[kind]);
    const { kind: matched, params } = matchRoute(path);
    expect(matched).toBe(kind);
    for (const [name, value] of Object.entries(samples[kind])) expect(params[name]).toBe(String(value));
    // A static host serves a folder's index.html with a trailing slash too.
    if (path !== "/" && kind !== "notFound") expect(matchRoute(`${path}/`).kind).toBe(kind);
  });

  it.each(ROUTE_KINDS)("%s: its file is under the output folder, an index.html or 404.html", (kind) => {
    const route = ROUTES[kind] as { toPath: (p: object) => string };
    expect(routeFile(kind, route.toPath(samples[kind]))).toMatch(/^(?:[a-z0-9-]+\/)*(?:index|404)\.html$/);
  });

  it("names the data files a page reads", () => {
    expect(ROUTES.article.data({ slug: "a-b" })).toEqual(["data/a/a-b.json"]);
    expect(ROUTES.list.data({ page: 3 })).toEqual(["data/p/3.json"]);
    expect(ROUTES.home.data({ lists: [9, 8] })).toEqual(["data/p/9.json", "data/p/8.json"]);
    expect(ROUTES.author.data({ slug: "hoang-giang" })).toEqual(["data/author/hoang-giang.json"]);
    expect(ROUTES.authorList.data({ slug: "hoang-giang", page: "2" })).toEqual(["data/author/hoang-giang.json", "data/author/hoang-giang/2.json"]);
    expect(ROUTES.month.data({ year: "2020", month: "3" })).toEqual(["data/month/2020-03.json"]);
    expect(ROUTES.monthList.data({ year: 2020, month: 12, page: 4 })).toEqual(["data/month/2020-12.json", "data/month/2020-12/4.json"]);
    expect(ROUTES.undated.data({})).toEqual(["data/month/undated.json"]);
    expect(ROUTES.authors.data()).toEqual(["data/authors/1.json"]);
    expect(ROUTES.authorsList.data({ page: "3" })).toEqual(["data/authors/3.json"]);
    expect(ROUTES.archive.data()).toEqual(["data/archive.json"]);
    expect(ROUTES.topics.data()).toEqual(["data/topics/1.json"]);
    expect(ROUTES.topicsList.data({ page: 2 })).toEqual(["data/topics/2.json"]);
    expect(ROUTES.topic.data({ slug: "quang-thanh" })).toEqual(["data/topic/quang-thanh.json"]);
    expect(ROUTES.topicList.data({ slug: "quang-thanh", page: 2 })).toEqual(["data/topic/quang-thanh.json", "data/topic/quang-thanh/2.json"]);
  });

  it("reads an author's or a topic's feed path back to it, and no other path", () => {
    expect(shelfOfFeedPath(authorFeedPath("hoang-giang"))).toEqual({ kind: "author", slug: "hoang-giang" });
    expect(shelfOfFeedPath(topicFeedPath("quang-thanh"))).toEqual({ kind: "topic", slug: "quang-thanh" });
    for (const path of ["/rss.xml", "/tac-gia/rss.xml", "/tac-gia/a/b/rss.xml", "/tac-gia/hoang-giang", "/chu-de/rss.xml", "/luu-tru/2020/rss.xml"]) expect(shelfOfFeedPath(path), path).toBeNull();
  });

  it("tells an author named like a page apart from the authors' pages, and the undated shelf from a month", () => {
    expect(matchRoute("/tac-gia/trang")).toEqual({ kind: "author", params: { slug: "trang" } });
    expect(matchRoute("/tac-gia/trang/2")).toEqual({ kind: "authorsList", params: { page: "2" } });
    expect(matchRoute("/tac-gia/trang/trang/2")).toEqual({ kind: "authorList", params: { slug: "trang", page: "2" } });
    expect(matchRoute("/chu-de/trang")).toEqual({ kind: "topic", params: { slug: "trang" } });
    expect(matchRoute("/chu-de/trang/2")).toEqual({ kind: "topicsList", params: { page: "2" } });
    expect(matchRoute("/luu-tru/khong-ngay").kind).toBe("undated");
    expect(matchRoute("/luu-tru/2020/3").params).toEqual({ year: "2020", month: "3" });
  });

  it("sends anything else to the not-found page, a malformed escape included", () => {
    for (const path of ["/khac", "/bai-viet/", "/bai-viet/a/b", "/trang/", "/bai-viet/%E0%A4%A"]) expect(matchRoute(path).kind).toBe("notFound");
  });

  it("maps every kind of page to a module under src/app/pages", () => {
    expect(new Set(Object.values(ROUTES).map((r) => r.page))).toEqual(new Set(Object.keys(PAGE_MODULES)));
  });
});

describe("what derives from the table", () => {
  it("links: articlePath, listPagePath and slugFromPath are the table's", () => {
    expect(articlePath("a-b")).toBe("/bai-viet/a-b");
    expect(listPagePath(4)).toBe("/trang/4");
    expect(slugFromPath("/bai-viet/a-b/")).toBe("a-b");
    expect(slugFromPath("/trang/4")).toBeNull();
    expect(SEARCH_PATH).toBe("/tim-kiem");
    expect(isSearchPath("/tim-kiem/")).toBe(true);
  });

  it("page kinds: the kind each route's page is", () => {
    expect(pageKind("/")).toBe("home");
    expect(pageKind("/trang/2")).toBe("home");
    expect(pageKind("/bai-viet/a-b")).toBe("article");
    expect(pageKind("/tim-kiem")).toBe("search");
    expect(pageKind("/khac")).toBe("other");
  });

  it("the service worker's offline pages: every kind marked so, and nothing else", () => {
    const page = new RegExp(`^/tin/${offlinePagesSource()}$`);
    for (const path of ["/tin/", "/tin/trang/3", "/tin/bai-viet/a-b", "/tin/bai-viet/a-b/", "/tin/tim-kiem"]) expect(page.test(path), path).toBe(true);
    for (const path of ["/tin/404.html", "/tin/data/a/a-b.json", "/tin/bai-viet/a/b", "/khac/"]) expect(page.test(path), path).toBe(false);
  });

  it("patternSource escapes literal segments and takes one segment per parameter", () => {
    expect(patternSource("/bai-viet/:slug")).toBe("/bai-viet/([^/]+)");
    expect(patternSource("*")).toBe(".*");
  });
});
