import { describe, expect, it } from "vitest";
import { assignSlugs, shortHash, slugify, SLUG_MAX } from "../../src/content/slug";

describe("slugify", () => {
  it("gives the contract's seed slug", () => {
    expect(slugify("Kinh nghiệm từ một đảng bộ tiêu biểu ở Hải Hà")).toBe("kinh-nghiem-tu-mot-dang-bo-tieu-bieu-o-hai-ha");
  });
  it("removes every tone and vowel mark and turns đ/Đ into d", () => {
    expect(slugify("Đường Hoa: ĐẶC SẢN chè, ưu đãi & “ổn định”!")).toBe("duong-hoa-dac-san-che-uu-dai-on-dinh");
  });
  it("is the same for NFD and NFC titles", () => {
    expect(slugify("Quảng Thành".normalize("NFD"))).toBe("quang-thanh");
  });
  it("is ASCII lower-case with single hyphens and none at the ends", () => {
    expect(slugify("  --Xã  Quảng   Long -- 2020/2025...  ")).toBe("xa-quang-long-2020-2025");
  });
  it("cuts a long title at a word boundary", () => {
    const slug = slugify("Hải Hà ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(slug).toMatch(/^(hai-ha-)*hai(-ha)?$/);
  });
  it("is empty for a title with no Latin letters or digits", () => {
    expect(slugify("“…” — !!!")).toBe("");
  });
});

describe("assignSlugs", () => {
  const a = { id: "000_a", title: "Hải Hà vào mùa" };
  const b = { id: "001_b", title: "Hải Hà vào mùa" };
  const c = { id: "002_c", title: "HẢI HÀ VÀO MÙA!" };

  it("keeps the plain slug for the smallest id and suffixes the others from their ids", () => {
    const slugs = assignSlugs([c, b, a]);
    expect(slugs.get("000_a")).toBe("hai-ha-vao-mua");
    expect(slugs.get("001_b")).toBe(`hai-ha-vao-mua-${shortHash("001_b")}`);
    expect(slugs.get("002_c")).toBe(`hai-ha-vao-mua-${shortHash("002_c")}`);
    expect(new Set(slugs.values()).size).toBe(3);
  });
  it("does not depend on input order", () => {
    expect([...assignSlugs([a, b, c])].sort()).toEqual([...assignSlugs([c, a, b])].sort());
  });
  it("is stable: adding later files changes no existing slug", () => {
    const before = assignSlugs([a, b]);
    const after = assignSlugs([a, b, c, { id: "003_d", title: "Bài khác" }]);
    for (const [id, slug] of before) expect(after.get(id)).toBe(slug);
  });
  it("never gives a suffixed slug that another title owns", () => {
    const tricky = { id: "010_x", title: `Hải Hà vào mùa ${shortHash("001_b")}` };
    const slugs = assignSlugs([a, b, tricky]);
    expect(new Set(slugs.values()).size).toBe(3);
    expect(slugs.get("010_x")).toBe(`hai-ha-vao-mua-${shortHash("001_b")}`);
  });
  it("falls back to the id for a title with no Latin letters", () => {
    expect(assignSlugs([{ id: "009_z", title: "“…”" }]).get("009_z")).toBe("009-z");
  });
});
