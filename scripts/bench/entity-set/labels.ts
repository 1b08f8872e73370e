/**
 * What a careful reader marks in each dump of this folder: the places, people and organisations
 * its title, sapo, body and captions name (not the byline). Invented text, several provinces,
 * written to hold what real dumps hold — sentence-start capitals, words always capitalised, a
 * person named once in full and then by given name, roles, abbreviations, "TP." — and things the
 * finder does not catch (a place with no word before it), so its recall is measured honestly.
 * Read by scripts/bench/entity-quality.ts (npm run bench) and tests/scripts/entity-quality.test.ts.
 */
export type Labels = { places: string[]; people: string[]; orgs: string[] };

export const LABELS: Record<string, Labels> = {
  "01-lao-cai.txt": {
    places: ["Bát Xát", "Y Tý", "Lao Chải", "Choản Thèn", "Lào Cai"],
    people: ["Phàn Văn Sáng", "Lý Thị Mẩy"],
    orgs: ["UBND xã Y Tý", "Hợp tác xã Chè Y Tý", "Phòng Nông nghiệp huyện Bát Xát"],
  },
  "02-nghe-an.txt": {
    places: ["Mường Xén", "Kỳ Sơn", "Huồi Thợ", "Nghệ An"],
    people: ["Lô Văn Thắng", "Xồng Bá Lầu", "Xồng Bá Dê"],
    orgs: ["Trường Tiểu học Mường Xén 1", "Huyện đoàn Kỳ Sơn", "Công an thị trấn Mường Xén"],
  },
  "03-dak-lak.txt": {
    places: ["Buôn Ma Thuột", "Cư M'gar", "Ea Tu", "Đắk Lắk"],
    people: ["Y Bhin Niê", "H'Nhi Êban"],
    orgs: ["Hợp tác xã Nông nghiệp Ea Tu", "Sở Nông nghiệp và Phát triển nông thôn"],
  },
  "04-ca-mau.txt": {
    places: ["Sông Đốc", "Trần Văn Thời"],
    people: ["Nguyễn Văn Tâm", "Lê Hoàng Phúc", "Trần Thị Bé"],
    orgs: ["Đồn Biên phòng Sông Đốc"],
  },
  "05-ha-giang.txt": {
    places: ["Đồng Văn", "Mèo Vạc", "Sủng Là", "Hà Nội", "Hà Giang", "Mã Pì Lèng"],
    people: ["Vàng Mí Chứ", "Lục Thị Thu"],
    orgs: ["UBND huyện Đồng Văn"],
  },
  "06-thanh-hoa.txt": {
    places: ["Khó", "Phú Sơn", "Quan Hóa", "Luồng"],
    people: ["Hà Văn Thân", "Phạm Văn Hùng"],
    orgs: ["Ban Quản lý dự án huyện Quan Hóa"],
  },
  "07-binh-dinh.txt": {
    places: ["Trường Cửu", "Nhơn Lộc", "An Nhơn", "Quy Nhơn"],
    people: ["Võ Thị Lành", "Đặng Thành Trung"],
    orgs: ["UBND xã Nhơn Lộc", "Hội Nông dân thị xã An Nhơn"],
  },
  "08-an-giang.txt": {
    places: ["An Phú", "Tân Châu", "An Giang", "Vĩnh Hội Đông", "Hậu", "Long Bình"],
    people: ["Nguyễn Văn Út", "Lê Thị Hoa"],
    orgs: ["Chi cục Thủy sản An Giang"],
  },
  "09-thai-nguyen.txt": {
    places: ["Tân Cương", "Thái Nguyên", "Hồng Thái 2"],
    people: ["Nguyễn Thị Thu Hằng"],
    orgs: ["Công ty Cổ phần Chè Tân Cương Xanh", "Hội Chè Thái Nguyên"],
  },
  "10-quang-binh.txt": {
    places: ["Sơn Đoòng", "Phong Nha - Kẻ Bàng", "Quảng Bình", "Phúc Trạch", "Bố Trạch"],
    people: ["Nguyễn Châu Á", "Hồ Khanh"],
    orgs: ["Vườn quốc gia Phong Nha - Kẻ Bàng", "Công ty Oxalis", "Sở Du lịch Quảng Bình"],
  },
};
