/** `npm run build` on a corpus with bad files: it finishes, skips them, names every problem. */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const work = mkdtempSync(path.join(tmpdir(), "news-build-"));
const seeds = path.join(work, "seeds");
const out = path.join(work, "dist");
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("vite build with broken dumps", () => {
  it("skips each bad file, prints its problems with file:line, and ends with a summary", () => {
    spawnSync("mkdir", ["-p", seeds]);
    for (const f of readdirSync("seeds")) copyFileSync(path.join("seeds", f), path.join(seeds, f));
    writeFileSync(path.join(seeds, "900_latin1.txt"), Buffer.from([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x0a, 0x48, 0xe0, 0x20, 0x4e, 0x0a]));
    writeFileSync(path.join(seeds, "901_dots.txt"), ".\n.\n");
    writeFileSync(path.join(seeds, "902_undated.txt"), "Bài không có ngày\n\nMở đầu bài.\n\nA A\n\nĐoạn hai.\n\nHoàng Giang\n\nChia sẻ\n\n>> Bài khác cùng chủ đề\n");

    const r = spawnSync(process.execPath, ["node_modules/vite/bin/vite.js", "build", "--outDir", out, "--logLevel", "info"], {
      env: { ...process.env, SEEDS_DIR: seeds },
      encoding: "utf8",
    });
    const output = r.stdout + r.stderr;
    expect(r.status, output).toBe(0);
    expect(output).toMatch(/900_latin1\.txt:3: error: not valid UTF-8/);
    expect(output).toMatch(/901_dots\.txt:1: error: has only placeholder lines/);
    expect(output).toMatch(/902_undated\.txt:1: warning: no dateline/);
    // Page furniture is counted by reason, read from the records.
    expect(r.stdout).toMatch(/news: 3 lines of page furniture kept out of the body, by reason: 1 font-size, 1 related, 1 share/);
    // Problems go to stderr; the summary is the last line of the build's own output.
    expect(r.stdout.trim().split("\n").at(-1)).toMatch(/news: 12 articles from 14 files, 2 skipped files, 2 errors, 1 warning/);

    // Every good article is in the build's data, the skipped ones are not.
    const articles = readdirSync(path.join(out, "data", "a")).sort();
    expect(articles).toContain("bai-khong-co-ngay.json");
    expect(articles).toContain("kinh-nghiem-tu-mot-dang-bo-tieu-bieu-o-hai-ha.json");
    expect(articles).toHaveLength(12);
    const data = articles.map((f) => readFileSync(path.join(out, "data", "a", f), "utf8")).join("\n");
    expect(data).not.toContain("900_latin1");
  }, 60_000);
});
