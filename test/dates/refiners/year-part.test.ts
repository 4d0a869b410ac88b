import { describe, expect, it } from "vitest";
import { expectDate, mentionsOf } from "../helpers.js";

describe("extractDates: quarters and halves of a year", () => {
  it("reads a quarter of a written or a counted year as its three months", () => {
    expectDate("ونما الناتج المحلي الإجمالي بنسبة 2.1% خلال الربع الثالث من العام الجاري", {
      text: "الربع الثالث من العام الجاري",
      start: "2025-07-01",
      end: "2025-09-30",
      grain: "month",
    });
    expectDate("وتراجعت أرباح الشركة في الربع الأول من 2024 بنسبة 12 بالمئة", {
      text: "الربع الأول من 2024",
      start: "2024-01-01",
      end: "2024-03-31",
      grain: "month",
    });
    expectDate("وسجلت دائرة الإحصاءات العامة ارتفاع البطالة خلال الربع الأخير من عام 2023", {
      text: "الربع الأخير من عام 2023",
      start: "2023-10-01",
      end: "2023-12-31",
    });
    expectDate("وأعلن البنك نتائجه المالية للربع الثاني 2025 بعد إغلاق السوق", { text: "للربع الثاني 2025", start: "2025-04-01", end: "2025-06-30" });
  });

  it("reads a half of a year as its six months, in the year counted from the reference", () => {
    expectDate("وارتفعت الصادرات غير النفطية في النصف الأول من العام الماضي", {
      text: "النصف الأول من العام الماضي",
      start: "2024-01-01",
      end: "2024-06-30",
      grain: "month",
    });
    expectDate("ويتوقع المصرف المركزي تباطؤ التضخم في النصف الثاني من 2026", {
      text: "النصف الثاني من 2026",
      start: "2026-07-01",
      end: "2026-12-31",
    });
  });

  it("leaves the halves of a month to the month, and reads no quarter without a year", () => {
    expectDate("تتوقع الأرصاد أمطارا في النصف الثاني من يونيو", { text: "النصف الثاني من يونيو", start: "2025-06-16", end: "2025-06-30", grain: "day" });
    expect(mentionsOf("وحققت الشركة أرباحا في الربع الثالث بفضل ارتفاع المبيعات")).toEqual([]);
    // A vague part of a year gives the year.
    expectDate("وتبدأ الأشغال مطلع العام المقبل", { text: "العام المقبل", start: "2026-01-01", end: "2026-12-31", grain: "year" });
  });

  it("does not read a Hijri year's quarter", () => {
    expect(mentionsOf("في الربع الأول من العام الهجري 1447").map((m) => [m.text, m.grain])).toEqual([["العام الهجري 1447", "year"]]);
  });
});
