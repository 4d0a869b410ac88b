import { describe, expect, it } from "vitest";
import * as dates from "../../src/dates/index.js";

describe("nashra/dates", () => {
  it("exports exactly the contract's functions", () => {
    expect(Object.keys(dates).sort()).toEqual(["extractDates", "gregorianToHijri", "hijriToGregorian", "parseDate"]);
  });

  it("returns plain JSON data", () => {
    const mentions = dates.extractDates("الأحد 17 رمضان 1433هـ الموافق 5 أغسطس 2012م", { reference: "2025-07-22" });
    expect(JSON.parse(JSON.stringify(mentions))).toEqual(mentions);
    expect(mentions[0]).toEqual({
      text: "الأحد 17 رمضان 1433هـ",
      span: { start: 0, end: 21 },
      start: { year: 2012, month: 8, day: 5 },
      end: { year: 2012, month: 8, day: 5 },
      grain: "day",
      calendar: "hijri",
      hijri: { year: 1433, month: 9, day: 17 },
      relative: false,
      implied: [],
    });
  });
});
