/** index.html, the template of every page: what it asks for before the first paint. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const html = readFileSync(new URL("../../index.html", import.meta.url), "utf8");

describe("index.html", () => {
  it("carries the icon inline, the same drawing as public/favicon.svg (the PNG icons' source): no request before the first paint", () => {
    const href = /<link rel="icon" href="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(href.startsWith("data:image/svg+xml,")).toBe(true);
    const inline = decodeURIComponent(href.slice("data:image/svg+xml,".length));
    const file = readFileSync(new URL("../../public/favicon.svg", import.meta.url), "utf8").trim();
    // The file's double quotes are single inside the attribute.
    expect(inline).toBe(file.replace(/"/g, "'"));
  });
});
