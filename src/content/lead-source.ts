/**
 * Step (lead): the outlet marks some outlets put on their sapo, kept aside as `source` so the
 * lead reads as a sentence — a prefix `TTO - `, `(Dân trí) - `, `VOV.VN - `, `TPO - `,
 * `(NLĐO) - `, `PLO - `, or a tail ` - VnExpress` after the last sentence — and the place line
 * some reprints set alone beside the sapo (`Yên Bái`), kept as `place`. docs/raw-format.md has
 * the forms; a mark must leave a lead behind, and a place line must name a province or a
 * centrally run city, so a crosshead or a sentence is never taken for either.
 */
import { fold } from "./fold.ts";

export type LeadParts = { lead: string; source: string | null };

/** An outlet's code in capitals (TTO, VOV.VN, PLO) or a name in brackets ((Dân trí), (NLĐO)), then a dash. */
const PREFIX = /^(?:\(([^()]{2,30})\)|([A-ZĐ]{2,8}(?:\.[A-Za-z]{2,3})?))[\s\u00a0]*[-–—][\s\u00a0]+(?=\S)/u;
/** After the lead's last sentence: a dash and one to three capitalised words (VnExpress, VnExpress Giải Trí, Sohoa). */
const TAIL = /(?<=[.!?…"”»)])[\s\u00a0]*[-–—][\s\u00a0]+(\p{Lu}[\p{L}\d.]*(?:[\s\u00a0]+\p{Lu}[\p{L}\d.]*){0,2})[\s\u00a0]*$/u;

export function splitLeadSource(lead: string): LeadParts {
  const head = PREFIX.exec(lead);
  if (head) return { lead: lead.slice(head[0].length), source: (head[1] ?? head[2])!.trim() };
  const tail = TAIL.exec(lead);
  if (tail) return { lead: lead.slice(0, tail.index), source: tail[1]! };
  return { lead, source: null };
}

/** Vietnam's provinces and centrally run cities, before and after the 2025 merger, folded. */
const PLACES = new Set(
  [
    "An Giang", "Bà Rịa - Vũng Tàu", "Bà Rịa Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Định",
    "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên",
    "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang",
    "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An",
    "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi",
    "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế",
    "Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái", "TP Hồ Chí Minh", "TP.HCM",
    "TPHCM", "TP HCM", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "Sài Gòn",
  ].map((p) => fold(p)),
);

/** A line that is only a province's or a centrally run city's name, in any case. */
export function isPlaceLine(text: string): boolean {
  return text.length <= 30 && PLACES.has(fold(text.trim()));
}
