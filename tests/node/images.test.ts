import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { imageLookup } from "../../src/node/images";
import { parseArticle } from "../../src/content/parse";
import { withImages } from "../../src/content/enrich";

/** A public folder for one test, removed after it. */
function publicFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "public-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The smallest valid PNG header: signature, IHDR with the given size. */
function png(width: number, height: number): Buffer {
  const b = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0);
  b.writeUInt32BE(13, 8);
  b.write("IHDR", 12, "ascii");
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  b[24] = 8;
  b[25] = 2;
  return b;
}

describe("imageLookup, handed to enrichment", () => {
  it("gives the n-th figure (1-based) its image, width and height when the file exists", () => {
    const publicDir = publicFolder();
    const text = "T\n16/03/2020\nMở đầu.\n\nCầu mới Quảng Long\nCầu mới ở Quảng Long\n\nĐoạn.\n\nLúa chín Quảng Minh\nLúa chín ở Quảng Minh";
    mkdirSync(path.join(publicDir, "images", "x1"), { recursive: true });
    writeFileSync(path.join(publicDir, "images", "x1", "2.png"), png(1200, 800));
    writeFileSync(path.join(publicDir, "images", "x1", "1.jpg"), "not an image");
    const article = parseArticle("seeds/x1.txt", text, { images: imageLookup(publicDir, "/") }).article!;
    const [first, second] = article.body.filter((b) => b.type === "figure");
    expect(first).not.toHaveProperty("src");
    expect(second).toMatchObject({ src: "/images/x1/2.png", width: 1200, height: 800 });
  });

  it("takes an image away again when its file is gone (results come back from the parse cache)", () => {
    const publicDir = publicFolder();
    mkdirSync(path.join(publicDir, "images", "x2"), { recursive: true });
    writeFileSync(path.join(publicDir, "images", "x2", "1.png"), png(600, 400));
    const article = parseArticle("seeds/x2.txt", "T\n16/03/2020\nMở đầu.\n\nCầu mới Quảng Long\nCầu mới ở Quảng Long", { images: imageLookup(publicDir, "/") }).article!;
    expect(article.body.find((b) => b.type === "figure")).toMatchObject({ src: "/images/x2/1.png" });
    rmSync(path.join(publicDir, "images", "x2", "1.png"));
    const again = withImages(article.body, article.id, imageLookup(publicDir, "/"));
    const figure = again.find((b) => b.type === "figure");
    expect(figure).not.toHaveProperty("src");
    expect(figure).not.toHaveProperty("width");
  });
});

it("withImages changes no article it is given: a cached result can be enriched again", () => {
  const publicDir = publicFolder();
  mkdirSync(path.join(publicDir, "images", "x3"), { recursive: true });
  writeFileSync(path.join(publicDir, "images", "x3", "1.png"), png(300, 200));
  const article = parseArticle("seeds/x3.txt", "T\n16/03/2020\nMở đầu.\n\nCầu mới Quảng Long\nCầu mới ở Quảng Long").article!;
  const before = JSON.stringify(article);
  const body = withImages(article.body, article.id, imageLookup(publicDir, "/"));
  expect(body.find((b) => b.type === "figure")).toMatchObject({ src: "/images/x3/1.png", width: 300, height: 200 });
  expect(JSON.stringify(article)).toBe(before);
  // Nothing to change: the same array back.
  const plain = parseArticle("seeds/x4.txt", "T\n16/03/2020\nMở đầu.").article!;
  expect(withImages(plain.body, plain.id, imageLookup(publicDir, "/"))).toBe(plain.body);
});
