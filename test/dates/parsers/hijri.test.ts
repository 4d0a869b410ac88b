import { describe, expect, it } from "vitest";
import { day, dayBefore, expectDate, expectNone, intlGregorian, mentionWith, mentionsOf } from "../helpers.js";

// Umm al-Qura month starts published by the Saudi authorities: 1 Ramadan 1445 = 11 March 2024,
// 1 Muharram 1446 = 7 July 2024, 1 Ramadan 1446 = 1 March 2025 (a 29-day Ramadan).
describe("extractDates: Hijri dates", () => {
  it("reads a Hijri day with the year marker هـ, and its Gregorian equal as a second mention", () => {
    const text = "بمحافظة تعز ـ الأحد 17رمضان 1433هـ الموافق 5 أغسطس 2012م.";
    const [hijri, gregorian] = mentionsOf(text);
    expect(hijri?.text).toBe("الأحد 17رمضان 1433هـ");
    expect(hijri?.calendar).toBe("hijri");
    expect(hijri?.hijri).toEqual({ year: 1433, month: 9, day: 17 });
    expect(hijri?.start).toEqual(day("2012-08-05"));
    expect(gregorian?.text).toBe("5 أغسطس 2012م");
    expect(gregorian?.calendar).toBe("gregorian");
    expect(gregorian?.start).toEqual(day("2012-08-05"));
  });

  it("reads every Hijri month name and its variants", () => {
    const names: [string, number][] = [
      ["محرم", 1], ["المحرم", 1], ["صفر", 2], ["صفر الخير", 2], ["ربيع الأول", 3], ["ربيع الاول", 3],
      ["ربيع الآخر", 4], ["ربيع الثاني", 4], ["جمادى الأولى", 5], ["جمادي الاولى", 5], ["جمادى الآخرة", 6],
      ["جمادى الثانية", 6], ["رجب", 7], ["شعبان", 8], ["رمضان", 9], ["رمضان المبارك", 9], ["شوال", 10],
      ["ذو القعدة", 11], ["ذي القعدة", 11], ["ذو الحجة", 12], ["ذي الحجة", 12],
    ];
    for (const [name, month] of names) {
      const written = `10 ${name} 1445هـ`;
      const m = expectDate(`صدر المرسوم الملكي بتاريخ ${written} ونشر في الجريدة الرسمية`, {
        text: written,
        start: intlGregorian({ year: 1445, month, day: 10 }),
        calendar: "hijri",
        relative: false,
      });
      expect(m.hijri).toEqual({ year: 1445, month, day: 10 });
    }
  });

  it("reads the Hijri markers ه، هجري، للهجرة", () => {
    for (const marker of ["هـ", " هـ", " ه", " هجري", " هجرية", " للهجرة"]) {
      const written = `1 رمضان 1445${marker}`;
      expectDate(`يبدأ الصيام في ${written} حسب تقويم أم القرى`, {
        text: written,
        start: "2024-03-11",
        calendar: "hijri",
      });
    }
  });

  it("reads a Hijri month and year as the Gregorian range of the month", () => {
    expectDate("تبدأ الإجازة في شهر محرم 1446 هـ وفق التعميم", {
      text: "شهر محرم 1446 هـ",
      start: "2024-07-07",
      end: dayBefore(intlGregorian({ year: 1446, month: 2, day: 1 })),
      grain: "month",
      calendar: "hijri",
    });
  });

  it("reads a Hijri month after a Gregorian year as the one that falls in it", () => {
    const m = mentionWith("استعدادات المساجد لاستقبال رمضان 2024 في القاهرة", "رمضان 2024");
    expect(m.start).toEqual(day("2024-03-11"));
    expect(m.hijri).toEqual({ year: 1445, month: 9, day: 1 });
  });

  it("reads a Hijri month without a year as the occurrence nearest the reference", () => {
    const m = expectDate("ومن المتوقع أن ترتفع الأسعار قبل حلول شهر رمضان", {
      text: "شهر رمضان",
      start: "2025-03-01",
      end: "2025-03-29",
      calendar: "hijri",
      relative: true,
    });
    expect(m.hijri).toEqual({ year: 1446, month: 9, day: 1 });
  });

  it("does not read صفر as a month when it is the number zero", () => {
    expectNone("فاز الفريق 3 صفر على ضيفه");
    expectNone("تعادل الفريقان صفر لصفر في المباراة");
    expectNone("محمد فقيه 1- صفر في المباراة");
    expectDate("وصل الوفد يوم 10 صفر إلى مكة", {
      text: "يوم 10 صفر",
      start: intlGregorian({ year: 1447, month: 2, day: 10 }),
      calendar: "hijri",
    });
    expectDate("في شهر صفر 1447 هـ", {
      text: "شهر صفر 1447 هـ",
      start: intlGregorian({ year: 1447, month: 2, day: 1 }),
      end: dayBefore(intlGregorian({ year: 1447, month: 3, day: 1 })),
      grain: "month",
    });
  });

  it("does not read رجب، شعبان، رمضان as months when they are names", () => {
    expectNone("التقى رجب طيب أردوغان الرئيس الروسي");
    expectNone("قال شعبان عبد الرحيم في حديث صحفي");
    expectNone("وأكد الفنان محمد رمضان أنه سيعود");
    expectDate("يحل رمضان 1447 بعد أشهر", {
      text: "رمضان 1447",
      start: intlGregorian({ year: 1447, month: 9, day: 1 }),
      end: dayBefore(intlGregorian({ year: 1447, month: 10, day: 1 })),
      grain: "month",
    });
  });
});
