import { describe, expect, test } from "vitest";
import { figures, formatDateline, formatShortDate, locale, timeZone, vi, weekdays } from "../../src/i18n/vi";

describe("formatDateline", () => {
  test("the seed's instant, in Vietnam's own offset", () => {
    expect(formatDateline("2020-03-16T11:28:00+07:00", true)).toBe("Thứ Hai, 16/03/2020, 11:28 (GMT+7)");
  });

  test("an instant given in another offset is shown as Vietnam's clock reads it", () => {
    // 04:28 UTC is 11:28 in Hà Nội.
    expect(formatDateline("2020-03-16T04:28:00Z", true)).toBe("Thứ Hai, 16/03/2020, 11:28 (GMT+7)");
    // 18:30 on Sunday in New York (UTC-4 in DST) is already Monday morning in Vietnam.
    expect(formatDateline("2020-03-15T18:30:00-04:00", true)).toBe("Thứ Hai, 16/03/2020, 05:30 (GMT+7)");
  });

  test("the date changes at Vietnam's midnight, not the runtime's", () => {
    expect(formatDateline("2020-03-15T16:59:00Z", true)).toBe("Chủ Nhật, 15/03/2020, 23:59 (GMT+7)");
    expect(formatDateline("2020-03-15T17:00:00Z", true)).toBe("Thứ Hai, 16/03/2020, 00:00 (GMT+7)");
  });

  test("without a clock time there is no time part", () => {
    expect(formatDateline("2020-03-16T00:00:00+07:00", false)).toBe("Thứ Hai, 16/03/2020");
    expect(formatDateline("2020-02-29T00:00:00+07:00", false)).toBe("Thứ Bảy, 29/02/2020");
  });

  test("every weekday name comes from the table", () => {
    // 2020-03-15 was a Sunday.
    const names = Array.from({ length: 7 }, (_, i) =>
      formatDateline(`2020-03-${String(15 + i).padStart(2, "0")}T12:00:00+07:00`, false).split(",")[0],
    );
    expect(names).toEqual([...weekdays]);
    expect(names).toEqual(["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"]);
  });

  test("an ISO time without an offset is read as Vietnam's", () => {
    expect(formatDateline("2020-03-16T11:28:00", true)).toBe("Thứ Hai, 16/03/2020, 11:28 (GMT+7)");
  });

  test("an unreadable string comes back as is instead of throwing", () => {
    expect(formatDateline("không phải ngày", true)).toBe("không phải ngày");
  });
});

describe("Vietnam's wall clock", () => {
  // Computed by arithmetic since 1976 (one offset), by Intl before: both must read as Intl does.
  const intl = new Intl.DateTimeFormat("en-US", {
    timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "shortOffset",
  });
  const expected = (ms: number) => {
    const p = Object.fromEntries(intl.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
    return `${p.day}/${p.month}/${p.year}, ${p.hour}:${p.minute} (${p.timeZoneName})`;
  };
  test("agrees with Intl on instants from 1960 to 2040, around midnight and new year included", () => {
    const instants = [Date.UTC(1975, 11, 31, 16, 59), Date.UTC(1975, 11, 31, 17, 0), Date.UTC(2019, 11, 31, 16, 59), Date.UTC(2019, 11, 31, 17, 0)];
    for (let ms = Date.UTC(1960, 0, 1); ms < Date.UTC(2040, 0, 1); ms += 37 * 86_400_000 + 3_723_000) instants.push(ms);
    for (const ms of instants) {
      const iso = new Date(ms).toISOString();
      expect(formatDateline(iso, true).replace(/^[^,]+, /, "")).toBe(expected(ms));
    }
  });
});

describe("formatShortDate", () => {
  test("day/month/year with leading zeros, in Vietnam", () => {
    expect(formatShortDate("2020-03-16T11:28:00+07:00")).toBe("16/03/2020");
    expect(formatShortDate("2020-03-15T20:00:00Z")).toBe("16/03/2020");
    expect(formatShortDate("2021-01-05T00:00:00+07:00")).toBe("05/01/2021");
  });
});

describe("the Vietnamese module", () => {
  test("names its locale and time zone", () => {
    expect(locale).toBe("vi-VN");
    expect(timeZone).toBe("Asia/Ho_Chi_Minh");
  });

  test("holds the interface strings the pages use", () => {
    expect(vi.related).toBe("Tin liên quan");
    expect(vi.notFound.title).toBe("Không tìm thấy trang");
    expect(vi.skipLink).toBe("Bỏ qua để đến nội dung chính");
    expect(vi.documentTitle("Tiêu đề", "Tin Hải Hà")).toBe("Tiêu đề — Tin Hải Hà");
  });
});

describe("search counts", () => {
  test("thousands are marked with dots, as Vietnamese writes them", () => {
    expect([figures(7), figures(999), figures(4762), figures(1234567)]).toEqual(["7", "999", "4.762", "1.234.567"]);
  });
  test("an estimate is said to be one", () => {
    expect(vi.search.count(4762, "đảng bộ")).toBe("4.762 kết quả cho “đảng bộ”");
    expect(vi.search.count(4800, "đảng bộ", true)).toBe("Khoảng 4.800 kết quả cho “đảng bộ”");
    expect(vi.search.shown(20, 4800, true)).toBe("Đã hiện 20 trong khoảng 4.800 kết quả.");
  });
});
