import { describe, expect, it } from "vitest";
import { findSpeech, readAttribution, splitTopLevel, SPEECH_VERBS } from "../../src/content/speech";

const SEED_1 = "Đồng chí Trần Văn Trí, Bí thư Đảng ủy, Chủ tịch UBND xã Quảng Thành, cho biết: Chúng tôi xác định rõ công tác xây dựng Đảng phải luôn luôn làm tốt ngay từ mỗi chi bộ - tổ chức cơ sở trong hệ thống tổ chức của Đảng. Bởi đây là nơi trực tiếp triển khai, tổ chức thực hiện các chỉ thị, nghị quyết của Đảng; cũng là nơi trực tiếp rèn luyện và quản lý đảng viên…";
const SEED_2 = "Về vấn đề này, đồng chí Đặng Xuân Túc, Bí thư chi bộ, Trưởng thôn Hải Đông (xã Quảng Thành), cho biết: Cách làm được chi ủy thống nhất là lựa chọn nội dung sinh hoạt theo chuyên đề cụ thể, tránh tình trạng chỉ quán triệt chung chung, mơ hồ mà phải tranh thủ ý kiến của từng đảng viên, từ việc xây dựng chi bộ vững mạnh đến công tác lãnh đạo, chỉ đạo phát triển KT-XH, xây dựng nông thôn mới, an sinh xã hội...";

describe("findSpeech on the seed", () => {
  it("reads Trần Văn Trí with his two roles and the first sentence", () => {
    expect(findSpeech(SEED_1)).toEqual({
      name: "Trần Văn Trí",
      role: "Bí thư Đảng ủy, Chủ tịch UBND xã Quảng Thành",
      speech: "Chúng tôi xác định rõ công tác xây dựng Đảng phải luôn luôn làm tốt ngay từ mỗi chi bộ - tổ chức cơ sở trong hệ thống tổ chức của Đảng.",
    });
  });
  it("skips the lead-in and keeps a bracketed comma-free place in the role", () => {
    const s = findSpeech(SEED_2)!;
    expect(s.name).toBe("Đặng Xuân Túc");
    expect(s.role).toBe("Bí thư chi bộ, Trưởng thôn Hải Đông (xã Quảng Thành)");
    expect(s.speech.length).toBeLessThanOrEqual(221);
    expect(SEED_2).toContain(s.speech.replace(/…$/, ""));
  });
});

describe("findSpeech forms", () => {
  it.each(SPEECH_VERBS.filter((v) => !v.includes("phấn khởi")))("recognises the verb %j", (verb) => {
    expect(findSpeech(`Ông Nguyễn Văn Hùng, Trưởng thôn, ${verb}: Bà con rất phấn khởi.`)).toEqual({
      name: "Nguyễn Văn Hùng",
      role: "Trưởng thôn",
      speech: "Bà con rất phấn khởi.",
    });
  });

  it.each([
    ["bà", "Bà Lê Thị Mai nói: Tốt."],
    ["anh", "anh Lê Thị Mai nói: Tốt."],
    ["chị", "Chị Lê Thị Mai nói: Tốt."],
    ["TS.", "TS. Lê Thị Mai nói: Tốt."],
    ["PGS.TS", "PGS.TS Lê Thị Mai nói: Tốt."],
    ["no honorific", "Lê Thị Mai nói: Tốt."],
  ])("strips the honorific (%s) from the name", (_h, text) => {
    expect(findSpeech(text)).toEqual({ name: "Lê Thị Mai", speech: "Tốt." });
  });

  it("reads a quotation after the verb and drops the quote marks", () => {
    expect(findSpeech("Bà Lê Thị Mai, Chủ tịch Hội Nông dân xã, chia sẻ: “Năm nay bà con rất phấn khởi. Lúa được giá.”")).toEqual({
      name: "Lê Thị Mai",
      role: "Chủ tịch Hội Nông dân xã",
      speech: "Năm nay bà con rất phấn khởi. Lúa được giá.",
    });
  });

  it("reads a quotation that comes before its attribution", () => {
    expect(findSpeech("“Chúng tôi sẽ làm xong trước Tết”, ông Nguyễn Văn Hùng, Trưởng thôn Hải Đông, nói.")).toEqual({
      name: "Nguyễn Văn Hùng",
      role: "Trưởng thôn Hải Đông",
      speech: "Chúng tôi sẽ làm xong trước Tết",
    });
  });

  it("finds the speaker after a lead-in sentence", () => {
    expect(findSpeech("Năm nay mưa nhiều. Anh Phạm Văn Long chia sẻ thêm: Mưa thế này thì khó.")).toEqual({
      name: "Phạm Văn Long",
      speech: "Mưa thế này thì khó.",
    });
  });

  it.each([
    ["no verb", "Ông Nguyễn Văn Hùng là trưởng thôn."],
    ["an organisation, not a person", "Đại diện UBND xã cho biết: Xã sẽ hỗ trợ."],
    ["an all-capitals body", "UBND xã cho biết: Xã sẽ hỗ trợ."],
    ["a lower-case subject", "Người dân cho biết: rất vui."],
    ["a verb without a colon", "Ông Nguyễn Văn Hùng cho biết xã sẽ hỗ trợ."],
  ])("finds nothing with %s", (_why, text) => {
    expect(findSpeech(text)).toBeNull();
  });
});

describe("readAttribution and splitTopLevel", () => {
  it("splits at commas outside brackets only", () => {
    expect(splitTopLevel("A, B (x, y), C")).toEqual(["A", "B (x, y)", "C"]);
  });
  it("gives no role when none follows the name", () => {
    expect(readAttribution("ông Nguyễn Văn Hùng")).toEqual({ name: "Nguyễn Văn Hùng" });
  });
});

describe("findSpeech on hostile paragraphs", () => {
  it("gives up on a quotation with no speech verb at once, however many closing quotes follow", () => {
    const start = performance.now();
    expect(findSpeech(`“${"”".repeat(100_000)}`)).toBeNull();
    expect(findSpeech(`“${"a” ".repeat(50_000)}`)).toBeNull();
    expect(performance.now() - start).toBeLessThan(1000);
  });
  it("still reads a quotation-first paragraph whose attribution follows a dash", () => {
    expect(findSpeech("“Đường đã xong.” – bà Lê Thị Mai, Chủ tịch Hội Phụ nữ xã, chia sẻ.")).toMatchObject({ name: "Lê Thị Mai", speech: "Đường đã xong." });
  });
});

describe("other outlets' attributions", () => {
  it.each([
    ["Trưởng bản Ninh Văn Tường", { name: "Ninh Văn Tường", role: "Trưởng bản" }],
    ["Chủ tịch UBND huyện Hải Hà Trần Văn Bình", { name: "Trần Văn Bình", role: "Chủ tịch UBND huyện Hải Hà" }],
    ["Giám đốc Sở Y tế Lê Hùng", { name: "Lê Hùng", role: "Giám đốc Sở Y tế" }],
    ["Thiếu tá Mạc Văn Hòe – Trưởng Công an xã", { name: "Mạc Văn Hòe", role: "Trưởng Công an xã" }],
    ["anh Lò Văn P.", { name: "Lò Văn P." }],
  ])("reads %j", (attribution, who) => expect(readAttribution(attribution)).toEqual(who));

  it.each([
    ["a lead-in ending with a name", "Tại buổi làm việc với Trần Văn Bình"],
    ["an office, not a person", "Đảng ủy xã Quảng Thành"],
  ])("reads no speaker from %s", (_why, attribution) => expect(readAttribution(attribution)).toBeNull());

  it("draws a pull quote from a quotation attributed after it, with mixed quote marks (Dân Trí)", () => {
    expect(findSpeech("“Nó hiền lắm, chắc bị chó đuổi nên chạy xa\" - anh Lò Văn P. nói.")).toEqual({
      speech: "Nó hiền lắm, chắc bị chó đuổi nên chạy xa",
      name: "Lò Văn P.",
    });
  });
});
