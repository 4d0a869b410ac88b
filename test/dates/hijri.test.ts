import { describe, expect, it } from "vitest";
import { gregorianToHijri, hijriToGregorian } from "../../src/dates/index.js";
import { hijriOfDayNumber, tabularFromDayNumber, tabularToDayNumber } from "../../src/dates/hijri.js";
import { fromDayNumber, toDayNumber } from "../../src/dates/calendar.js";
import { day, intlHijri } from "./helpers.js";

describe("hijriToGregorian and gregorianToHijri", () => {
  it("agree with the month starts the Saudi authorities announced", () => {
    const starts: [number, number, string][] = [
      [1433, 9, "2012-07-20"],
      [1445, 9, "2024-03-11"],
      [1445, 10, "2024-04-10"],
      [1446, 1, "2024-07-07"],
      [1446, 9, "2025-03-01"],
      [1446, 10, "2025-03-30"],
      [1447, 1, "2025-06-26"],
    ];
    for (const [year, month, iso] of starts) {
      expect(hijriToGregorian({ year, month, day: 1 })).toEqual(day(iso));
      expect(gregorianToHijri(day(iso))).toEqual({ year, month, day: 1 });
    }
  });

  it("round-trip every day of 1420–1450 AH, and agree with Intl on every Gregorian day of that span", () => {
    const first = toDayNumber(1999, 4, 17); // 1 Muharram 1420
    const last = toDayNumber(2029, 5, 13); // the last day of 1450 lies before this
    let count = 0;
    for (let n = first; n <= last; n++) {
      const g = fromDayNumber(n);
      const h = gregorianToHijri(g);
      if (h.year < 1420 || h.year > 1450) continue;
      expect(hijriToGregorian(h)).toEqual(g);
      count++;
    }
    // 31 Hijri years of 354 or 355 days.
    expect(count).toBeGreaterThanOrEqual(31 * 354);
    expect(count).toBeLessThanOrEqual(31 * 355);
    for (let n = first; n <= last; n += 1) {
      const g = fromDayNumber(n);
      expect(gregorianToHijri(g)).toEqual(intlHijri(g));
    }
  });

  it("converts every Hijri day of 1420–1450 that exists, and rejects the 30th of 29-day months", () => {
    let previous = -Infinity;
    for (let year = 1420; year <= 1450; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let d = 1; d <= 30; d++) {
          let g: { year: number; month: number; day: number } | null = null;
          try {
            g = hijriToGregorian({ year, month, day: d });
          } catch (error) {
            expect(error).toBeInstanceOf(RangeError);
            expect(d).toBe(30);
            continue;
          }
          const n = toDayNumber(g.year, g.month, g.day);
          if (previous !== -Infinity) expect(n).toBe(previous + 1);
          previous = n;
        }
      }
    }
  });

  it("throws RangeError for dates that do not exist and TypeError for non-objects", () => {
    expect(() => hijriToGregorian({ year: 1446, month: 13, day: 1 })).toThrow(RangeError);
    expect(() => hijriToGregorian({ year: 1446, month: 1, day: 31 })).toThrow(RangeError);
    expect(() => hijriToGregorian({ year: 0, month: 1, day: 1 })).toThrow(RangeError);
    expect(() => hijriToGregorian({ year: 1446.5, month: 1, day: 1 })).toThrow(RangeError);
    expect(() => hijriToGregorian({ year: 1446, month: 9, day: 30 })).toThrow(/hijriToGregorian/);
    expect(() => gregorianToHijri({ year: 2025, month: 2, day: 29 })).toThrow(RangeError);
    expect(() => gregorianToHijri({ year: 600, month: 1, day: 1 })).toThrow(RangeError);
    expect(() => gregorianToHijri(null as unknown as { year: number; month: number; day: number })).toThrow(TypeError);
    expect(() => gregorianToHijri({ year: "2025", month: 3, day: 1 } as unknown as { year: number; month: number; day: number })).toThrow(
      /gregorianToHijri: date.year must be a number/,
    );
    expect(() => hijriToGregorian({} as unknown as { year: number; month: number; day: number })).toThrow(TypeError);
    expect(() => hijriToGregorian("1446-01-01" as unknown as { year: number; month: number; day: number })).toThrow(
      /hijriToGregorian: date must be an object/,
    );
  });

  it("has an arithmetic fallback that is the tabular (civil) calendar and stays within two days of Umm al-Qura", () => {
    const civil = new Intl.DateTimeFormat("en-u-ca-islamic-civil-nu-latn", {
      timeZone: "UTC",
      year: "numeric",
      month: "numeric",
      day: "numeric",
    });
    for (let n = toDayNumber(1990, 1, 1); n <= toDayNumber(2040, 12, 31); n += 7) {
      const t = tabularFromDayNumber(n);
      const parts = civil.formatToParts(new Date(n * 86_400_000));
      const read = (type: string) => Number(parts.find((p) => p.type === type)?.value);
      expect(t).toEqual({ year: read("year"), month: read("month"), day: read("day") });
      expect(tabularToDayNumber(t.year, t.month, t.day)).toBe(n);
      const u = hijriOfDayNumber(n);
      expect(Math.abs(tabularToDayNumber(u.year, u.month, u.day) - n)).toBeLessThanOrEqual(2);
    }
  });
});
