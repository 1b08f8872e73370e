import { describe, expect, it } from "vitest";
import { ENRICH_STEPS, enrich, imageStep, pullQuoteStep, readingTimeStep, slugStep, withImages, type Draft } from "../../src/content/enrich";
import { parseArticle, readDump } from "../../src/content/parse";

const TEXT = [
  "Cầu Quảng Thành thông xe",
  "",
  "Thứ Hai, 16/03/2020, 11:28 [GMT+7]",
  "",
  "Sáng nay, cầu mới nối hai xã đã thông xe.",
  "",
  "Cầu mới Quảng Thành",
  "Cầu mới ở Quảng Thành",
  "",
  "Ông Trần Văn Trí, Chủ tịch UBND xã, cho biết: Cầu giúp bà con đi lại dễ hơn nhiều.",
  "",
  "Hoàng Giang",
].join("\n");

const dump = (): Draft => readDump("seeds/x.txt", TEXT).dump!;

describe("readDump: what the file says", () => {
  it("has no slug, reading time or speech pull quote yet", () => {
    const d = dump();
    expect(d).not.toHaveProperty("slug");
    expect(d).not.toHaveProperty("readingMinutes");
    expect(d.body.map((b) => b.type)).toEqual(["figure", "paragraph"]);
  });
});

describe("the enrichment steps, each on its own", () => {
  it("pull quotes: a pull quote after each paragraph of attributed speech", () => {
    const body = pullQuoteStep.run(dump(), {}).body;
    expect(body.map((b) => b.type)).toEqual(["figure", "paragraph", "pullquote"]);
    expect(body[2]).toMatchObject({ name: "Trần Văn Trí", role: "Chủ tịch UBND xã" });
  });
  it("slug: the title's own", () => {
    expect(slugStep.run(dump(), {}).slug).toBe("cau-quang-thanh-thong-xe");
  });
  it("reading time: whole minutes, at least one", () => {
    expect(readingTimeStep.run(dump(), {}).readingMinutes).toBe(1);
  });
  it("images: from the lookup handed in, never from files", () => {
    const asked: Array<[string, number]> = [];
    const images = (id: string, n: number) => {
      asked.push([id, n]);
      return { src: `/images/${id}/${n}.jpg`, width: 300, height: 200 };
    };
    const body = imageStep.run(dump(), { images }).body;
    expect(asked).toEqual([["x", 1]]);
    expect(body[0]).toMatchObject({ type: "figure", src: "/images/x/1.jpg", width: 300, height: 200 });
  });
  it("no step changes the draft it is given", () => {
    const d = dump();
    const before = JSON.stringify(d);
    for (const step of ENRICH_STEPS) step.run(d, { images: () => ({ src: "/i.jpg", width: 1, height: 1 }) });
    expect(JSON.stringify(d)).toBe(before);
  });
});

describe("enrich", () => {
  it("runs the steps in order into a complete Article, id and slug first", () => {
    const article = enrich(dump());
    expect(Object.keys(article).slice(0, 2)).toEqual(["id", "slug"]);
    expect(article.readingMinutes).toBe(1);
    expect(article.body.map((b) => b.type)).toEqual(["figure", "paragraph", "pullquote"]);
    expect(article).toEqual(parseArticle("seeds/x.txt", TEXT).article);
  });
  it("refuses a list of steps without the slug or the reading time", () => {
    expect(() => enrich(dump(), {}, [pullQuoteStep])).toThrow(/slug and reading-time/);
  });
  it("withImages takes an image away when the lookup no longer has it", () => {
    const withOne = withImages(dump().body, "x", () => ({ src: "/a.jpg", width: 2, height: 1 }));
    const without = withImages(withOne, "x", () => null);
    expect(without[0]).not.toHaveProperty("src");
    expect(without[0]).not.toHaveProperty("width");
  });
});
