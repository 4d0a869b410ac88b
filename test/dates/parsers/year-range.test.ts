import { describe, expect, it } from "vitest";
import { expectDate, expectNone, mentionsOf } from "../helpers.js";

describe("extractDates: ranges of years in figures", () => {
  it("reads من … إلى/حتى and بين … و between two years as one mention", () => {
    expectDate("وارتفع الدين العام من 2015 إلى 2020 بأكثر من الضعف", {
      text: "من 2015 إلى 2020",
      start: "2015-01-01",
      end: "2020-12-31",
      grain: "year",
    });
    expectDate("وأنفقت الحكومة على المشروع للفترة من 2018 حتى 2022 نحو ملياري دولار", { text: "من 2018 حتى 2022", start: "2018-01-01", end: "2022-12-31" });
    expectDate("وتضاعف عدد السياح بين 2010 و2019 قبل أن تضرب الجائحة القطاع", { text: "بين 2010 و2019", start: "2010-01-01", end: "2019-12-31" });
  });

  it("reads two years with a dash or a slash after a lead or a noun of a span of time", () => {
    expectDate("وتستهدف الاستراتيجية خفض الانبعاثات خلال الفترة 2025-2030", { text: "2025-2030", start: "2025-01-01", end: "2030-12-31" });
    expectDate("وبلغت نسبة النجاح في 2023/2024 نحو 80 بالمئة", { text: "2023/2024", start: "2023-01-01", end: "2024-12-31" });
    expectDate("وتراجعت الإيرادات في 2024-25 بشكل ملحوظ", { text: "2024-25", start: "2024-01-01", end: "2025-12-31" });
    expectDate("من 1440 إلى 1445 هـ", { text: "من 1440 إلى 1445 هـ", calendar: "hijri", start: "2018-09-11", end: "2024-07-06" });
  });

  it("leaves names of seasons and plans, labels and counts alone", () => {
    expectNone("ويتصدر الفريق ترتيب الدوري في موسم 2024/2025");
    expectNone("وأطلقت الوزارة الخطة الخمسية 2021-2025 للتنمية");
    expectNone("وصدر المرسوم رقم 2020-2025 بتعديل القانون");
    expectNone("وارتفع سعر الأوقية من 1950 إلى 2050 دولارا خلال أسبوع");
    expectNone("وشارك بين 2000 و2500 شخص في المسيرة");
    expectNone("وبلغ المؤشر بين 1980 و2040 نقطة");
    // A slash between years further apart is no span; a chain of three is no range of two.
    expect(mentionsOf("في 2012/2018 كان الرقم").map((m) => m.text)).not.toContain("2012/2018");
    expect(mentionsOf("في 2020-2025-2030 تغير كل شيء").map((m) => m.text)).not.toContain("2020-2025");
  });
});
