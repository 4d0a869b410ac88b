import { describe, expect, it } from "vitest";
import { day, expectDate, expectNone, mentionsOf } from "../helpers.js";

describe("extractDates: a month without a day", () => {
  it("reads a month and its year as the whole month", () => {
    expectDate("وفي يناير 2017، انطلق مسار أستانا", {
      text: "يناير 2017",
      start: "2017-01-01",
      end: "2017-01-31",
      grain: "month",
      relative: false,
    });
    expectDate("في شباط/فبراير 1979، في حضور", { text: "شباط/فبراير 1979", start: "1979-02-01", end: "1979-02-28" });
  });

  it("takes 'شهر' into the mention", () => {
    expectDate("انخفضت الأسعار خلال شهر أغسطس 2011 بنسبة كبيرة", {
      text: "شهر أغسطس 2011",
      start: "2011-08-01",
      end: "2011-08-31",
    });
  });

  it("reads a month without a year as its occurrence nearest the reference", () => {
    const m = expectDate("وكان الوزير قد زار موسكو في يونيو لبحث الملف", {
      text: "يونيو",
      start: "2025-06-01",
      end: "2025-06-30",
      grain: "month",
      relative: true,
    });
    expect(m.implied).toEqual(["year"]);
    // In January, a December is last year's; in December, a January is next year's.
    expect(mentionsOf("في ديسمبر", { reference: "2025-01-10" })[0]?.start).toEqual(day("2024-12-01"));
    expect(mentionsOf("في يناير", { reference: "2025-12-20" })[0]?.start).toEqual(day("2026-01-01"));
  });

  it("places a month with الماضي، المقبل، الجاري and 'من العام الماضي'", () => {
    const text = "ارتفع التضخم في مارس الماضي وسينخفض في سبتمبر المقبل، أما يوليو الجاري وأبريل من العام الماضي";
    const m = mentionsOf(text);
    expect(m.map((x) => x.text)).toEqual(["مارس الماضي", "سبتمبر المقبل", "يوليو الجاري", "أبريل من العام الماضي"]);
    expect(m.map((x) => x.start)).toEqual([day("2025-03-01"), day("2025-09-01"), day("2025-07-01"), day("2024-04-01")]);
    // "يوليو الماضي" in July is last year's July: strictly before the reference month.
    expect(mentionsOf("في يوليو الماضي")[0]?.start).toEqual(day("2024-07-01"));
    expect(mentionsOf("في يوليو المقبل")[0]?.start).toEqual(day("2026-07-01"));
  });

  it("reads an ambiguous name only with a preposition, a year, شهر or a day", () => {
    expectDate("عقد المؤتمر في مارس بالعاصمة", { text: "مارس", start: "2025-03-01", end: "2025-03-31" });
    expectNone("مارس الجيش ضغوطا كبيرة على السكان");
    expectNone("اشترى سيارة نيسان جديدة");
    expectNone("ويعالج في مستشفى مايو كلينيك في مينيسوتا");
    expectDate("تحتفل البلاد في شهر آب بعيدها", { text: "شهر آب", start: "2025-08-01", end: "2025-08-31" });
    expectNone("وانتقد الأمين العام السابق حميد شباط أداء الحكومة");
    expectDate("وتراجعت الصادرات في شباط بنسبة 4 في المئة", { text: "شباط", start: "2025-02-01", end: "2025-02-28" });
  });

  it("reads an ambiguous name after قبل، بعد، طوال", () => {
    expectDate("ارتفعت أسعار السلع قبل رمضان بأسبوعين", {
      text: "رمضان",
      start: "2025-03-01",
      end: "2025-03-29",
      calendar: "hijri",
    });
    expectDate("يتواصل العمل طوال شعبان", { text: "شعبان", start: "2025-01-31", end: "2025-02-28", calendar: "hijri" });
  });

  it("reads a strong name standing alone", () => {
    expectDate("ونكسة حزيران ما زالت حاضرة", { text: "حزيران", start: "2025-06-01", end: "2025-06-30" });
  });

  it("takes a proclitic off a month name", () => {
    const m = mentionsOf("في يناير 2011 وفبراير 2012 ولفبراير 2013");
    expect(m.map((x) => x.text)).toEqual(["يناير 2011", "فبراير 2012", "فبراير 2013"]);
  });

  it("reads الفارط (Tunisia, Algeria) as a placing word before the reference", () => {
    expectDate("وسجلت البلاد في ديسمبر الفارط أعلى نسبة", { text: "ديسمبر الفارط", start: "2024-12-01", end: "2024-12-31" });
    expectDate("وتراجع الإنتاج خلال الشهر الفارط", { text: "الشهر الفارط", start: "2025-06-01", end: "2025-06-30" });
  });

  it("reads the second month of a list, vouched for by the first, and شهري like شهر", () => {
    expect(mentionsOf("وتراجعت الأمطار خلال شهري آذار ونيسان").map((m) => m.text)).toEqual(["شهري آذار", "نيسان"]);
    expect(mentionsOf("وتنظم المهرجانات خلال يوليوز وغشت").map((m) => m.text)).toEqual(["يوليوز", "غشت"]);
    expectNone("واشترى سيارة نيسان جديدة");
  });
});
