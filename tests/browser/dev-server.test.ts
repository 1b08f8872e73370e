/**
 * The dev server over a scratch copy of seeds/ (SEEDS_DIR): edits, new dumps, broken dumps and
 * deletions show up in an open page without a restart, and a broken dump never takes the server
 * or the other articles down. The tests run in order and share the scratch folder.
 */
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { ROOT, startVite, type ViteProcess } from "../../scripts/support/vite-process.ts";
import { SEED, expectHeadline, useBrowser } from "./support.ts";

const browser = useBrowser();
const LIVE = 20_000;

let seeds = "";
let server: ViteProcess | undefined;
const dev = () => {
  if (!server) throw new Error("the dev server did not start (see the beforeAll error)");
  return server;
};

beforeAll(async () => {
  seeds = mkdtempSync(join(tmpdir(), "news-reader-seeds-"));
  cpSync(join(ROOT, "seeds"), seeds, { recursive: true });
  for (const name of readdirSync(seeds)) chmodSync(join(seeds, name), 0o644); // the originals are read-only
  server = await startVite([], { SEEDS_DIR: seeds });
});

afterAll(async () => {
  try {
    await server?.stop();
  } finally {
    if (seeds) rmSync(seeds, { recursive: true, force: true });
  }
});

const NEW = {
  // Renamed by a test: later tests follow it.
  file: "zz_dev_server_test.txt",
  title: "Xã Quảng Thành khánh thành nhà văn hóa thôn Hải Đông",
  path: "/bai-viet/xa-quang-thanh-khanh-thanh-nha-van-hoa-thon-hai-dong",
  text: [
    "Xã Quảng Thành khánh thành nhà văn hóa thôn Hải Đông",
    "",
    "Thứ Sáu, 01/01/2027, 08:00 [GMT+7]",
    "",
    "Sáng nay, xã Quảng Thành (huyện Hải Hà) tổ chức lễ khánh thành nhà văn hóa thôn Hải Đông.",
    "",
    "Công trình được xây dựng bằng nguồn vốn nông thôn mới và sự đóng góp của nhân dân trong thôn.",
    "",
    "Hoàng Giang",
    "",
  ].join("\n"),
};
const BROKEN = "zz_broken_dump.txt";
/** A rewritten headline: a new slug. */
const RETITLED = {
  title: "Quảng Thành: bài học xây dựng chi bộ vững mạnh",
  path: "/bai-viet/quang-thanh-bai-hoc-xay-dung-chi-bo-vung-manh",
};
/** The seed's title after the first test's edit. */
const EDITED = "Kinh nghiệm từ một Đảng bộ tiêu biểu ở Hải Hà";

/**
 * Links to `path` on the open page, or -1 while no article list is rendered (the page is
 * reloading), so "0 links" is never read off a blank page.
 */
function linksTo(page: Page, path: string): Promise<number> {
  return page
    .evaluate((href) => {
      if (!document.querySelector('a[href^="/bai-viet/"]')) return -1;
      return document.querySelectorAll(`a[href="${href}"]`).length;
    }, path)
    .catch(() => -1);
}

afterEach((context) => {
  // What the server printed is the first thing to read when one of these fails.
  if (context.task.result?.state === "fail" && server) {
    console.log(`--- dev server output (pid ${server.pid}, last 4000 characters) ---\n${server.output().slice(-4000)}`);
  }
});

describe.sequential("dev server", () => {
  test("editing a dump's title line updates the open article", async () => {
    const page = await browser().newPage();
    await page.goto(`${dev().url}${SEED.path}`);
    await expectHeadline(page, SEED.title, 30_000);

    // A proper-noun fix: the headline changes, the slug (and so the open URL) does not.
    const file = join(seeds, SEED.file);
    const lines = readFileSync(file, "utf8").split("\n");
    expect(lines[0]).toBe(SEED.title);
    writeFileSync(file, [EDITED, ...lines.slice(1)].join("\n"));
    await expectHeadline(page, EDITED, LIVE);
    expect(new URL(page.url()).pathname).toBe(SEED.path);
  });

  test("a new headline moves the open article to its new address", async () => {
    const page = await browser().newPage();
    await page.goto(`${dev().url}${SEED.path}`);
    await expectHeadline(page, EDITED, 30_000);

    // A real rewrite changes the slug; the open page follows the article instead of "not found".
    const file = join(seeds, SEED.file);
    const lines = readFileSync(file, "utf8").split("\n");
    writeFileSync(file, [RETITLED.title, ...lines.slice(1)].join("\n"));
    await expectHeadline(page, RETITLED.title, LIVE);
    await expect.poll(() => new URL(page.url()).pathname, { timeout: LIVE }).toBe(RETITLED.path);

    // The old address keeps working for this dev session, in a fresh tab too.
    const other = await browser().newPage();
    await other.goto(`${dev().url}${SEED.path}`);
    await expectHeadline(other, RETITLED.title);
    writeFileSync(file, lines.join("\n"));
    await expectHeadline(page, EDITED, LIVE);
  });

  test("a new dump appears on the open home page", async () => {
    const page = await browser().newPage();
    await page.goto(`${dev().url}/`);
    await page.locator('a[href^="/bai-viet/"]').first().waitFor();
    expect(await linksTo(page, NEW.path)).toBe(0);

    writeFileSync(join(seeds, NEW.file), NEW.text);
    await expect.poll(() => linksTo(page, NEW.path), { timeout: LIVE }).toBeGreaterThan(0);

    // In a fresh tab: the open one may still get a second reload for the same write.
    const reader = await browser().newPage();
    await reader.goto(`${dev().url}${NEW.path}`);
    await expectHeadline(reader, NEW.title);
  });

  test("a broken dump is reported with file and line, and the rest keeps working", async () => {
    const page = await browser().newPage();
    await page.goto(`${dev().url}/`);
    await page.locator(`a[href="${NEW.path}"]`).first().waitFor();

    const before = dev().output().length;
    // A title, then bytes that are not UTF-8 (0xff 0xfe) on line 3.
    writeFileSync(
      join(seeds, BROKEN),
      Buffer.concat([Buffer.from("Bài hỏng\n\n", "utf8"), Buffer.from([0xff, 0xfe, 0x41, 0x0a])]),
    );
    const reported = new RegExp(`${BROKEN.replace(".", "\\.")}:\\d+`);
    await expect
      .poll(() => dev().output().slice(before), { timeout: LIVE, message: "the server names the broken file and a line" })
      .toMatch(reported);
    expect(dev().alive(), "the dev server is still running").toBe(true);

    // The open home page reloads and still lists the articles.
    await expect.poll(() => linksTo(page, NEW.path), { timeout: LIVE }).toBeGreaterThan(0);
    const reader = await browser().newPage();
    await reader.goto(`${dev().url}${SEED.path}`);
    await expectHeadline(reader, EDITED);
    await reader.goto(`${dev().url}${NEW.path}`);
    await expectHeadline(reader, NEW.title);
    expect(dev().alive(), "the dev server is still running").toBe(true);
  });

  test("a deleted dump disappears from the open home page", async () => {
    const page = await browser().newPage();
    await page.goto(`${dev().url}/`);
    await page.locator(`a[href="${NEW.path}"]`).first().waitFor();

    unlinkSync(join(seeds, NEW.file));
    await expect.poll(() => linksTo(page, NEW.path), { timeout: LIVE }).toBe(0);
    expect(dev().alive(), "the dev server is still running").toBe(true);
  });

  test("a dump truncated mid-write is reported, and read whole once the write completes", async () => {
    const page = await browser().newPage();
    await page.goto(`${dev().url}/`);
    await page.locator(`a[href="${SEED.path}"]`).first().waitFor();

    // The first half of the bytes, cut inside a multi-byte letter, as an editor mid-save leaves it.
    const bytes = Buffer.from(NEW.text, "utf8");
    let cut = Math.floor(bytes.length / 2);
    while ((bytes[cut]! & 0xc0) !== 0x80) cut++;
    const before = dev().output().length;
    writeFileSync(join(seeds, NEW.file), bytes.subarray(0, cut));
    await expect.poll(() => dev().output().slice(before), { timeout: LIVE }).toMatch(new RegExp(`${NEW.file.replace(".", "\\.")}:\\d+`));
    expect(dev().alive(), "the dev server is still running").toBe(true);

    writeFileSync(join(seeds, NEW.file), bytes);
    await expect.poll(() => linksTo(page, NEW.path), { timeout: LIVE }).toBeGreaterThan(0);
    const reader = await browser().newPage();
    await reader.goto(`${dev().url}${NEW.path}`);
    await expectHeadline(reader, NEW.title);
  });

  test("a renamed dump is still listed and read at the same address", async () => {
    const page = await browser().newPage();
    await page.goto(`${dev().url}/`);
    await page.locator(`a[href="${NEW.path}"]`).first().waitFor();

    renameSync(join(seeds, NEW.file), join(seeds, `renamed_${NEW.file}`));
    // The open page reloads (the file went, a file came); the article is listed throughout.
    await expect.poll(() => linksTo(page, NEW.path), { timeout: LIVE }).toBeGreaterThan(0);
    const reader = await browser().newPage();
    await reader.goto(`${dev().url}${NEW.path}`);
    await expectHeadline(reader, NEW.title);
    NEW.file = `renamed_${NEW.file}`;
  });

  test("a dump replaced by a folder of the same name is dropped, and nothing else breaks", async () => {
    const page = await browser().newPage();
    await page.goto(`${dev().url}/`);
    await page.locator(`a[href="${NEW.path}"]`).first().waitFor();

    const before = dev().output().length;
    unlinkSync(join(seeds, NEW.file));
    mkdirSync(join(seeds, NEW.file));
    await expect.poll(() => linksTo(page, NEW.path), { timeout: LIVE }).toBe(0);
    expect(dev().alive(), "the dev server is still running").toBe(true);
    expect(dev().output().slice(before), "a folder is not reported as a broken dump").not.toMatch(/EISDIR|could not be read/);
    const reader = await browser().newPage();
    await reader.goto(`${dev().url}${SEED.path}`);
    await expectHeadline(reader, EDITED);
  });
});
