import { describe, expect, it } from "vitest";
import { dayBefore, expectDate, expectNone, intlGregorian, mentionsOf } from "../helpers.js";

describe("extractDates: whole years", () => {
  it("reads عام، العام، سنة، لعام before a year", () => {
    for (const written of ["عام 2011", "العام 2011", "سنة 2011", "عام 2011م"]) {
      expectDate(`شهدت البلاد في ${written} احتجاجات واسعة`, {
        text: written,
        start: "2011-01-01",
        end: "2011-12-31",
        grain: "year",
        relative: false,
      });
    }
    expectDate("موازنة الدولة لعام 2024 أقرت", { text: "عام 2024", start: "2024-01-01", end: "2024-12-31" });
    // ل + ال is written لل: the whole word is the mention.
    expectDate("وتبلغ موازنة الدولة للعام 2024 نحو 90 مليار", { text: "للعام 2024", start: "2024-01-01", end: "2024-12-31" });
    expectDate("وخصصت الوزارة وللعام المقبل مبالغ إضافية", { text: "للعام المقبل", start: "2026-01-01", end: "2026-12-31" });
  });

  it("reads a year word that names its calendar", () => {
    expectDate("وهنأ الملك المواطنين بحلول العام الهجري 1447، داعيا لهم بالخير", {
      text: "العام الهجري 1447",
      start: "2025-06-26",
      end: "2026-06-15",
      grain: "year",
    });
    expectDate("مع نهاية السنة الميلادية 2024 تنتهي المهلة", { text: "السنة الميلادية 2024", start: "2024-01-01", end: "2024-12-31" });
  });

  it("reads a year with its marker alone", () => {
    expectDate("تأسست المدينة سنة 762م على يد المنصور", { text: "سنة 762م", start: "0762-01-01", end: "0762-12-31" });
    const m = expectDate("خطة التنمية لعام 1446هـ أقرت", {
      text: "عام 1446هـ",
      start: intlGregorian({ year: 1446, month: 1, day: 1 }),
      end: dayBefore(intlGregorian({ year: 1447, month: 1, day: 1 })),
      grain: "year",
      calendar: "hijri",
    });
    expect(m.hijri).toEqual({ year: 1446, month: 1, day: 1 });
    expectDate("ولد في 1950م في القاهرة", { text: "1950م", start: "1950-01-01", end: "1950-12-31" });
    // م is also the metre: a bare number with it is a year only where a year is expected.
    expectNone("يبلغ قطر الحفرة 1500 م وعمقها 300 م");
    expectDate("1948م عام النكبة", { text: "1948م", start: "1948-01-01", end: "1948-12-31" });
  });

  it("reads two adjacent years after the dual عامي/سنتي as one stretch, and any two with بين", () => {
    expectDate("ارتفعت الصادرات في عامي 2023 و2024 بنسبة كبيرة", {
      text: "عامي 2023 و2024",
      start: "2023-01-01",
      end: "2024-12-31",
      grain: "year",
    });
    expectDate("تضاعف الدين بين عامي 2010 و2015", { text: "بين عامي 2010 و2015", start: "2010-01-01", end: "2015-12-31" });
    expectNone("في عامي 2024 و2023 تراجعت");
  });

  it("reads a bare year after منذ، حتى، بحلول when nothing counted follows", () => {
    expectDate("والبلاد في أزمة منذ 2011 وحتى الآن", { text: "2011", start: "2011-01-01", end: "2011-12-31" });
    expectDate("تهدف الخطة إلى خفض الانبعاثات بحلول 2030.", { text: "2030", start: "2030-01-01", end: "2030-12-31" });
    expectNone("سجلت الوزارة في 2008 حالة إصابة");
    expectNone("ارتفع عدد السكان إلى 2011 نسمة");
  });

  it("reads a bare year after في and its kin when the next clause, not a counted noun, follows", () => {
    expect(mentionsOf("وفي 2023 سجلت الشركة أرباحا قياسية").map((m) => m.text)).toEqual(["2023"]);
    expect(mentionsOf("وارتفعت أسعار الإيجارات في 2022 بشكل غير مسبوق").map((m) => m.text)).toEqual(["2022"]);
    expect(mentionsOf("وتراجعت الواردات في 2024 مقارنة بعام 2023").map((m) => m.text)).toEqual(["2024", "عام 2023"]);
    expect(mentionsOf("ويتوقع أن يكتمل المشروع بحلول نهاية 2026").map((m) => m.text)).toEqual(["2026"]);
    expectNone("ووزعت المساعدات في 2008 حالة طارئة");
    expectNone("وانتشرت فرق الإغاثة في 2000 منزل متضرر");
  });
});
