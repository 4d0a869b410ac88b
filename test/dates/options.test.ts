import { afterEach, describe, expect, it, vi } from "vitest";
import { extractDates, parseDate } from "../../src/dates/index.js";
import type { DateOptions } from "../../src/dates/index.js";
import { day } from "./helpers.js";

describe("options", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("accepts the reference as a CalendarDate or a YYYY-MM-DD string", () => {
    const a = extractDates("أمس", { reference: { year: 2024, month: 3, day: 1 } });
    const b = extractDates("أمس", { reference: "2024-03-01" });
    expect(a[0]?.start).toEqual(day("2024-02-29"));
    expect(b).toEqual(a);
  });

  it("takes today, in local time, when no reference is given", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2025, 6, 22, 23, 30));
    expect(extractDates("أمس")[0]?.start).toEqual(day("2025-07-21"));
    expect(parseDate("اليوم")?.start).toEqual(day("2025-07-22"));
  });

  it("throws a RangeError naming the option for an impossible reference or week start", () => {
    const bad: unknown[] = [
      "2025-02-30",
      "yesterday",
      "2025-7-22",
      "22-07-2025",
      "",
      { year: 2025, month: 13, day: 1 },
      { year: 2025, month: 2, day: 29 },
      { year: 2025.5, month: 1, day: 1 },
      { year: "2025", month: 1, day: 1 },
      {},
      new Date(),
    ];
    for (const reference of bad) {
      expect(() => extractDates("أمس", { reference } as DateOptions)).toThrow(RangeError);
      expect(() => extractDates("أمس", { reference } as DateOptions)).toThrow(/extractDates: option "reference"/);
    }
    expect(() => extractDates("أمس", { reference: "2025-02-30" })).toThrow(/a day that does not exist/);
    expect(() => parseDate("أمس", { weekStart: "friday" } as unknown as DateOptions)).toThrow(
      /parseDate: option "weekStart"/,
    );
    expect(() => parseDate("أمس", { weekStart: "friday" } as unknown as DateOptions)).toThrow(RangeError);
    expect(() => extractDates("أمس", { locale: "ar" } as unknown as DateOptions)).toThrow(RangeError);
  });

  it("throws a TypeError naming the function for text that is not a string", () => {
    for (const value of [42, null, undefined, {}, ["أمس"], Symbol("x")]) {
      expect(() => extractDates(value as unknown as string)).toThrow(TypeError);
      expect(() => extractDates(value as unknown as string)).toThrow(/^extractDates: text must be a string/);
      expect(() => parseDate(value as unknown as string)).toThrow(/^parseDate: text must be a string/);
    }
    expect(() => extractDates("أمس", 5 as unknown as DateOptions)).toThrow(TypeError);
    expect(() => extractDates("أمس", { reference: 20250722 } as unknown as DateOptions)).toThrow(TypeError);
  });

  it("never mutates its arguments", () => {
    const reference = Object.freeze({ year: 2025, month: 7, day: 22 });
    const options = Object.freeze({ reference, weekStart: "sunday" as const });
    expect(() => extractDates("الأسبوع الماضي", options)).not.toThrow();
  });
});
