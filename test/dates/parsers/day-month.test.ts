import { describe, expect, it } from "vitest";
import { REF, day, expectDate, expectNone, mentionWith, mentionsOf } from "../helpers.js";

// Every spelling the issue lists, by region, with its month: written here, not read from the lexicon.
const REGIONS: Record<string, [string, number][]> = {
  "Egypt and the Gulf": [
    ["يناير", 1], ["فبراير", 2], ["مارس", 3], ["أبريل", 4], ["ابريل", 4], ["إبريل", 4], ["مايو", 5],
    ["يونيو", 6], ["يونية", 6], ["يونيه", 6], ["يوليو", 7], ["يولية", 7], ["يوليه", 7], ["أغسطس", 8],
    ["اغسطس", 8], ["سبتمبر", 9], ["أكتوبر", 10], ["اكتوبر", 10], ["نوفمبر", 11], ["ديسمبر", 12],
  ],
  "the Levant and Iraq": [
    ["كانون الثاني", 1], ["كانون ثاني", 1], ["كانون 2", 1], ["شباط", 2], ["آذار", 3], ["اذار", 3],
    ["نيسان", 4], ["أيار", 5], ["ايار", 5], ["حزيران", 6], ["تموز", 7], ["آب", 8], ["اب", 8],
    ["أيلول", 9], ["ايلول", 9], ["تشرين الأول", 10], ["تشرين الاول", 10], ["تشرين أول", 10],
    ["تشرين 1", 10], ["تشرين الثاني", 11], ["تشرين ثاني", 11], ["تشرين 2", 11], ["كانون الأول", 12],
    ["كانون اول", 12], ["كانون 1", 12],
  ],
  "Algeria and Tunisia": [
    ["جانفي", 1], ["فيفري", 2], ["مارس", 3], ["أفريل", 4], ["ماي", 5], ["جوان", 6], ["جويلية", 7],
    ["أوت", 8], ["سبتمبر", 9], ["أكتوبر", 10], ["نوفمبر", 11], ["ديسمبر", 12],
  ],
  "Morocco and Mauritania": [
    ["ينير", 1], ["يناير", 1], ["فبراير", 2], ["مارس", 3], ["أبريل", 4], ["ماي", 5], ["يونيو", 6],
    ["يوليوز", 7], ["غشت", 8], ["أغشت", 8], ["شتنبر", 9], ["شتمبر", 9], ["أكتوبر", 10], ["نونبر", 11],
    ["دجنبر", 12], ["دجمبر", 12],
  ],
  "Persian-letter spellings": [["فبرایر", 2], ["دیسمبر", 12], ["ینایر", 1]],
};

describe("extractDates: a day, a month name and a year", () => {
  for (const [region, names] of Object.entries(REGIONS)) {
    it(`reads every month name of ${region}`, () => {
      for (const [name, month] of names) {
        const written = `5 ${name} 2024`;
        expectDate(`وقعت الحكومة الاتفاق في ${written} بحضور الوزراء.`, {
          text: written,
          start: `2024-${month}-5`,
          grain: "day",
          calendar: "gregorian",
          relative: false,
        });
      }
    });
  }

  it("reads days with a leading zero, glued to the month, and the comma before the year", () => {
    expectDate("السبت, 05 مايو, 2012, 14:32 بتوقيت القدس", {
      text: "السبت, 05 مايو, 2012",
      start: "2012-05-05",
    });
    expectDate("الحادث الذي وقع 3أغسطس 2012 في تعز", { text: "3أغسطس 2012", start: "2012-08-03" });
  });

  it("reads 'من' and 'شهر' between the day and the month, and عام before the year", () => {
    expectDate("اجتمع المجلس يوم 15 من شهر يونيو عام 2023 في العاصمة", {
      text: "يوم 15 من شهر يونيو عام 2023",
      start: "2023-06-15",
    });
    expectDate("تشهد سوريا منذ 15 آذار/مارس عام 2011 مظاهرات", {
      text: "15 آذار/مارس عام 2011",
      start: "2011-03-15",
    });
  });

  it("reads the Gregorian markers م، ميلادي، للميلاد after the year", () => {
    for (const marker of ["م", " م", " ميلادي", " ميلادية", " للميلاد"]) {
      const written = `5 أغسطس 2012${marker}`;
      expectDate(`صدر البيان في ${written} عن الحزب.`, { text: written, start: "2012-08-05" });
    }
  });

  it("rejects a day the month does not have", () => {
    expectNone("نشر التقرير في 31 أبريل 2024 على الموقع");
    expectNone("نشر التقرير في 30 فبراير 2024 على الموقع");
    expectDate("ولد في 29 فبراير 2024 في القاهرة", { text: "29 فبراير 2024", start: "2024-02-29" });
  });
});

describe("extractDates: named days of the month", () => {
  it("غرة and الفاتح are the first day, سلخ the last", () => {
    expectDate("أعلنت المحكمة العليا أن غرة رمضان 1446 ستكون بداية الصيام", {
      text: "غرة رمضان 1446",
      start: "2025-03-01",
      calendar: "hijri",
    });
    expectDate("تحتفل الجزائر بذكرى الفاتح من نوفمبر 1954 كل عام", {
      text: "الفاتح من نوفمبر 1954",
      start: "1954-11-01",
    });
    expectDate("ينتهي العقد سلخ شهر ديسمبر 2025 حسب الوزارة", {
      text: "سلخ شهر ديسمبر 2025",
      start: "2025-12-31",
    });
    expectDate("وذلك في سلخ رمضان 1446 للهجرة", {
      text: "سلخ رمضان 1446 للهجرة",
      start: "2025-03-29",
      calendar: "hijri",
    });
  });

  it("reads the Moroccan فاتح without the article", () => {
    expectDate("يدخل القانون حيز التنفيذ ابتداء من فاتح ينير 2025", { text: "فاتح ينير 2025", start: "2025-01-01" });
  });

  it("does not read a date that names a place, nor its month alone", () => {
    expectNone("اندلع حريق في أحد المصانع بمدينة 6 أكتوبر دون إصابات");
    expectNone("افتتح المحل في شارع 26 يوليو بالقاهرة");
    expectDate("في ذكرى ثورة 25 يناير 2011", { text: "25 يناير 2011", start: "2011-01-25" });
  });

  it("reads 'أول يوم من' and 'آخر يوم من' a month", () => {
    expectDate("تنتهي المهلة في آخر يوم من يونيو 2025", { text: "آخر يوم من يونيو 2025", start: "2025-06-30" });
    expectDate("تبدأ الدراسة في اليوم الأول من سبتمبر 2025", { text: "اليوم الأول من سبتمبر 2025", start: "2025-09-01" });
  });

  it("أول before a month is its first day, and أول أمس stays a relative day", () => {
    expectDate("يحتفل العمال في أول مايو 2025 بعيدهم", { text: "أول مايو 2025", start: "2025-05-01" });
    expectDate("وصل الوفد أول أمس إلى بيروت", { text: "أول أمس", start: "2025-07-20" });
  });
});

describe("extractDates: a day of a month counted from the reference", () => {
  it("reads a day of the current or the previous month: 'يوم 5 من الشهر الجاري', '28 من الشهر الماضي'", () => {
    const m = mentionWith("تبدأ الامتحانات يوم 5 من الشهر الجاري في كل المدارس", "يوم 5 من الشهر الجاري");
    expect(m.start).toEqual(day("2025-07-05"));
    expect(m.implied).toEqual(["year", "month"]);
    expect(mentionWith("وقع الهجوم في 28 من الشهر الماضي", "28 من الشهر الماضي").start).toEqual(day("2025-06-28"));
  });

  it("reads a day with the month understood: '20 الجاري', '28 الماضي'", () => {
    expectDate("تنطلق الانتخابات في 20 الجاري وتستمر يومين", { text: "20 الجاري", start: "2025-07-20" });
    expectDate("أعلن في 28 الماضي عن استقالته", { text: "28 الماضي", start: "2025-06-28" });
    expectNone("ارتفع عدد الإصابات خلال الـ24 الماضية");
  });

  it("reads a month placed by الجاري/الماضي/المقبل after its day", () => {
    const text = "زار الوزير المدينة في 3 مارس الماضي ويعود في 15 أغسطس المقبل أو 30 يوليو الجاري";
    const [a, b, c] = mentionsOf(text);
    expect([a?.text, b?.text, c?.text]).toEqual(["3 مارس الماضي", "15 أغسطس المقبل", "30 يوليو الجاري"]);
    expect(a?.start).toEqual(day("2025-03-03"));
    expect(b?.start).toEqual(day("2025-08-15"));
    expect(c?.start).toEqual(day("2025-07-30"));
  });

  it("places a yearless date after منذ in the past, unless a range's end follows", () => {
    expectDate("تتواصل الحرب منذ السابع من أكتوبر", { text: "السابع من أكتوبر", start: "2024-10-07" });
    expectDate("مغلق منذ 22 يوليو", { text: "22 يوليو", start: "2025-07-22" });
    expectDate("تستمر الفعاليات منذ 15 أغسطس وحتى نهايته", { text: "15 أغسطس", start: "2025-08-15" });
  });

  it("'الماضي' after a day of the reference month is strictly before the reference", () => {
    expect(mentionsOf("منذ 25 يوليو الماضي", { reference: REF })[0]?.start).toEqual(day("2024-07-25"));
    expect(mentionsOf("منذ 20 يوليو الماضي", { reference: REF })[0]?.start).toEqual(day("2025-07-20"));
  });

  it("takes the article glued before the day into the date, and reads منذ and يوم before it", () => {
    expectDate("ويتعرض القطاع لقصف متواصل منذ الـ7 من أكتوبر", { text: "الـ7 من أكتوبر", start: "2024-10-07" });
    expectDate("وخرج المتظاهرون يوم الـ25 من يناير", { text: "يوم الـ25 من يناير", start: "2025-01-25" });
  });

  it("reads no date in a name made of a day and a month", () => {
    expectNone("وأقيمت المباراة على ملعب 5 جويلية بالعاصمة");
    expectNone("ونشرت صحيفة 14 أكتوبر الرسمية الخبر");
    expectNone("وقال قيادي في حركة 20 فبراير إن المسيرة سلمية");
    expectDate("وتحل ذكرى ثورة 25 يناير", { text: "25 يناير", start: "2025-01-25" });
  });
});
