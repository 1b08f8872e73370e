import { describe, expect, it } from "vitest";
import { isDateline, readDateline } from "../../src/content/dateline";

describe("isDateline", () => {
  it.each([
    "Thứ Hai, 16/03/2020, 11:28 [GMT+7]",
    "27/09/2020, 21:58",
    "18:59, 31/01/2020",
    "06/10/2024 | 00:35 GMT+7",
    "16/3/2020",
    "thứ hai, 16/03/2020",
    "THỨ HAI, 16/03/2020 11:28",
    "Chủ Nhật, 15/03/2020 (GMT+7)",
    "chủ nhật 15/03/2020 - 09:05",
  ])("accepts %j", (line) => expect(isDateline(line)).toBe(true));

  it.each([
    "Ngày 16/03/2020, xã tổ chức đại hội",
    "Hà Nội, 16/03/2020",
    "16/03/2020 và 17/03/2020",
    "11:28",
    "Thứ Hai",
    "Kinh nghiệm từ một đảng bộ tiêu biểu ở Hải Hà",
  ])("rejects %j", (line) => expect(isDateline(line)).toBe(false));
});

describe("readDateline", () => {
  it.each([
    ["Thứ Hai, 16/03/2020, 11:28 [GMT+7]", "2020-03-16T11:28:00+07:00", true],
    ["27/09/2020, 21:58", "2020-09-27T21:58:00+07:00", true],
    ["18:59, 31/01/2020", "2020-01-31T18:59:00+07:00", true],
    ["06/10/2024 | 00:35 GMT+7", "2024-10-06T00:35:00+07:00", true],
    ["5/7/2020", "2020-07-05T00:00:00+07:00", false],
    ["16/03/2020 11:28 (GMT+8)", "2020-03-16T11:28:00+08:00", true],
    ["29/02/2020", "2020-02-29T00:00:00+07:00", false],
  ])("reads %j as %s", (line, iso, hasTime) => {
    expect(readDateline(line)).toEqual({ publishedAt: iso, hasTime, issues: [] });
  });

  it.each(["31/02/2020", "29/02/2021", "00/01/2020", "12/13/2020"])("warns on the impossible date %j", (line) => {
    const r = readDateline(line);
    expect(r.publishedAt).toBeNull();
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]!.message).toMatch(/impossible date/);
  });

  it("warns on an impossible time", () => {
    const r = readDateline("16/03/2020, 25:61");
    expect(r.publishedAt).toBeNull();
    expect(r.issues[0]!.message).toMatch(/impossible time 25:61/);
  });

  it("keeps the date when the weekday does not match it, with a warning", () => {
    const r = readDateline("Thứ Ba, 16/03/2020, 11:28 [GMT+7]");
    expect(r.publishedAt).toBe("2020-03-16T11:28:00+07:00");
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]!.message).toMatch(/Thứ Ba.*Thứ Hai/);
  });

  it("checks Chủ Nhật and numbered weekdays too", () => {
    expect(readDateline("Chủ Nhật, 15/03/2020").issues).toEqual([]);
    expect(readDateline("Thứ 2, 16/03/2020").issues).toEqual([]);
    expect(readDateline("Chủ nhật, 16/03/2020").issues).toHaveLength(1);
  });

  it.each([
    ["30/12/1899, 00:00", 1899],
    ["31/12/2999 | 23:59 GMT+7", 2999],
  ])("reads a placeholder year (%s) as no date, with a warning", (line, year) => {
    const r = readDateline(line);
    expect(r.publishedAt).toBeNull();
    expect(r.issues).toEqual([{ severity: "warning", message: expect.stringMatching(new RegExp(`^year ${year} is outside 1900–2100.*correct the dateline$`)) }]);
  });

  it("accepts the first and last plausible years", () => {
    expect(readDateline("01/01/1900").publishedAt).toBe("1900-01-01T00:00:00+07:00");
    expect(readDateline("31/12/2100").publishedAt).toBe("2100-12-31T00:00:00+07:00");
  });

  it("knows 29/02/0000 exists (year 0 is not read as 1900, which had no 29 February) before calling the year implausible", () => {
    expect(readDateline("29/02/0000").issues.map((i) => i.message)).toEqual([expect.stringMatching(/^year 0 is outside/)]);
  });
});

describe("datelines of other outlets", () => {
  it.each([
    "Thứ tư, 10/9/2025, 16:30 (GMT+7)",
    "16/03/2020 11:28",
    "11:28 16/03/2020",
    "16-03-2020",
    "16.03.2020",
    "Cập nhật: 16/03/2020 11:28",
    "Ngày đăng: 16/03/2020",
    "Ngày cập nhật: 16-03-2020 - 11:28",
    "Thứ Hai, ngày 16 tháng 3 năm 2020",
    "16:30 ngày 10/9/2025",
    "Cập nhật lúc 16:30 ngày 10/9/2025",
    "2018-11-26 00:00:00",
    "2020-03-16T04:28:00Z",
    "2020-03-16T11:28:00+07:00",
  ])("accepts %j", (line) => expect(isDateline(line)).toBe(true));

  it.each([
    "Ngày 16 tháng 3 năm 2020, xã tổ chức đại hội",
    "Cập nhật tin tức mới nhất",
    "Nhiệm kỳ 2015 - 2020",
    "2015-2020",
    "Hà Nội, 16-03-2020",
    "Đăng ký trước 16/03/2020",
    "2020-03-16 là ngày khai mạc",
  ])("rejects %j: a date inside a sentence never counts", (line) => expect(isDateline(line)).toBe(false));

  it.each([
    ["Thứ tư, 10/9/2025, 16:30 (GMT+7)", "2025-09-10T16:30:00+07:00", true],
    ["11:28 16-03-2020", "2020-03-16T11:28:00+07:00", true],
    ["Cập nhật: 16.03.2020", "2020-03-16T00:00:00+07:00", false],
    ["Thứ Hai, ngày 16 tháng 3 năm 2020", "2020-03-16T00:00:00+07:00", false],
    ["16:30 ngày 10/9/2025", "2025-09-10T16:30:00+07:00", true],
    // A database's "date only": midnight with no zone.
    ["2018-11-26 00:00:00", "2018-11-26T00:00:00+07:00", false],
    ["2018-11-26", "2018-11-26T00:00:00+07:00", false],
    ["2018-11-26 08:15:30", "2018-11-26T08:15:30+07:00", true],
    // The instant kept, with the offset written (the page shows it in Vietnam's time).
    ["2020-03-16T04:28:00Z", "2020-03-16T04:28:00+00:00", true],
    ["2020-03-16T00:00:00Z", "2020-03-16T00:00:00+00:00", true],
    ["2020-03-16T11:28:05+0700", "2020-03-16T11:28:05+07:00", true],
    ["2020-03-16T11:28:00.000+07:00", "2020-03-16T11:28:00+07:00", true],
  ])("reads %j as %s", (line, iso, hasTime) => {
    expect(readDateline(line)).toEqual({ publishedAt: iso, hasTime, issues: [] });
  });

  it("checks a worded date's weekday too, and an ISO date's validity", () => {
    expect(readDateline("Thứ Ba, ngày 16 tháng 3 năm 2020").issues[0]!.message).toMatch(/Thứ Ba.*Thứ Hai/);
    expect(readDateline("2021-02-29").issues[0]!.message).toMatch(/impossible date/);
    expect(readDateline("2020-03-16T24:10:00Z").issues[0]!.message).toMatch(/impossible time/);
  });
});
