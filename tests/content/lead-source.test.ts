/** Outlet marks on the sapo and the place line beside it (lead-source.ts). */
import { describe, expect, it } from "vitest";
import { isPlaceLine, splitLeadSource } from "../../src/content/lead-source";

describe("splitLeadSource", () => {
  it.each([
    ["TTO - Sáng 12-10, bà con mang bí đến.", "TTO", "Sáng 12-10, bà con mang bí đến."],
    ["(Dân trí) - Con trâu đứng giữa sân cả buổi sáng.", "Dân trí", "Con trâu đứng giữa sân cả buổi sáng."],
    ["VOV.VN - Mưa lớn kéo dài ở miền Trung.", "VOV.VN", "Mưa lớn kéo dài ở miền Trung."],
    ["TPO - Đoàn viên ra quân.", "TPO", "Đoàn viên ra quân."],
    ["(NLĐO) - Công nhân nhận thưởng Tết.", "NLĐO", "Công nhân nhận thưởng Tết."],
    ["PLO - Tòa xử vụ án.", "PLO", "Tòa xử vụ án."],
    ["Nước lên, bến phà đóng.\u00a0- VnExpress", "VnExpress", "Nước lên, bến phà đóng."],
    ["Ca sĩ ra mắt album mới. - VnExpress Giải Trí", "VnExpress Giải Trí", "Ca sĩ ra mắt album mới."],
    ["Máy ảnh mới có cảm biến lớn. - Sohoa", "Sohoa", "Máy ảnh mới có cảm biến lớn."],
  ])("%j: source %j, lead %j", (written, source, lead) => {
    expect(splitLeadSource(written)).toEqual({ lead, source });
  });

  it.each([
    "Ngư dân ra khơi từ sáng sớm, mùa cá năm nay được giá.",
    "Hà Nội - Sáng nay, trời mưa to.",
    "Lễ hội bí đỏ - mùa thứ ba",
    "Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025 thành công",
    "TTO - ",
    "Bà con nói: Được mùa - Được giá",
  ])("leaves %j as it is", (written) => {
    expect(splitLeadSource(written)).toEqual({ lead: written, source: null });
  });
});

describe("isPlaceLine", () => {
  it.each(["Yên Bái", "Bình Dương", "YÊN BÁI", "Thanh Hoá", "TP.HCM", "Hà Nội", "Bà Rịa - Vũng Tàu"])("%j is a place line", (line) =>
    expect(isPlaceLine(line)).toBe(true),
  );
  it.each(["Đi tìm chủ trâu", "Hải Hà", "Yên Bái đón khách", "Theo Vi Thắm", "Quảng Ninh."])("%j is not", (line) =>
    expect(isPlaceLine(line)).toBe(false),
  );
});
