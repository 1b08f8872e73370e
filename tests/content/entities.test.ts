/** Entity finding (src/content/entities.ts): places, people and organisations by what stands before them. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { entitiesIn, entityKey, entityWords, mentionsIn } from "../../src/content/entities";
import { parseArticle } from "../../src/content/parse";
import { readableTexts } from "../../src/content/readable-text";

const named = (text: string) => mentionsIn(text).map((e) => `${e.kind}:${e.name}`);

describe("places", () => {
  it.each([
    ["Đảng ủy xã Quảng Thành họp.", "place:Quảng Thành"],
    ["Về huyện Hải Hà hôm qua.", "place:Hải Hà"],
    ["Người dân tỉnh Quảng Ninh đón Tết.", "place:Quảng Ninh"],
    ["Du khách đến thành phố Hạ Long.", "place:Hạ Long"],
    ["Du khách đến TP Hạ Long.", "place:Hạ Long"],
    ["Du khách đến TP. Hạ Long.", "place:Hạ Long"],
    ["Nhà văn hóa thôn Hải Đông mới xây.", "place:Hải Đông"],
    ["Bà con thị trấn Quảng Hà đi chợ.", "place:Quảng Hà"],
    ["Tàu cập đảo Cái Chiên.", "place:Cái Chiên"],
    ["Xã Quảng Minh về đích nông thôn mới.", "place:Quảng Minh"],
  ])("an administrative or geographic word before a name: %s", (text, expected) => {
    expect(named(text)).toEqual([expected]);
  });

  it("keys variants of one place alike, compared folded: TP Hạ Long, thành phố Hạ Long, Hòa Bình and Hoà Bình", () => {
    const keys = [...mentionsIn("Từ TP Hạ Long về thành phố Hạ Long."), ...mentionsIn("Tỉnh Hòa Bình và tỉnh Hoà Bình.")].map((e) => e.key);
    expect(new Set(keys)).toEqual(new Set([entityKey("place", "Hạ Long"), entityKey("place", "Hoa Binh")]));
  });

  it("stops a name at a comma, a bracket or a lower-case word, and takes at most four syllables", () => {
    expect(named("xã Quảng Thành (huyện Hải Hà), thôn Hải Đông")).toEqual(["place:Quảng Thành", "place:Hải Hà", "place:Hải Đông"]);
    expect(named("xã Quảng Thành có 157 đảng viên")).toEqual(["place:Quảng Thành"]);
  });

  it("needs a name after the word: 'xã', 'huyện' alone or before a lower-case word are none", () => {
    expect(named("Đảng ủy xã đã triển khai. Cấp huyện chỉ đạo.")).toEqual([]);
  });
});

describe("places without a word of their own, and in lists", () => {
  it("takes a name of two syllables after where or whither (ở, tại, về, lên, từ…), not a person's or an organisation's", () => {
    expect(named("Bà con ở Hải Hà vui mừng.")).toEqual(["place:Hải Hà"]);
    expect(named("Du khách lên Sủng Là chụp ảnh.")).toEqual(["place:Sủng Là"]);
    expect(named("Nhờ ông Hùng đến Công ty Hải Hà Xanh.")).toEqual(["person:Hùng", "org:Công ty Hải Hà Xanh"]);
    expect(named("Hôm qua Hội Chè Thái Nguyên họp.")).toEqual(["org:Hội Chè Thái Nguyên"]);
  });

  it("takes each place of a list after one word: 'các huyện An Phú và Tân Châu'", () => {
    expect(named("Nước lũ về các huyện An Phú và Tân Châu.")).toEqual(["place:An Phú", "place:Tân Châu"]);
  });

  it("reads a capitalised place word mid-sentence as the name's first syllable: 'Ngư dân Sông Đốc', 'Đồn Biên phòng Sông Đốc'", () => {
    expect(named("Ngư dân Sông Đốc ra khơi.")).toEqual([]);
    expect(named("Đồn Biên phòng Sông Đốc kiểm tra.")).toEqual(["org:Đồn Biên phòng Sông Đốc"]);
    expect(named("thị trấn Sông Đốc")).toEqual(["place:Sông Đốc"]);
  });

  it("keeps a name's apostrophe, a 'Y' opening it, a tone-marked one-letter syllable and a one- or two-digit number", () => {
    expect(named("huyện Cư M'gar")).toEqual(["place:Cư M'gar"]);
    expect(named("xã Y Tý")).toEqual(["place:Y Tý"]);
    expect(named("ông Y Bhin Niê và bà H'Nhi Êban")).toEqual(["person:Y Bhin Niê", "person:H'Nhi Êban"]);
    expect(named("ông Nguyễn Châu Á cho biết")).toEqual(["person:Nguyễn Châu Á"]);
    expect(named("xóm Hồng Thái 2 có 80 hộ")).toEqual(["place:Hồng Thái 2"]);
  });
});

describe("people", () => {
  it.each([
    ["Hộ ông Vũ Văn Thiết là điển hình.", "person:Vũ Văn Thiết"],
    ["Theo bà Lê Thị Mai, mùa này được giá.", "person:Lê Thị Mai"],
    ["Đồng chí Trần Văn Trí cho biết.", "person:Trần Văn Trí"],
    ["Về vấn đề này, đồng chí Đặng Xuân Túc nói.", "person:Đặng Xuân Túc"],
    ["Anh Nguyễn Văn Hùng kể lại.", "person:Nguyễn Văn Hùng"],
    ["Bí thư Trần Văn Trí phát biểu.", "person:Trần Văn Trí"],
    ["Thượng tá Phạm Văn Long nói.", "person:Phạm Văn Long"],
  ])("an honorific or a role before a name: %s", (text, expected) => {
    expect(named(text)).toEqual([expected]);
  });

  it("takes a role's name only when it starts with a family name: a hamlet's head is a person, a hamlet is not", () => {
    expect(named("Trưởng thôn Hải Đông cho biết.")).toEqual(["place:Hải Đông"]);
    expect(named("Trưởng bản Ninh Văn Tường cho biết.")).toEqual(["person:Ninh Văn Tường"]);
    expect(named("Bí thư Đảng ủy, Chủ tịch UBND xã Quảng Thành nói.")).toEqual(["org:UBND xã Quảng Thành", "place:Quảng Thành"]);
  });

  it("reads a capitalised 'Anh' or 'Bà' mid-sentence as part of a name, not an honorific", () => {
    expect(named("Hôm qua bà Lan Anh đến.")).toEqual(["person:Lan Anh"]);
    expect(named("Gặp chị Hoàng Lan Anh tại nhà.")).toEqual(["person:Hoàng Lan Anh"]);
  });

  it("takes no name cut to initials, which the paper wrote to keep the person unnamed: 'anh Lò Văn P.', 'cháu L.T.N'", () => {
    expect(named("anh Lò Văn P. nói")).toEqual([]);
    expect(named("Cháu L.T.N (9 tuổi) nhận ra cụ.")).toEqual([]);
  });

  it("merges a person named by given name alone with the full name given in the same article; none without it", () => {
    const found = entitiesIn(["Ông Vũ Văn Thiết trồng cam.", "Ông Thiết cho biết thêm.", "Ông Hùng không nói gì."]);
    expect(found.map((e) => `${e.kind}:${e.name}:${e.count}`)).toEqual(["person:Vũ Văn Thiết:2"]);
  });
});

describe("organisations", () => {
  it.each([
    ["Đảng bộ xã Quảng Thành có 157 đảng viên.", ["org:Đảng bộ xã Quảng Thành", "place:Quảng Thành"]],
    ["UBND huyện Hải Hà chỉ đạo.", ["org:UBND huyện Hải Hà", "place:Hải Hà"]],
    ["Công an huyện Hải Hà vào cuộc.", ["org:Công an huyện Hải Hà", "place:Hải Hà"]],
    ["Trường THCS Quảng Minh khai giảng.", ["org:Trường THCS Quảng Minh"]],
    ["Trường Tiểu học Quảng Long có 300 em.", ["org:Trường Tiểu học Quảng Long"]],
    ["Trường Tiểu học Mường Xén 1 đón học sinh.", ["org:Trường Tiểu học Mường Xén 1"]],
    ["Công ty Cổ phần Chè Tân Cương Xanh thu mua chè.", ["org:Công ty Cổ phần Chè Tân Cương Xanh"]],
    ["Trung tâm Y tế huyện Hải Hà khám bệnh.", ["org:Trung tâm Y tế huyện Hải Hà", "place:Hải Hà"]],
    ["Công ty Hải Hà Xanh tuyển dụng.", ["org:Công ty Hải Hà Xanh"]],
  ])("an institution's words before a name: %s", (text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  it("takes no department's field for a name: 'Phòng Nông nghiệp', 'Sở Y tế' alone", () => {
    expect(named("Phòng Nông nghiệp và PTNT hướng dẫn. Sở Y tế kiểm tra.")).toEqual([]);
  });

  it("takes a field then a place of two syllables or a place word: 'Chi cục Thủy sản An Giang', 'Phòng Nông nghiệp huyện Bát Xát'", () => {
    expect(named("Theo Chi cục Thủy sản An Giang, cá về ít.")).toEqual(["org:Chi cục Thủy sản An Giang"]);
    expect(named("Đại diện Phòng Nông nghiệp huyện Bát Xát cho biết.")).toEqual(["org:Phòng Nông nghiệp huyện Bát Xát", "place:Bát Xát"]);
  });

  it("does not run one organisation into the next: 'Huyện đoàn Kỳ Sơn và Công an thị trấn Mường Xén'", () => {
    expect(named("Nhờ Huyện đoàn Kỳ Sơn và Công an thị trấn Mường Xén hỗ trợ.")).toEqual([
      "org:Huyện đoàn Kỳ Sơn", "org:Công an thị trấn Mường Xén", "place:Mường Xén",
    ]);
  });
});

describe("what is never an entity", () => {
  it("a capital at a sentence's start, and words always capitalised: Đảng, Đảng ủy, Huyện ủy, Bí thư, Nhiệm kỳ, Đặc biệt, Từ đó, Vì vậy", () => {
    const text =
      "Nhiệm kỳ 2015-2020, công tác xây dựng Đảng được chú trọng. Đặc biệt là chi bộ. Từ đó phát huy vai trò. " +
      "Vì vậy, Đảng ủy xã và Huyện ủy chỉ đạo. Bí thư chi bộ là người chủ trì. Quảng Thành cũng luôn chú trọng.";
    expect(named(text)).toEqual([]);
  });

  it("a month or a weekday after a place word or an honorific", () => {
    expect(named("ông Tháng Ba và xã Thứ Hai")).toEqual([]);
  });
});

describe("entityWords", () => {
  it("marks where sentences and phrases end, and reads the dot of 'TP.' as no end", () => {
    const words = entityWords("Về TP. Hạ Long, rồi đi tiếp. Hết");
    expect(words.map((w) => [w.text, w.end])).toEqual([
      ["Về", null], ["TP", null], ["Hạ", null], ["Long", "phrase"], ["rồi", null], ["đi", null], ["tiếp", "sentence"], ["Hết", "sentence"],
    ]);
  });
});

describe("entitiesIn on the seed", () => {
  const article = parseArticle("000_5f679b6fde1a2fd2.txt", readFileSync("seeds/000_5f679b6fde1a2fd2.txt")).article!;
  const found = entitiesIn([article.title, article.lead ?? "", ...readableTexts(article.body)], article.tags ?? []);
  const names = (kind: string) => found.filter((e) => e.kind === kind).map((e) => e.name);

  it("finds its places Hải Hà, Quảng Thành and Hải Đông, and its people Trần Văn Trí, Đặng Xuân Túc and Vũ Văn Thiết", () => {
    expect(names("place")).toEqual(expect.arrayContaining(["Hải Hà", "Quảng Thành", "Hải Đông"]));
    expect(names("person")).toEqual(expect.arrayContaining(["Trần Văn Trí", "Đặng Xuân Túc", "Vũ Văn Thiết"]));
  });

  it("finds none of the words always capitalised or starting a sentence", () => {
    const all = found.map((e) => e.name);
    for (const word of ["Đảng", "Đảng ủy", "Huyện ủy", "Bí thư", "Nhiệm kỳ", "Đặc biệt", "Từ đó", "Vì vậy"]) expect(all).not.toContain(word);
  });

  it("names each entity once", () => {
    expect(new Set(found.map((e) => e.key)).size).toBe(found.length);
  });

  it("takes the dump's 'Từ khóa:' tags as entities of their own kind", () => {
    expect(entitiesIn([], ["Hải Hà", "nông thôn mới", " "]).map((e) => `${e.kind}:${e.name}`)).toEqual(["tag:Hải Hà", "tag:nông thôn mới"]);
  });
});
