import { describe, expect, it } from "vitest";
import { movedSlugs } from "../../src/node/vite-plugin";
import { buildCorpus } from "../../src/content/corpus";
import { parseArticle } from "../../src/content/parse";

const corpus = buildCorpus([
  parseArticle("seeds/a.txt", "Bài A\n16/03/2020\nMở đầu."),
  parseArticle("seeds/b.txt", "Bài B\n17/03/2020\nMở đầu."),
]);

describe("movedSlugs", () => {
  it("maps a slug an article used to have to the slug it has now", () => {
    const history = new Map([["bai-a-cu", "a"], ["bai-a", "a"], ["bai-b", "b"], ["bai-da-xoa", "gone"]]);
    expect(movedSlugs(history, corpus)).toEqual({ "bai-a-cu": "bai-a" });
  });
  it("never shadows a slug another article owns now", () => {
    expect(movedSlugs(new Map([["bai-b", "a"]]), corpus)).toEqual({});
  });
});
