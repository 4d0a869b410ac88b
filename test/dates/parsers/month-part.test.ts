import { describe, expect, it } from "vitest";
import { day, expectDate, expectNone, intlGregorian, mentionsOf } from "../helpers.js";

describe("extractDates: parts of a month", () => {
  it("reads أوائل/بداية/مطلع as days 1–10, منتصف as 11–20, أواخر/نهاية as 21 to the end", () => {
    const cases: [string, string, string][] = [
      ["أوائل مارس 2024", "2024-03-01", "2024-03-10"],
      ["بداية مارس 2024", "2024-03-01", "2024-03-10"],
      ["مطلع مارس 2024", "2024-03-01", "2024-03-10"],
      ["منتصف فبراير 2024", "2024-02-11", "2024-02-20"],
      ["أواخر فبراير 2024", "2024-02-21", "2024-02-29"],
      ["نهاية فبراير 2023", "2023-02-21", "2023-02-28"],
      ["نهاية شهر ديسمبر 2024", "2024-12-21", "2024-12-31"],
    ];
    for (const [written, start, end] of cases) {
      expectDate(`من المقرر أن تكتمل الأشغال ${written} حسب الوزارة`, { text: written, start, end, grain: "day" });
    }
  });

  it("takes the year nearest the reference and marks it implied", () => {
    const m = expectDate("واندلعت أعمال عنف دامية منتصف يوليو في محافظة السويداء", {
      text: "منتصف يوليو",
      start: "2025-07-11",
      end: "2025-07-20",
      relative: true,
    });
    expect(m.implied).toEqual(["year"]);
  });

  it("reads parts of Hijri months as their Gregorian range", () => {
    const m = expectDate("تقام الاحتفالات في منتصف شعبان 1446 في عدة مدن", {
      text: "منتصف شعبان 1446",
      start: intlGregorian({ year: 1446, month: 8, day: 11 }),
      end: intlGregorian({ year: 1446, month: 8, day: 20 }),
      calendar: "hijri",
    });
    expect(m.hijri).toEqual({ year: 1446, month: 8, day: 11 });
    // Ramadan 1446 had 29 days.
    expectDate("تزداد الصدقات في أواخر رمضان 1446", {
      text: "أواخر رمضان 1446",
      start: "2025-03-21",
      end: "2025-03-29",
      calendar: "hijri",
    });
  });

  it("reads العشر الأواخر and العشر الأوائل", () => {
    expectDate("يعتكف المصلون في العشر الأواخر من رمضان 1446", {
      text: "العشر الأواخر من رمضان 1446",
      start: "2025-03-21",
      end: "2025-03-29",
      calendar: "hijri",
    });
  });

  it("reads parts of a month counted from the reference", () => {
    expectDate("يصدر التقرير نهاية الشهر الجاري", { text: "نهاية الشهر الجاري", start: "2025-07-21", end: "2025-07-31" });
    expectDate("بدأ الإضراب مطلع الشهر الماضي", { text: "مطلع الشهر الماضي", start: "2025-06-01", end: "2025-06-10" });
  });

  it("reads the end of a range of months 'من سبتمبر حتى نهاية ديسمبر من العام الماضي'", () => {
    const [m] = mentionsOf("في الفترة من سبتمبر حتى نهاية ديسمبر من العام الماضي الأمر الذي");
    expect(m?.text).toBe("من سبتمبر حتى نهاية ديسمبر من العام الماضي");
    expect([m?.start, m?.end]).toEqual([day("2024-09-01"), day("2024-12-31")]);
  });

  it("reads the halves and weeks of a month as their days", () => {
    expectDate("تتوقع الأرصاد أمطارا في النصف الثاني من يونيو", { text: "النصف الثاني من يونيو", start: "2025-06-16", end: "2025-06-30", grain: "day" });
    expectDate("وتبدأ الحملة في الأسبوع الأول من أغسطس", { text: "الأسبوع الأول من أغسطس", start: "2025-08-01", end: "2025-08-07" });
    expectDate("وتكثر الزيارات في الأسبوع الأخير من رمضان 1446", { text: "الأسبوع الأخير من رمضان 1446", start: "2025-03-23", end: "2025-03-29" });
    expectDate("ويصوت المجلس في الأسبوع الثالث من الشهر المقبل", { text: "الأسبوع الثالث من الشهر المقبل", start: "2025-08-15", end: "2025-08-21" });
    expectNone("خسر الفريق مباراتين في الأسبوع الأول من البطولة");
    // A half of a year is its months (test/dates/refiners/year-part.test.ts), not days of a month.
    expectDate("ونما الاقتصاد في النصف الأول من العام الجاري", { text: "النصف الأول من العام الجاري", start: "2025-01-01", end: "2025-06-30", grain: "month" });
  });

  it("reads a part of الشهر alone as a part of the reference's month", () => {
    expectDate("وارتفعت الأسعار منذ بداية الشهر بنسبة كبيرة", { text: "بداية الشهر", start: "2025-07-01", end: "2025-07-10" });
    expectDate("ويصرف الراتب نهاية الشهر", { text: "نهاية الشهر", start: "2025-07-21", end: "2025-07-31" });
  });
});
