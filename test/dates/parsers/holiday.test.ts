import { describe, expect, it } from "vitest";
import { expectDate, mentionsOf } from "../helpers.js";

describe("extractDates: named feasts and observances", () => {
  it("places an Islamic feast on its Hijri day, the occurrence nearest the reference", () => {
    // Reference 22 July 2025: Eid al-Fitr 1446 (30 March 2025) is nearer than 1447 (20 March 2026).
    expectDate("وتتوقع الوزارة ارتفاع الحركة في المطارات قبيل عيد الفطر المبارك", {
      text: "عيد الفطر",
      start: "2025-03-30",
      end: "2025-03-30",
      grain: "day",
      calendar: "hijri",
    });
    // On 1 December 2025 the next one (20 March 2026) is the nearer.
    expectDate("وتتوقع الوزارة ارتفاع الحركة قبيل عيد الفطر", { text: "عيد الفطر", start: "2026-03-20" }, { reference: "2025-12-01" });
    expectDate("وصلى مئات الآلاف صلاة العيد في أول أيام عيد الأضحى", { text: "أول أيام عيد الأضحى", start: "2025-06-06", end: "2025-06-06" });
    expectDate("وتستمر العطلة حتى ثالث أيام عيد الأضحى", { text: "ثالث أيام عيد الأضحى", start: "2025-06-08" });
    expectDate("ووقف الحجاج على صعيد عرفات يوم عرفة", { text: "يوم عرفة", start: "2025-06-05" });
  });

  it("takes the year or placing word written after the feast", () => {
    expectDate("وأعلنت الحكومة عطلة عيد الأضحى 1446 هـ لموظفي القطاع العام", {
      text: "عيد الأضحى 1446 هـ",
      start: "2025-06-06",
      end: "2025-06-06",
    });
    expectDate("وخلال عطلة عيد الفطر 2024 سجلت المنافذ عبور مليون مسافر", { text: "عيد الفطر 2024", start: "2024-04-10" });
    expectDate("وارتفعت أسعار الأضاحي مقارنة بعيد الأضحى الماضي", { text: "عيد الأضحى الماضي", start: "2025-06-06" });
  });

  it("reads fixed Gregorian observances", () => {
    expectDate("ونظمت النقابات مسيرات بمناسبة عيد العمال", { text: "عيد العمال", start: "2025-05-01", calendar: "gregorian" });
    expectDate("وتحتفل المنظمات بيوم المرأة العالمي", { text: "يوم المرأة العالمي", start: "2025-03-08" });
  });

  it("leaves feasts whose day depends on the church or the country", () => {
    expect(mentionsOf("وهنأ الرئيس المواطنين بعيد الميلاد المجيد")).toEqual([]);
    expect(mentionsOf("واحتفلت المدارس بعيد الأم")).toEqual([]);
  });
});
