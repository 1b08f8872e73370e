// @vitest-environment jsdom
/** The RSS feed, parsed as XML (jsdom's DOMParser), not matched as text. */
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/content/corpus";
import { parseArticle } from "../../src/content/parse";
import { FEED_SIZE, rfc822, rssXml, shelfFeed, shelfFeeds, siteFeed } from "../../src/node/feed";

function parse(xml: string): Document {
  const document = new DOMParser().parseFromString(xml, "application/xml");
  expect(document.querySelector("parsererror"), "well-formed XML").toBeNull();
  return document;
}
const textOf = (el: Element, name: string) => el.getElementsByTagName(name)[0]?.textContent ?? null;

describe("rfc822", () => {
  it("writes an instant as RSS wants it, in GMT", () => {
    expect(rfc822("2020-03-16T11:28:00+07:00")).toBe("Mon, 16 Mar 2020 04:28:00 GMT");
    expect(rfc822(null)).toBeNull();
    expect(rfc822("not a date")).toBeNull();
  });
});

describe("rssXml", () => {
  it("is RSS 2.0 with its channel and items, text escaped and control characters dropped", () => {
    const doc = parse(
      rssXml({ title: "Tin <Hải> Hà", description: "Mô tả & thêm", home: "https://a.vn/", self: "https://a.vn/rss.xml" }, [
        { title: "Bài \u0001một", link: "https://a.vn/bai-viet/mot", description: "<script>x</script>", author: "Hoàng Giang", published: "2020-03-16T11:28:00+07:00" },
        { title: "Bài hai", link: "https://a.vn/bai-viet/hai", description: null, author: null, published: null },
      ]),
    );
    const rss = doc.documentElement;
    expect(rss.tagName).toBe("rss");
    expect(rss.getAttribute("version")).toBe("2.0");
    const channel = rss.getElementsByTagName("channel")[0]!;
    expect(textOf(channel, "title")).toBe("Tin <Hải> Hà");
    const items = [...channel.getElementsByTagName("item")];
    expect(items.map((i) => textOf(i, "title"))).toEqual(["Bài một", "Bài hai"]);
    expect(textOf(items[0]!, "description")).toBe("<script>x</script>");
    expect(textOf(items[0]!, "pubDate")).toBe("Mon, 16 Mar 2020 04:28:00 GMT");
    expect(textOf(items[0]!, "dc:creator")).toBe("Hoàng Giang");
    expect(textOf(items[1]!, "pubDate")).toBeNull();
    expect(textOf(channel, "lastBuildDate")).toBe("Mon, 16 Mar 2020 04:28:00 GMT");
  });
});

describe("siteFeed", () => {
  const dump = (n: number) => `Tin số ${n}\n\n${String(n % 28 + 1).padStart(2, "0")}/03/2020 08:00\n\nMở đầu tin ${n}.\n\nĐoạn.\n\nHoàng Giang`;
  const corpus = buildCorpus(Array.from({ length: 60 }, (_, i) => parseArticle(`seeds/${String(i).padStart(3, "0")}.txt`, dump(i))));

  it("lists the latest 50, newest first, each with its absolute link, sapo and byline", () => {
    const doc = parse(siteFeed(corpus, "https://a.vn/tin", { name: "Tin A", description: "Tin tức A" }));
    const items = [...doc.getElementsByTagName("item")];
    expect(items).toHaveLength(FEED_SIZE);
    const dates = items.map((i) => Date.parse(textOf(i, "pubDate")!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const first = corpus.summaries[0]!;
    expect(textOf(items[0]!, "link")).toBe(`https://a.vn/tin/bai-viet/${first.slug}`);
    expect(textOf(items[0]!, "description")).toMatch(/^Mở đầu tin \d+\.$/);
    expect(textOf(items[0]!, "dc:creator")).toBe("Hoàng Giang");
    expect(textOf(doc.documentElement, "title")).toBe("Tin A");
  });
});

describe("shelfFeed: an author's", () => {
  // Odd dumps are Hoàng Giang's with Lan Anh, even ones Lan Anh's alone.
  const dump = (n: number) => `Tin số ${n}\n\n${String((n % 28) + 1).padStart(2, "0")}/03/2020 08:00\n\nMở đầu tin ${n}.\n\nĐoạn.\n\n${n % 2 ? "Hoàng Giang - Lan Anh" : "Lan Anh"}`;
  const corpus = buildCorpus(Array.from({ length: 120 }, (_, i) => parseArticle(`seeds/${String(i).padStart(3, "0")}.txt`, dump(i))));
  const root = "https://a.vn/tin";

  it("lists an author's latest 50, newest first, each linked, the channel named for them and linking their page", () => {
    const doc = parse(shelfFeed(corpus, "author", "hoang-giang", root, { name: "Tin A" })!);
    const items = [...doc.getElementsByTagName("item")];
    expect(items).toHaveLength(FEED_SIZE);
    const dates = items.map((i) => Date.parse(textOf(i, "pubDate")!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(items.every((i) => textOf(i, "dc:creator") === "Hoàng Giang, Lan Anh")).toBe(true);
    expect(textOf(items[0]!, "link")).toMatch(/^https:\/\/a\.vn\/tin\/bai-viet\/tin-so-\d+$/);
    const channel = doc.getElementsByTagName("channel")[0]!;
    expect(textOf(channel, "title")).toBe("Hoàng Giang — Tin A");
    expect(textOf(channel, "link")).toBe(`${root}/tac-gia/hoang-giang`);
    expect(channel.getElementsByTagName("atom:link")[0]!.getAttribute("href")).toBe(`${root}/tac-gia/hoang-giang/rss.xml`);
  });

  it("is none for an unknown author, and one for each author at their page's folder", () => {
    expect(shelfFeed(corpus, "author", "khong-co", root, { name: "Tin A" })).toBeNull();
    expect([...shelfFeeds(corpus, root, { name: "Tin A" })].map(([path]) => path).filter((p) => p.startsWith("tac-gia/"))).toEqual(["tac-gia/lan-anh/rss.xml", "tac-gia/hoang-giang/rss.xml"]);
  });
});

describe("shelfFeed: a topic's", () => {
  // Every third dump is about Quảng Thành.
  const dump = (n: number) =>
    `Tin số ${n}\n\n${String((n % 28) + 1).padStart(2, "0")}/03/2020 08:00\n\nMở đầu tin ${n} ở xã ${n % 3 ? "Hải Tiến" : "Quảng Thành"} của huyện Hải Hà.\n\nĐoạn.\n\nLan Anh`;
  const corpus = buildCorpus(Array.from({ length: 30 }, (_, i) => parseArticle(`seeds/${String(i).padStart(3, "0")}.txt`, dump(i))));
  const root = "https://a.vn/tin";

  it("lists a topic's latest articles, the channel named for it and linking its page", () => {
    const doc = parse(shelfFeed(corpus, "topic", "quang-thanh", root, { name: "Tin A" })!);
    const items = [...doc.getElementsByTagName("item")];
    expect(items).toHaveLength(10);
    expect(items.every((i) => /ở xã Quảng Thành/.test(textOf(i, "description")!))).toBe(true);
    const channel = doc.getElementsByTagName("channel")[0]!;
    expect(textOf(channel, "title")).toBe("Quảng Thành — Tin A");
    expect(textOf(channel, "link")).toBe(`${root}/chu-de/quang-thanh`);
    expect(channel.getElementsByTagName("atom:link")[0]!.getAttribute("href")).toBe(`${root}/chu-de/quang-thanh/rss.xml`);
  });

  it("is none for an unknown topic, and one for each topic at its page's folder", () => {
    expect(shelfFeed(corpus, "topic", "khong-co", root, { name: "Tin A" })).toBeNull();
    expect([...shelfFeeds(corpus, root, { name: "Tin A" })].map(([path]) => path).filter((p) => p.startsWith("chu-de/")).sort()).toEqual(["chu-de/hai-ha/rss.xml", "chu-de/hai-tien/rss.xml", "chu-de/quang-thanh/rss.xml"]);
  });
});
