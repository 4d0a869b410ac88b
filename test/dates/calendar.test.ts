import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addMonths,
  daysInMonth,
  fromDayNumber,
  isLeapYear,
  isValidDate,
  startOfWeek,
  toDayNumber,
  weekdayOf,
} from "../../src/dates/calendar.js";

describe("Gregorian day numbers", () => {
  it("agree with Date.UTC for every day of 1600–2400 and back", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1600, 0, 1) / 864e5, max: Date.UTC(2400, 11, 31) / 864e5 }), (n) => {
        const d = new Date(n * 864e5);
        const date = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
        expect(toDayNumber(date.year, date.month, date.day)).toBe(n);
        expect(fromDayNumber(n)).toEqual(date);
        expect(weekdayOf(n)).toBe(d.getUTCDay());
      }),
      { numRuns: 5000 },
    );
  });

  it("know leap years and month lengths", () => {
    expect([1900, 2000, 2024, 2025].map(isLeapYear)).toEqual([false, true, true, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(isValidDate(2025, 2, 29)).toBe(false);
    expect(isValidDate(2025, 13, 1)).toBe(false);
    expect(isValidDate(2025.5, 1, 1)).toBe(false);
    expect(isValidDate(0, 1, 1)).toBe(false);
  });

  it("start weeks on Saturday, Sunday or Monday", () => {
    const tuesday = toDayNumber(2025, 7, 22);
    expect(fromDayNumber(startOfWeek(tuesday, "saturday"))).toEqual({ year: 2025, month: 7, day: 19 });
    expect(fromDayNumber(startOfWeek(tuesday, "sunday"))).toEqual({ year: 2025, month: 7, day: 20 });
    expect(fromDayNumber(startOfWeek(tuesday, "monday"))).toEqual({ year: 2025, month: 7, day: 21 });
    const saturday = toDayNumber(2025, 7, 19);
    expect(startOfWeek(saturday, "saturday")).toBe(saturday);
  });

  it("add months across years", () => {
    expect(addMonths(2025, 1, -1)).toEqual({ year: 2024, month: 12 });
    expect(addMonths(2024, 12, 1)).toEqual({ year: 2025, month: 1 });
    expect(addMonths(2025, 7, -19)).toEqual({ year: 2023, month: 12 });
  });
});
