/** What the service worker reads in and writes into prerendered pages (src/app/offline/pages.ts). */
import { describe, expect, it } from "vitest";
import { SAVED_LIST, appModules, titleOf, withSavedPages, withoutApp } from "../../src/app/offline/pages.ts";
import { OFFLINE_FILE, SHELL_FILE, documentFor, offlineDocument, shellDocument, type Template } from "../../src/node/page-document.ts";

const BOOT =
  '<script src="/assets/boot-b.js" data-load="/assets/shared-s.js /assets/index-i.js" data-preload="/assets/ArticleRoute-a.js" data-fetch="/data/index.json /data/a/bai.json" data-manifest="/manifest.webmanifest"></script>';
const page = (head: string) => `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    ${head}
    <link rel="stylesheet" crossorigin href="/assets/index-c.css">
    ${BOOT}
  </head>
  <body><div id="root"><h1>Tiêu đề</h1></div></body>
</html>`;

describe("titleOf", () => {
  it("is the page's own headline, from og:title, with React's escapes undone", () => {
    const html = page('<title>Tin &quot;nóng&quot; &amp; mới — Tin Hải Hà</title><meta property="og:title" content="Tin &quot;nóng&quot; &amp; mới &lt;3&#x27;"/>');
    expect(titleOf(html)).toBe(`Tin "nóng" & mới <3'`);
  });

  it("is null for a page without one", () => {
    expect(titleOf(page("<title>x</title>"))).toBeNull();
    expect(titleOf(page('<meta property="og:title" content=""/>'))).toBeNull();
  });
});

describe("appModules", () => {
  it("lists the boot script, then what it loads, preloads and fetches, in order", () => {
    expect(appModules(page(""))).toEqual([
      "/assets/boot-b.js",
      "/assets/shared-s.js",
      "/assets/index-i.js",
      "/assets/ArticleRoute-a.js",
      "/data/index.json",
      "/data/a/bai.json",
    ]);
  });

  it("is empty for a page without the app, and copes with an empty preload list", () => {
    expect(appModules(withoutApp(page("")))).toEqual([]);
    expect(appModules('<script src="/b.js" data-load="/e.js" data-preload="" data-fetch=""></script>')).toEqual(["/b.js", "/e.js"]);
  });
});

describe("withoutApp", () => {
  it("leaves the head script nothing to load, so it applies the reader's preferences only, and changes nothing else", () => {
    const html = page("<title>x</title>");
    const without = withoutApp(html);
    expect(without).toBe(html.replace(BOOT, '<script src="/assets/boot-b.js"></script>'));
    expect(withoutApp(without)).toBe(without);
  });
});

describe("withSavedPages", () => {
  const offline = `<section><h1>Bạn đang ngoại tuyến</h1><div hidden="" ${SAVED_LIST}=""><h2>Bài đã lưu</h2><ul class="story-list"></ul></div></section>`;

  it("lists the pages, escaped, and shows the list", () => {
    const html = withSavedPages(offline, [
      { href: "/bai-viet/mot", title: "Một <b>bài</b> & \"hai\"" },
      { href: "/bai-viet/hai?x=1&y=2", title: "Hai" },
    ]);
    expect(html).toBe(
      `<section><h1>Bạn đang ngoại tuyến</h1><div ${SAVED_LIST}=""><h2>Bài đã lưu</h2><ul class="story-list">` +
        `<li><a class="story-list-title" href="/bai-viet/mot">Một &lt;b&gt;bài&lt;/b&gt; &amp; &quot;hai&quot;</a></li>` +
        `<li><a class="story-list-title" href="/bai-viet/hai?x=1&amp;y=2">Hai</a></li></ul></div></section>`,
    );
  });

  it("leaves the list hidden and empty when nothing is kept, and a page without the list as it is", () => {
    expect(withSavedPages(offline, [])).toBe(offline);
    const other = "<section><h1>x</h1><ul></ul></section>";
    expect(withSavedPages(other, [{ href: "/a", title: "A" }])).toBe(other);
  });
});

describe("offline.html's and shell.html's documents", () => {
  // What documentFor reads for a page of no kind in particular.
  const template = {
    html: '<!doctype html><html><head><meta charset="UTF-8" /><link rel="stylesheet" href="/assets/c.css"></head><body><div id="root"></div></body></html>',
    boot: "/assets/boot-b.js",
    manifest: "/manifest.webmanifest",
    entry: ["/assets/index-i.js"],
    fonts: ["/assets/f.woff2"],
    data: null,
    pageChunks: {},
  } as unknown as Template;
  const route = { url: OFFLINE_FILE, file: OFFLINE_FILE, page: "other" } as const;
  const rendered = { head: "<title>Bạn đang ngoại tuyến</title>", body: "<main><h1>Bạn đang ngoại tuyến</h1></main>" };

  it("is the page without the app: the head script with nothing to load (the reader's preferences only), no not-found mark, the same head otherwise", () => {
    const html = offlineDocument(template, rendered);
    expect(html).toContain('<script src="/assets/boot-b.js"></script>');
    expect(html).not.toContain("data-load");
    expect(html).not.toContain("data-manifest");
    expect(appModules(html)).toEqual([]);
    expect(html).toContain('<div id="root"><main><h1>Bạn đang ngoại tuyến</h1></main></div>');
    expect(html.indexOf("<title>")).toBeLessThan(html.indexOf('rel="stylesheet"'));
    // The same route with the app is 404.html's shape.
    const withApp = documentFor(template, route, rendered);
    expect(appModules(withApp)[0]).toBe("/assets/boot-b.js");
    expect(withApp).toContain('data-status="404"');
  });

  it("shell.html is the app with no page: the site's name and description escaped, not indexed, an empty root, the app loaded", () => {
    const html = shellDocument(template, { name: 'Tin "Hải Hà"', description: "Tin <mới>" });
    expect(html).toContain('<title>Tin &quot;Hải Hà&quot;</title>');
    expect(html).toContain('<meta name="description" content="Tin &lt;mới>">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<div id="root"></div>');
    expect(appModules(html)[0]).toBe("/assets/boot-b.js");
    expect(html).not.toContain('data-status="404"');
    expect(SHELL_FILE).toBe("shell.html");
  });
});
