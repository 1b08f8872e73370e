import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { DEFAULT_SETTINGS, SETTINGS_FILE, manifestWithSettings, normalBasePath, readSiteSettings, resolveSiteSettings } from "../../src/node/site-settings";

describe("resolveSiteSettings", () => {
  it("is the seed site's own with no file and no variable", () => {
    expect(resolveSiteSettings(undefined, {})).toEqual(DEFAULT_SETTINGS);
  });
  it("takes the file's fields, then the environment's over them", () => {
    const settings = resolveSiteSettings({ name: "Tin Quảng Ninh", tagline: "Báo tỉnh", url: "https://a.vn/" }, { SITE_NAME: "Tin Hạ Long", BASE_PATH: "tin" });
    expect(settings).toEqual({
      name: "Tin Hạ Long",
      tagline: "Báo tỉnh",
      // A renamed site's description names it, unless one is given.
      description: "Tin Hạ Long: bản đọc gọn, nhanh của các bài báo tiếng Việt, chữ rõ, không quảng cáo.",
      url: "https://a.vn",
      basePath: "/tin/",
    });
    expect(resolveSiteSettings({ description: "Báo điện tử." }, { SITE_NAME: "Tin Hạ Long" }).description).toBe("Báo điện tử.");
  });
  it.each([
    [["not an object"], /expected an object/],
    [{ nam: "Tin" }, /unknown setting "nam"/],
    [{ name: 3 }, /"name" must be a non-empty string/],
    [{ name: "  " }, /"name" must be a non-empty string/],
    [{ url: "tin.example.vn" }, /http\(s\) origin/],
  ])("refuses %j with a message naming the field", (file, message) => {
    expect(() => resolveSiteSettings(file, {}, "site.config.json")).toThrow(message);
  });
  it("normalises the base path as Vite takes it", () => {
    expect(["", "/", "tin", "/tin", "tin/", "//tin//"].map(normalBasePath)).toEqual(["/", "/", "/tin/", "/tin/", "/tin/", "/tin/"]);
  });
});

describe("readSiteSettings", () => {
  it("reads site.config.json at the root, and names the file when it is not JSON", () => {
    const root = mkdtempSync(path.join(tmpdir(), "site-settings-"));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    expect(readSiteSettings(root, {})).toEqual(DEFAULT_SETTINGS);
    writeFileSync(path.join(root, SETTINGS_FILE), JSON.stringify({ name: "Tin Cô Tô" }));
    expect(readSiteSettings(root, {}).name).toBe("Tin Cô Tô");
    writeFileSync(path.join(root, SETTINGS_FILE), "{ name: ");
    expect(() => readSiteSettings(root, {})).toThrow(/site\.config\.json: not valid JSON/);
  });
  it("the project's own file keeps the seed site's name", () => {
    expect(readSiteSettings(process.cwd(), {}).name).toBe("Tin Hải Hà");
  });
});

describe("manifestWithSettings", () => {
  it("names the app as the site, keeping the rest of the manifest", () => {
    const manifest = JSON.parse(manifestWithSettings(JSON.stringify({ name: "x", lang: "vi", icons: [] }), { ...DEFAULT_SETTINGS, name: "Tin Cô Tô" }));
    expect(manifest).toEqual({ name: "Tin Cô Tô", short_name: "Tin Cô Tô", description: DEFAULT_SETTINGS.description, lang: "vi", icons: [] });
  });
});
