/** The static build's pieces: the CSP meta every built page gets, and what prerendering takes from the client build. */
import type { Rolldown } from "vite";
import { describe, expect, it } from "vitest";
import { existsSync, rmSync } from "node:fs";
import { CONTENT_SECURITY_POLICY, serverOutDir, templateFrom, withContentSecurityPolicy } from "../../src/node/static-build";

const INDEX = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`;

/** The policy as directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe("the content security policy", () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it("allows scripts from this site only", () => {
    expect(policy.get("script-src")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
  });

  it("allows no inline script or style, no eval and no plugins", () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    expect(policy.get("style-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
  });

  it("has no directive a meta tag cannot carry", () => {
    // Browsers ignore these in <meta>, and say so in the console.
    for (const name of ["frame-ancestors", "report-uri", "sandbox"]) expect(policy.has(name), name).toBe(false);
  });

  it("fits in an attribute without escaping", () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/["<>&]/);
  });
});

describe("withContentSecurityPolicy", () => {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;

  it("puts the CSP meta right after <meta charset>, before anything it governs", () => {
    const html = withContentSecurityPolicy(INDEX);
    expect(html).toMatch(new RegExp(`<meta charset="UTF-8" />\\s*${meta.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    expect(html.indexOf(meta)).toBeLessThan(html.indexOf('<meta name="viewport"'));
    expect(html.indexOf(meta)).toBeLessThan(html.indexOf("<script"));
  });

  it("adds exactly one CSP meta and otherwise leaves the document alone", () => {
    const html = withContentSecurityPolicy(INDEX);
    expect(html.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(html.replace(meta, "").replace(/\n\s*\n/, "\n")).toBe(INDEX);
  });

  it("finds <meta charset> in any case and without a closing slash", () => {
    const html = withContentSecurityPolicy('<head><META CHARSET="utf-8"><title>x</title></head>');
    expect(html).toBe(`<head><META CHARSET="utf-8">\n    ${meta}<title>x</title></head>`);
  });
});

type OutputFile = Rolldown.RolldownOutput["output"][number];

function chunk(fileName: string, facadeModuleId: string | null, imports: string[] = []): OutputFile {
  return { type: "chunk", fileName, facadeModuleId, isEntry: false, imports } as unknown as OutputFile;
}
function asset(fileName: string): OutputFile {
  return { type: "asset", fileName } as unknown as OutputFile;
}

/** A client build's output as Rolldown hands it to buildApp. */
function output(files: OutputFile[]): Rolldown.RolldownOutput {
  return { output: files } as unknown as Rolldown.RolldownOutput;
}

const CLIENT = output([
  chunk("assets/index-abc.js", "/work/main/index.html", ["assets/vendor-v1.js"]),
  chunk("assets/vendor-v1.js", null),
  chunk("assets/boot-b1.js", "/work/main/src/app/boot.ts"),
  chunk("assets/HomePage-h1.js", "/work/main/src/app/pages/HomePage.tsx", ["assets/index-abc.js", "assets/Dateline-d1.js"]),
  chunk("assets/ArticleRoute-r1.js", "/work/main/src/app/pages/ArticleRoute.tsx", ["assets/index-abc.js", "assets/Dateline-d1.js", "assets/blocks-b1.js"]),
  chunk("assets/Dateline-d1.js", null, ["assets/index-abc.js"]),
  chunk("assets/blocks-b1.js", null, ["assets/Dateline-d1.js"]),
  chunk("assets/news-index-x3.js", "\0virtual:news-index"),
  asset("assets/index-def.css"),
  asset("assets/noto-serif-vietnamese-wght-normal-G2.woff2"),
  asset("assets/noto-serif-latin-wght-normal-D1.woff2"),
  asset("assets/noto-serif-latin-ext-wght-normal-E3.woff2"),
  asset("assets/noto-serif-latin-wght-italic-F4.woff2"),
  asset("assets/noto-serif-latin-wght-normal-D1.woff"),
  asset("favicon.svg"),
]);

/** The client's built index.html, as Vite writes it: the entry's module script and modulepreload, then the stylesheet. */
const builtIndex = (base: string) => `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" href="${base}favicon.svg" type="image/svg+xml" />
    <link rel="manifest" href="${base}manifest.webmanifest" />
    <script type="module" crossorigin src="${base}assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="${base}assets/vendor-v1.js">
    <link rel="stylesheet" crossorigin href="${base}assets/index-def.css">
  </head>
  <body><div id="root"></div></body>
</html>`;
const BUILT = builtIndex("/");

describe("templateFrom", () => {
  it("keeps the client's index.html as the template, without the entry's script, modulepreloads and manifest link (the boot script links it)", () => {
    expect(templateFrom(CLIENT, BUILT, "/").html).toBe(`<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" crossorigin href="/assets/index-def.css">
  </head>
  <body><div id="root"></div></body>
</html>`);
  });

  it("hands the entry's chunks, dependencies first, and the boot chunk to the pages", () => {
    const template = templateFrom(CLIENT, BUILT, "/");
    expect(template.entry).toEqual(["/assets/vendor-v1.js", "/assets/index-abc.js"]);
    expect(template.boot).toBe("/assets/boot-b1.js");
    expect(template.manifest).toBe("/manifest.webmanifest");
  });

  it("takes every module script of the entry, in order, once each, and removes them all", () => {
    const two = BUILT.replace(
      '<script type="module" crossorigin src="/assets/index-abc.js"></script>',
      '<script type="module" crossorigin src="/assets/vendor-v1.js"></script>\n    <script type="module" crossorigin src="/assets/index-abc.js"></script>',
    );
    const template = templateFrom(CLIENT, two, "/");
    expect(template.entry).toEqual(["/assets/vendor-v1.js", "/assets/index-abc.js"]);
    expect(template.html).not.toContain('type="module"');
  });

  it("refuses a build without the boot chunk, or an index.html without the entry's module script", () => {
    const noBoot = output(CLIENT.output.filter((f) => f.fileName !== "assets/boot-b1.js"));
    expect(() => templateFrom(noBoot, BUILT, "/")).toThrow(/boot\.ts/);
    expect(() => templateFrom(CLIENT, BUILT.replace(/<script[^>]*><\/script>/, ""), "/")).toThrow(/module script/);
    expect(() => templateFrom(CLIENT, BUILT.replace("index-abc.js", "index-other.js"), "/")).toThrow(/module script/);
  });

  it("hands the pages the base their data files are under, or none for a build without data", () => {
    expect(templateFrom(CLIENT, BUILT, "/", "/").data).toBe("/");
    expect(templateFrom(CLIENT, BUILT, "/").data).toBeNull();
  });

  it("gives each page kind its component's chunk and everything it imports, once each", () => {
    const { pageChunks } = templateFrom(CLIENT, BUILT, "/");
    expect(pageChunks.home).toEqual(["/assets/HomePage-h1.js", "/assets/index-abc.js", "/assets/vendor-v1.js", "/assets/Dateline-d1.js"]);
    expect([...(pageChunks.article ?? [])].sort()).toEqual(
      ["/assets/ArticleRoute-r1.js", "/assets/Dateline-d1.js", "/assets/blocks-b1.js", "/assets/index-abc.js", "/assets/vendor-v1.js"].sort(),
    );
    expect(pageChunks.article?.[0]).toBe("/assets/ArticleRoute-r1.js");
    expect(pageChunks.other).toBeUndefined();
  });

  it("names only the latin and vietnamese upright woff2 fonts, sorted (what the service worker keeps)", () => {
    expect(templateFrom(CLIENT, BUILT, "/").fonts).toEqual([
      "/assets/noto-serif-latin-wght-normal-D1.woff2",
      "/assets/noto-serif-vietnamese-wght-normal-G2.woff2",
    ]);
  });

  it("puts the base path in front of every URL", () => {
    const template = templateFrom(CLIENT, builtIndex("/tin/"), "/tin/", "/tin/");
    expect(template.data).toBe("/tin/");
    expect(template.pageChunks.home?.every((href) => href.startsWith("/tin/assets/"))).toBe(true);
    expect(template.fonts).toEqual([
      "/tin/assets/noto-serif-latin-wght-normal-D1.woff2",
      "/tin/assets/noto-serif-vietnamese-wght-normal-G2.woff2",
    ]);
    expect(template.entry).toEqual(["/tin/assets/vendor-v1.js", "/tin/assets/index-abc.js"]);
    expect(template.boot).toBe("/tin/assets/boot-b1.js");
    expect(template.html).not.toContain("/tin/assets/index-abc.js");
  });

  it("has no page chunks or fonts for a build without them", () => {
    const bare = output([
      chunk("assets/index-abc.js", "/work/main/index.html"),
      chunk("assets/boot-b1.js", "/work/main/src/app/boot.ts"),
    ]);
    const template = templateFrom(bare, BUILT, "/");
    expect(template.pageChunks).toEqual({});
    expect(template.fonts).toEqual([]);
    expect(template.entry).toEqual(["/assets/index-abc.js"]);
  });
});

describe("serverOutDir", () => {
  it("is one folder until a build removes it, then a new one: asked again, it leaves no empty folder behind", () => {
    const first = serverOutDir();
    expect(existsSync(first)).toBe(true);
    expect(serverOutDir()).toBe(first);
    rmSync(first, { recursive: true, force: true });
    const next = serverOutDir();
    expect(next).not.toBe(first);
    expect(existsSync(next)).toBe(true);
    rmSync(next, { recursive: true, force: true });
  });
});
