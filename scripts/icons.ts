/**
 * The web app manifest's PNG icons (public/manifest.webmanifest), drawn once from
 * public/favicon.svg by Chromium and committed: `node --import tsx scripts/icons.ts`.
 *
 *   public/icons/icon-192.png, icon-512.png   the favicon as it is (rounded square, transparent corners)
 *   public/icons/icon-maskable-512.png        full bleed, the letter inside the maskable safe zone
 *                                             (the middle circle of 80%), for launchers that crop
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openBrowser } from "./support/chromium.ts";

const root = path.resolve(import.meta.dirname, "..");
const favicon = readFileSync(path.join(root, "public/favicon.svg"), "utf8");

/** The favicon redrawn full bleed: the square without its rounded corners, the letter at 80%. */
export function maskable(svg: string): string {
  return svg.replace(/\s*rx="[^"]*"/, "").replace(/<path /, '<path transform="translate(3.2 3.2) scale(.8)" ');
}

const ICONS = [
  { file: "icon-192.png", size: 192, svg: favicon },
  { file: "icon-512.png", size: 512, svg: favicon },
  { file: "icon-maskable-512.png", size: 512, svg: maskable(favicon) },
];

const browser = await openBrowser();
try {
  const page = await browser.newPage();
  for (const { file, size, svg } of ICONS) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace("<svg ", `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    writeFileSync(path.join(root, "public/icons", file), await page.screenshot({ omitBackground: true }));
    console.log(`public/icons/${file}`);
  }
} finally {
  await browser.close();
}
