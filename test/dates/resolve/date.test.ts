import { describe, expect, it } from "vitest";
import { day, intlGregorian, mentionsOf } from "../helpers.js";

const first = (text: string, reference: string) => mentionsOf(text, { reference })[0];

describe("resolving the year of a date", () => {
  it("takes the occurrence nearest the reference, across the year's end", () => {
    expect(first("في 28 ديسمبر", "2025-01-05")?.start).toEqual(day("2024-12-28"));
    expect(first("في 3 يناير", "2024-12-20")?.start).toEqual(day("2025-01-03"));
    expect(first("في 15 يونيو", "2025-01-05")?.start).toEqual(day("2025-06-15"));
    expect(first("في 15 يوليو", "2025-01-10")?.start).toEqual(day("2024-07-15"));
    expect(first("في 15 يوليو", "2025-01-20")?.start).toEqual(day("2025-07-15"));
  });

  it("gives a tie to the past", () => {
    // 1 January 2024 and 1 January 2025 both lie 183 days from 2 July 2024.
    expect(first("في 1 يناير", "2024-07-02")?.start).toEqual(day("2024-01-01"));
    expect(first("في 1 يناير", "2024-07-03")?.start).toEqual(day("2025-01-01"));
  });

  it("finds the nearest 29 February, up to four years away", () => {
    expect(first("في 29 فبراير", "2025-07-22")?.start).toEqual(day("2024-02-29"));
    expect(first("في 29 فبراير", "2027-07-22")?.start).toEqual(day("2028-02-29"));
  });

  it("places Hijri dates among Hijri years, and the 30th only in 30-day months", () => {
    const m = first("في 30 رمضان", "2025-07-22");
    expect(m?.hijri?.day).toBe(30);
    expect(m?.start).toEqual(day(intlGregorian({ year: m?.hijri?.year ?? 0, month: 9, day: 30 })));
    expect(m?.hijri?.year).not.toBe(1446);
  });

  it("reads Hijri numeric dates that do not exist as nothing", () => {
    expect(mentionsOf("بتاريخ 30/9/1446هـ", { reference: "2025-07-22" })).toEqual([]);
  });
});
