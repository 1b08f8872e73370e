import { describe, expect, it } from "vitest";
import { excerpt, sentences } from "../../src/content/excerpt";

describe("sentences", () => {
  it("splits at sentence ends and keeps the punctuation", () => {
    expect(sentences("Một câu. Hai câu! Ba câu? Bốn…")).toEqual(["Một câu.", "Hai câu!", "Ba câu?", "Bốn…"]);
  });
  it("does not split after an honorific abbreviation or an initial", () => {
    expect(sentences("TS. Lê Văn Nam đến. Gặp T. Hằng ở đó.")).toEqual(["TS. Lê Văn Nam đến.", "Gặp T. Hằng ở đó."]);
  });
  it("keeps a closing quote with its sentence", () => {
    expect(sentences("“Tốt lắm.” Ông cười.")).toEqual(["“Tốt lắm.”", "Ông cười."]);
  });
});

describe("excerpt", () => {
  const long = "Chúng tôi xác định rõ công tác xây dựng Đảng phải luôn luôn làm tốt ngay từ mỗi chi bộ - tổ chức cơ sở trong hệ thống tổ chức của Đảng. Bởi đây là nơi trực tiếp triển khai, tổ chức thực hiện các chỉ thị, nghị quyết của Đảng; cũng là nơi trực tiếp rèn luyện và quản lý đảng viên…";

  it("returns short text whole", () => {
    expect(excerpt("Cần làm ngay.", 220)).toBe("Cần làm ngay.");
  });
  it("keeps as many whole leading sentences as fit", () => {
    expect(excerpt(long, 220)).toBe(long.slice(0, long.indexOf("Đảng.") + 5));
  });
  it("cuts one over-long sentence at a clause end, marking the cut", () => {
    const text = "Cách làm được chi ủy thống nhất là lựa chọn nội dung sinh hoạt theo chuyên đề cụ thể, tránh tình trạng chỉ quán triệt chung chung, mơ hồ mà phải tranh thủ ý kiến của từng đảng viên, từ việc xây dựng chi bộ vững mạnh đến công tác lãnh đạo, chỉ đạo phát triển KT-XH, xây dựng nông thôn mới...";
    const out = excerpt(text, 220);
    expect(out.length).toBeLessThanOrEqual(221);
    expect(out.endsWith("từng đảng viên…")).toBe(true);
  });
  it("never cuts mid-word, even without punctuation", () => {
    const words = Array.from({ length: 80 }, (_, i) => `chữ${i}`).join(" ");
    const out = excerpt(words, 100);
    expect(out.endsWith("…")).toBe(true);
    const last = out.slice(0, -1).split(" ").pop()!;
    expect(words.split(" ")).toContain(last);
    expect(out.length).toBeLessThanOrEqual(101);
  });
  it("reads a run of 100,000 dots in one pass, and still ends sentences after abbreviations only where it should", () => {
    const start = performance.now();
    expect(sentences(`Mở${".".repeat(100_000)}đầu. Hết.`)).toHaveLength(2);
    expect(sentences(`${"A. ".repeat(50_000)}Hết.`)).toHaveLength(1);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(sentences("Gặp TS. Lê Hùng. Xong.")).toEqual(["Gặp TS. Lê Hùng.", "Xong."]);
    expect(sentences("Chữ ABCD. Xong.")).toEqual(["Chữ ABCD.", "Xong."]);
  });
});
