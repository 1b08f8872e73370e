/**
 * Production routing for the prerendered site, as a connect middleware for `vite preview`:
 * the same rules as the nginx snippet in docs/deploying.md. A path is served as the file it
 * names, or its folder's index.html; anything else gets 404.html with status 404 — never the
 * home page with 200, which would tell search engines every typo is a page.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The file a request path maps to in outDir, or null (→ 404). */
export function resolveStaticPath(outDir: string, base: string, urlPath: string): string | null {
  const root = path.resolve(outDir);
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath.split("?")[0]!.split("#")[0]!);
  } catch {
    return null;
  }
  if (!pathname.startsWith(base)) return null;
  const rel = pathname.slice(base.length);
  const file = path.resolve(root, rel);
  if (file !== root && !file.startsWith(root + path.sep)) return null; // ../ escapes
  if (isFile(file)) return file;
  const index = path.join(file, "index.html");
  return isFile(index) ? index : null;
}

type Next = (error?: unknown) => void;

/** Sends an HTML file, gzipped when the client accepts it (as any real host does). */
function sendHtml(req: IncomingMessage, res: ServerResponse, status: number, file: string): void {
  let body = readFileSync(file);
  res.statusCode = status;
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Vary", "Accept-Encoding");
  if (/\bgzip\b/.test(String(req.headers?.["accept-encoding"] ?? ""))) {
    body = gzipSync(body);
    res.setHeader("Content-Encoding", "gzip");
  }
  res.setHeader("Content-Length", body.length);
  res.end(req.method === "HEAD" ? undefined : body);
}

export function staticSiteRouting(outDir: string, base: string) {
  const root = path.resolve(outDir);
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const url = req.url ?? "/";
    // The site's root without its slash ("/tin"): a static host redirects to "/tin/".
    if (base !== "/" && url.split("?")[0] === base.slice(0, -1)) {
      res.statusCode = 301;
      res.setHeader("Location", base + url.slice(base.length - 1));
      res.end();
      return;
    }
    const file = resolveStaticPath(root, base, url);
    // Vite's static server would answer a folder with a redirect or the SPA fallback.
    if (file && file.endsWith(".html")) return sendHtml(req, res, 200, file);
    if (file) return next();
    const notFound = path.join(root, "404.html");
    if (!existsSync(notFound)) return next();
    sendHtml(req, res, 404, notFound);
  };
}
