import { describe, expect, it } from "vitest";
import { furnitureReason, takeFurniture } from "../../src/content/furniture";
import { toLines } from "../../src/content/normalize";

describe("furnitureReason", () => {
  it.each([
    ["share", "Chia sẻ bài viết của bạn tại đây"],
    ["share", "Chia sẻ:"],
    ["share", "Chia sẻ Facebook"],
    ["font-size", "A A"],
    ["font-size", "A- A+"],
    ["font-size", "A A A"],
    ["print", "In bài"],
    ["print", "In bài viết"],
    ["comments", "Bình luận"],
    ["comments", "Bình luận (12)"],
    ["comments", "3 bình luận"],
    ["related", ">> Bản vùng cao có thêm sân chơi"],
    ["related", "-> Năm sau có hội đèn lồng?"],
    ["related", "» Chợ phiên mở thêm buổi tối"],
    ["related", "Xem thêm:"],
    ["related", "Đọc thêm: Nông dân thử trồng bí giống mới"],
    ["related", "tin liên quan Xe mới Nhóm gom sách cũ."],
    ["related", "Cầu treo chậm tiến độ / Xã vùng sâu chờ điện"],
    ["call-to-action", ">> Gọi 0900 000 000, mua TẠI ĐÂY"],
    ["call-to-action", "Bấm vào đây để đăng ký tại đây"],
    ["url", "http://baotinhmau.org.vn/xa-hoi/nha-van-hoa-12.html"],
    ["url", "www.baotinhmau.org.vn"],
    ["end-mark", "./."],
    ["end-mark", "…/"],
    ["widget", "create"],
    ["widget", "Quảng cáo"],
  ])("%s: %j", (reason, line) => expect(furnitureReason(line)).toBe(reason));

  it.each([
    ["a sentence about sharing", "Chia sẻ kinh nghiệm trồng bí, bà Nguyệt cho biết giống mới chịu hạn."],
    ["a paragraph", "Sáng 5/4, nước sông lên cao 2 m."],
    ["a byline", "Hạ Vân / baohaiduong.vn"],
    ["a sentence ending 'tại đây' in lower case", "Chúng tôi đã sống hơn 30 năm tại đây và chưa thấy lũ lớn như vậy, bà Lan nhớ lại khi nói về mùa mưa năm ấy cùng các con cháu trong nhà."],
    ["a short sentence ending 'tại đây' in lower case", "Bà con mong sớm có chợ tại đây."],
    ["a URL inside a sentence", "Xem lịch tại http://example.vn nhé."],
    ["the letter A alone", "A"],
    ["a glued end mark", "Lễ hội kết thúc lúc 18h./."],
    ["the tail header alone", "Tin liên quan"],
    ["a crosshead with a slash", "Mùa lũ / mùa cạn"],
  ])("not %s", (_why, line) => expect(furnitureReason(line)).toBeNull());
});

describe("takeFurniture", () => {
  it("blanks each furniture line and keeps it with its reason and line number", () => {
    const { lines, removed } = takeFurniture(toLines("Đoạn một.\nA A\n\nChia sẻ bài viết của bạn tại đây"));
    expect(lines.map((l) => l.kind)).toEqual(["text", "blank", "blank", "blank"]);
    expect(removed).toEqual([
      { line: 2, text: "A A", reason: "font-size" },
      { line: 4, text: "Chia sẻ bài viết của bạn tại đây", reason: "share" },
    ]);
  });

  it("takes an indented list of headlines as related links (Tuổi Trẻ)", () => {
    const text = "TTO - Sáng 12-10, bà con mang bí đến.\n\n    Chợ phiên mở thêm buổi tối\n    Nông dân thử trồng bí giống mới\n\n\nĐoạn tiếp.\n\nĐoạn nữa.";
    const { removed } = takeFurniture(toLines(text));
    expect(removed).toEqual([
      { line: 3, text: "Chợ phiên mở thêm buổi tối", reason: "related" },
      { line: 4, text: "Nông dân thử trồng bí giống mới", reason: "related" },
    ]);
  });

  it("keeps indented lines that end as sentences, and NBSP-indented paragraphs", () => {
    const text = "Đoạn một.\n\n    Một câu thụt lề kết thúc bằng dấu chấm.\n\n\u00a0\u00a0\u00a0 Nhà rộng 200 m2\n\nĐoạn hai.\n\nĐoạn ba.";
    expect(takeFurniture(toLines(text)).removed).toEqual([]);
  });

  it("reads nothing into indentation when most of the dump is indented", () => {
    const text = "  Đoạn một.\n\n  Giữ lửa cho lò\n\n  Đoạn hai.";
    expect(takeFurniture(toLines(text)).removed).toEqual([]);
  });

  it("takes the headlines under a 'Xem thêm:' header, until the block ends", () => {
    const text = "Đoạn một.\n\nXem thêm:\nXe sách lên bản lần thứ mười\nThầy giáo dạy bơi cho trẻ\n\nĐoạn hai.";
    const { removed } = takeFurniture(toLines(text));
    expect(removed.map((r) => [r.line, r.reason])).toEqual([[3, "related"], [4, "related"], [5, "related"]]);
  });

  it("never takes an ordinary line", () => {
    const text = "Sáng 13-9, lớp 4B thấy một con trâu lạ.\nĐi tìm chủ trâu\n\nHoàng Giang";
    expect(takeFurniture(toLines(text)).removed).toEqual([]);
  });
});
