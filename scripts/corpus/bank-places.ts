/**
 * Places of Quảng Ninh province for fictional local news: districts (huyện, thị xã, thành phố)
 * with some of their communes (xã), towns (thị trấn) and wards (phường), and village names
 * (thôn, bản, khu). Articles of one district share these names, which gives related ranking
 * something real to find.
 */

export type UnitKind = "xã" | "thị trấn" | "phường";
export type Commune = { name: string; kind: UnitKind };
export type District = {
  name: string;
  /** "huyện", "thị xã" or "thành phố". */
  kind: string;
  /** The party committee: "Huyện ủy", "Thị ủy", "Thành ủy". */
  committee: string;
  coastal: boolean;
  communes: readonly Commune[];
  villages: readonly string[];
};

const xa = (...names: string[]): Commune[] => names.map((name) => ({ name, kind: "xã" }));
const tt = (name: string): Commune => ({ name, kind: "thị trấn" });
const p = (...names: string[]): Commune[] => names.map((name) => ({ name, kind: "phường" }));

export const DISTRICTS: readonly District[] = [
  {
    name: "Hải Hà", kind: "huyện", committee: "Huyện ủy", coastal: true,
    communes: [tt("Quảng Hà"), ...xa("Quảng Thành", "Quảng Long", "Quảng Minh", "Quảng Phong", "Quảng Đức", "Quảng Sơn", "Quảng Chính", "Đường Hoa", "Cái Chiên", "Quảng Thịnh", "Tiến Tới")],
    villages: ["Hải Đông", "Hải Tiến", "Hải Yến", "Đông Hải", "Tân Tiến", "Phú Hải", "Thủy Cơ", "Bắc Phong", "Nam Hải", "Tài Chi"],
  },
  {
    name: "Đầm Hà", kind: "huyện", committee: "Huyện ủy", coastal: true,
    communes: [tt("Đầm Hà"), ...xa("Quảng Tân", "Quảng Lợi", "Dực Yên", "Quảng An", "Đại Bình", "Tân Bình", "Tân Lập")],
    villages: ["Tân Hợp", "Đồng Tâm", "Làng Ngang", "Bình Hồ", "Lỗ Cò", "Tân Đức", "Trại Mới", "Xóm Giữa"],
  },
  {
    name: "Tiên Yên", kind: "huyện", committee: "Huyện ủy", coastal: true,
    communes: [tt("Tiên Yên"), ...xa("Đông Ngũ", "Đông Hải", "Hải Lạng", "Yên Than", "Phong Dụ", "Điền Xá", "Hà Lâu", "Đại Dực", "Tiên Lãng")],
    villages: ["Khe Lặc", "Nà Sa", "Khe Tiền", "Pạt Cạp", "Thác Lầy", "Đồng Châu", "Hà Thụ", "Khe Vằn"],
  },
  {
    name: "Móng Cái", kind: "thành phố", committee: "Thành ủy", coastal: true,
    communes: [...p("Trần Phú", "Ka Long", "Hòa Lạc", "Hải Hòa", "Bình Ngọc", "Trà Cổ", "Ninh Dương"), ...xa("Hải Xuân", "Vạn Ninh", "Hải Đông", "Hải Tiến", "Quảng Nghĩa", "Hải Sơn", "Bắc Sơn", "Vĩnh Trung", "Vĩnh Thực")],
    villages: ["Thủy Nam", "Thọ Xuân", "Vạn Gia", "Tràng Vĩnh", "Xuân Ninh", "Nam Thọ", "Pò Hèn", "Lục Phủ"],
  },
  {
    name: "Cô Tô", kind: "huyện", committee: "Huyện ủy", coastal: true,
    communes: [tt("Cô Tô"), ...xa("Đồng Tiến", "Thanh Lân")],
    villages: ["Nam Hà", "Nam Đông", "Hải Tiến", "Trường Xuân", "Đông Tiến", "Cô Tô Con"],
  },
  {
    name: "Vân Đồn", kind: "huyện", committee: "Huyện ủy", coastal: true,
    communes: [tt("Cái Rồng"), ...xa("Đông Xá", "Hạ Long", "Vạn Yên", "Đoàn Kết", "Đài Xuyên", "Bình Dân", "Quan Lạn", "Minh Châu", "Ngọc Vừng", "Thắng Lợi", "Bản Sen")],
    villages: ["Tân Hải", "Xuyên Hùng", "Đông Trung", "Sơn Hải", "Ninh Hải", "Điền Hải", "Cống Tây", "Lộ Vòng"],
  },
  {
    name: "Ba Chẽ", kind: "huyện", committee: "Huyện ủy", coastal: false,
    communes: [tt("Ba Chẽ"), ...xa("Thanh Sơn", "Thanh Lâm", "Đạp Thanh", "Nam Sơn", "Đồn Đạc", "Lương Mông", "Minh Cầm")],
    villages: ["Khe Nháng", "Làng Cổng", "Khe Pùng", "Nà Làng", "Bắc Văn", "Khe Lọng", "Đồng Giảng", "Làng Mằn"],
  },
  {
    name: "Bình Liêu", kind: "huyện", committee: "Huyện ủy", coastal: false,
    communes: [tt("Bình Liêu"), ...xa("Hoành Mô", "Đồng Tâm", "Đồng Văn", "Lục Hồn", "Tình Húc", "Vô Ngại", "Húc Động")],
    villages: ["Sông Moóc", "Pắc Hoóc", "Nà Ếch", "Khe Mọi", "Cao Thắng", "Ngàn Vàng Dưới", "Lục Ngù", "Bản Chuồng"],
  },
];

/** Districts where fishing and beach tourism stories happen. */
export const COASTAL = DISTRICTS.filter((d) => d.coastal);
