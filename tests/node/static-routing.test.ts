/** How `vite preview` maps request paths to the prerendered files, and answers 404 otherwise. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi as mock } from "vitest";
import { resolveStaticPath, staticSiteRouting } from "../../src/node/static-routing";

const work = mkdtempSync(path.join(tmpdir(), "news-static-"));
const outDir = path.join(work, "dist");
afterAll(() => rmSync(work, { recursive: true, force: true }));

function put(file: string, text: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
put(path.join(outDir, "index.html"), "<h1>home</h1>");
put(path.join(outDir, "bai-viet/bai-mot/index.html"), "<h1>bài một</h1>");
put(path.join(outDir, "trang/2/index.html"), "<h1>trang 2</h1>");
put(path.join(outDir, "assets/index-abc.js"), "console.log(1)");
put(path.join(outDir, "404.html"), "<h1>Không tìm thấy trang</h1>");
// Outside outDir: a sibling whose name starts with outDir's, and a plain file next to it.
put(path.join(work, "dist-secret/index.html"), "secret");
put(path.join(work, "secret.html"), "secret");

const at = (rel: string) => path.join(outDir, rel);

describe("resolveStaticPath", () => {
  it("maps a path to the file it names", () => {
    expect(resolveStaticPath(outDir, "/", "/assets/index-abc.js")).toBe(at("assets/index-abc.js"));
    expect(resolveStaticPath(outDir, "/", "/404.html")).toBe(at("404.html"));
  });

  it("maps a folder, with or without its trailing slash, to its index.html", () => {
    expect(resolveStaticPath(outDir, "/", "/")).toBe(at("index.html"));
    expect(resolveStaticPath(outDir, "/", "/bai-viet/bai-mot")).toBe(at("bai-viet/bai-mot/index.html"));
    expect(resolveStaticPath(outDir, "/", "/bai-viet/bai-mot/")).toBe(at("bai-viet/bai-mot/index.html"));
    expect(resolveStaticPath(outDir, "/", "/trang/2")).toBe(at("trang/2/index.html"));
  });

  it("ignores the query string and the fragment", () => {
    expect(resolveStaticPath(outDir, "/", "/bai-viet/bai-mot?utm_source=x")).toBe(at("bai-viet/bai-mot/index.html"));
    expect(resolveStaticPath(outDir, "/", "/bai-viet/bai-mot#binh-luan")).toBe(at("bai-viet/bai-mot/index.html"));
  });

  it("decodes percent-encoding", () => {
    expect(resolveStaticPath(outDir, "/", "/bai-viet/bai%2Dmot")).toBe(at("bai-viet/bai-mot/index.html"));
  });

  it("returns null for a path with no file and no index.html", () => {
    expect(resolveStaticPath(outDir, "/", "/bai-viet/khong-co")).toBeNull();
    expect(resolveStaticPath(outDir, "/", "/trang/3")).toBeNull();
    expect(resolveStaticPath(outDir, "/", "/assets")).toBeNull();
  });

  it.each([
    "/../secret.html",
    "/%2e%2e/secret.html",
    "/..%2fsecret.html",
    "/bai-viet/../../secret.html",
    "/../dist-secret/index.html",
    "/../dist-secret/",
    "/%2e%2e%2fdist-secret",
  ])("refuses %s, which leaves outDir", (urlPath) => {
    expect(resolveStaticPath(outDir, "/", urlPath)).toBeNull();
  });

  it("allows .. that stays inside outDir", () => {
    expect(resolveStaticPath(outDir, "/", "/bai-viet/../trang/2")).toBe(at("trang/2/index.html"));
  });

  it.each(["/%", "/bai-viet/%E0%A4%A", "/%zz"])("returns null for the badly encoded %s", (urlPath) => {
    expect(resolveStaticPath(outDir, "/", urlPath)).toBeNull();
  });

  it("serves only paths under the base, and strips it", () => {
    expect(resolveStaticPath(outDir, "/tin/", "/tin/")).toBe(at("index.html"));
    expect(resolveStaticPath(outDir, "/tin/", "/tin/bai-viet/bai-mot")).toBe(at("bai-viet/bai-mot/index.html"));
    expect(resolveStaticPath(outDir, "/tin/", "/tin/assets/index-abc.js")).toBe(at("assets/index-abc.js"));
    expect(resolveStaticPath(outDir, "/tin/", "/bai-viet/bai-mot")).toBeNull();
    expect(resolveStaticPath(outDir, "/tin/", "/tin/../secret.html")).toBeNull();
  });
});

type Answer = { status: number; headers: Record<string, string>; body: string | undefined; ended: boolean; next: boolean };

/** Runs the middleware once over a fake request and response. */
function request(method: string, url: string, dir = outDir, base = "/"): Answer {
  const answer: Answer = { status: 200, headers: {}, body: undefined, ended: false, next: false };
  const res = {
    set statusCode(code: number) {
      answer.status = code;
    },
    get statusCode() {
      return answer.status;
    },
    setHeader(name: string, value: string) {
      answer.headers[name.toLowerCase()] = value;
    },
    end(chunk?: Buffer | string) {
      answer.ended = true;
      answer.body = chunk === undefined ? undefined : chunk.toString();
    },
  };
  const next = mock.fn(() => {
    answer.next = true;
  });
  staticSiteRouting(dir, base)({ method, url } as IncomingMessage, res as unknown as ServerResponse, next);
  expect(next.mock.calls.every((args) => (args as unknown[])[0] === undefined), "next() is called without an error").toBe(true);
  return answer;
}

describe("staticSiteRouting", () => {
  it("answers a route with its prerendered HTML and status 200", () => {
    const a = request("GET", "/bai-viet/bai-mot");
    expect(a).toMatchObject({ status: 200, ended: true, next: false, body: "<h1>bài một</h1>" });
    expect(a.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(request("GET", "/").body).toBe("<h1>home</h1>");
    expect(request("GET", "/trang/2/").body).toBe("<h1>trang 2</h1>");
  });

  it("leaves assets to the static file server", () => {
    const a = request("GET", "/assets/index-abc.js");
    expect(a).toMatchObject({ next: true, ended: false });
  });

  it.each(["/khong-co", "/bai-viet/khong-co-bai-nay", "/trang/3", "/trang/1", "/%", "/../secret.html"])(
    "answers %s with 404.html and status 404",
    (url) => {
      const a = request("GET", url);
      expect(a).toMatchObject({ status: 404, ended: true, next: false, body: "<h1>Không tìm thấy trang</h1>" });
      expect(a.headers["content-type"]).toBe("text/html; charset=utf-8");
    },
  );

  it("answers HEAD with the status and headers but no body", () => {
    expect(request("HEAD", "/bai-viet/bai-mot")).toMatchObject({ status: 200, ended: true, body: undefined });
    expect(request("HEAD", "/khong-co")).toMatchObject({ status: 404, ended: true, body: undefined });
    expect(request("HEAD", "/bai-viet/bai-mot").headers["content-type"]).toBe("text/html; charset=utf-8");
  });

  it("leaves other methods to the next middleware", () => {
    expect(request("POST", "/bai-viet/bai-mot")).toMatchObject({ next: true, ended: false });
    expect(request("OPTIONS", "/khong-co")).toMatchObject({ next: true, ended: false });
  });

  it("falls through when the build has no 404.html", () => {
    const bare = path.join(work, "bare");
    put(path.join(bare, "index.html"), "home");
    expect(request("GET", "/khong-co", bare)).toMatchObject({ next: true, ended: false });
  });

  it("routes under a base path", () => {
    expect(request("GET", "/tin/bai-viet/bai-mot", outDir, "/tin/").body).toBe("<h1>bài một</h1>");
    expect(request("GET", "/bai-viet/bai-mot", outDir, "/tin/").status).toBe(404);
  });

  it("works with an outDir given relative or with a trailing slash", () => {
    const relative = path.relative(process.cwd(), outDir);
    expect(request("GET", "/bai-viet/bai-mot", relative).body).toBe("<h1>bài một</h1>");
    expect(request("GET", "/bai-viet/bai-mot", outDir + path.sep).body).toBe("<h1>bài một</h1>");
  });
});

describe("the site root under a base path", () => {
  it("redirects /tin to /tin/, keeping the query", () => {
    const headers: Record<string, string> = {};
    const res = { statusCode: 0, setHeader: (k: string, v: string) => void (headers[k] = v), end: () => {} };
    staticSiteRouting("/nonexistent-out", "/tin/")({ method: "GET", url: "/tin?x=1" } as never, res as never, () => {
      throw new Error("should not fall through");
    });
    expect(res.statusCode).toBe(301);
    expect(headers.Location).toBe("/tin/?x=1");
  });
});

describe("compression", () => {
  it("gzips the HTML it answers when the client accepts gzip, as a real host does", async () => {
    const { gunzipSync } = await import("node:zlib");
    const dir = mkdtempSync(path.join(tmpdir(), "routing-gzip-"));
    writeFileSync(path.join(dir, "index.html"), "<h1>Tin Hải Hà</h1>");
    let body: Buffer | undefined;
    const headers: Record<string, string | number> = {};
    const res = { statusCode: 0, setHeader: (k: string, v: string | number) => void (headers[k.toLowerCase()] = v), end: (b?: Buffer) => void (body = b) };
    staticSiteRouting(dir, "/")({ method: "GET", url: "/", headers: { "accept-encoding": "gzip, br" } } as never, res as never, () => {});
    expect(res.statusCode).toBe(200);
    expect(headers["content-encoding"]).toBe("gzip");
    expect(headers.vary).toBe("Accept-Encoding");
    expect(gunzipSync(body!).toString()).toBe("<h1>Tin Hải Hà</h1>");
    rmSync(dir, { recursive: true, force: true });
  });
});
