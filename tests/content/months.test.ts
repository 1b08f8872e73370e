/** The month an article belongs to in the date archive (src/content/months.ts): its date in Việt Nam. */
import { describe, expect, it } from "vitest";
import { monthFromParams, monthKey, monthOf, parseMonthKey } from "../../src/content/months";

describe("monthOf", () => {
  it("reads the seed's dateline instant as March 2020", () => {
    expect(monthOf("2020-03-16T11:28:00+07:00")).toEqual({ year: 2020, month: 3 });
  });

  it("reads an instant written with another offset as a reader in Việt Nam saw it", () => {
    // 31/03/2020 23:30 GMT is 06:30 on 1 April in Hà Nội.
    expect(monthOf("2020-03-31T23:30:00Z")).toEqual({ year: 2020, month: 4 });
    expect(monthOf("2021-01-01T00:30:00+08:00")).toEqual({ year: 2020, month: 12 });
  });

  it("has no month for an undated or unreadable article", () => {
    expect(monthOf(null)).toBeNull();
    expect(monthOf(undefined)).toBeNull();
    expect(monthOf("16/03/2020")).toBeNull();
  });
});

describe("month keys and route parameters", () => {
  it("keys a month so that keys sort as time does, and reads the key back", () => {
    expect(monthKey({ year: 2020, month: 3 })).toBe("2020-03");
    expect(["2020-10", "2020-03", "2019-12"].sort()).toEqual(["2019-12", "2020-03", "2020-10"]);
    expect(parseMonthKey("2020-03")).toEqual({ year: 2020, month: 3 });
    expect(parseMonthKey("2020-13")).toBeNull();
  });

  it("takes /luu-tru/<year>/<month> as written by the site, month unpadded, and nothing else", () => {
    expect(monthFromParams("2020", "3")).toEqual({ year: 2020, month: 3 });
    expect(monthFromParams("2020", "12")).toEqual({ year: 2020, month: 12 });
    for (const [y, m] of [["2020", "03"], ["2020", "0"], ["2020", "13"], ["20", "3"], ["2020", undefined], ["năm", "3"]] as const) {
      expect(monthFromParams(y, m)).toBeNull();
    }
  });
});
