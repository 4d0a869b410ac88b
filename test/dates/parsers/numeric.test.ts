import { describe, expect, it } from "vitest";
import { day, expectDate, expectNone, mentionsOf } from "../helpers.js";

describe("extractDates: dates in figures", () => {
  it("reads day/month/year in Latin, Arabic-Indic and Persian digits", () => {
    for (const written of ["12/3/2024", "١٢/٣/٢٠٢٤", "۱۲/۳/۲۰۲۴", "12-03-2024", "12.03.2024"]) {
      expectDate(`صدر القرار بتاريخ ${written} عن مجلس الوزراء`, { text: written, start: "2024-03-12", grain: "day" });
    }
  });

  it("reads year-month-day when the first number has four digits", () => {
    expectDate("جريدة الصباح بتاريخ 2019/02/09", { text: "2019/02/09", start: "2019-02-09" });
    expectDate("آخر تحديث 2024-03-12 الساعة 10:30", { text: "2024-03-12", start: "2024-03-12" });
    expectDate("نشر في\n2012.10.30\nبالجزائر", { text: "2012.10.30", start: "2012-10-30" });
  });

  it("reads spaces around the separators", () => {
    expectDate("شعب بريسنشر في شعب بريس يوم 22 - 09 - 2012", { text: "يوم 22 - 09 - 2012", start: "2012-09-22" });
  });

  it("reads month-first only when the middle number cannot be a month", () => {
    expectDate("the report of 03/25/2024 was", { text: "03/25/2024", start: "2024-03-25" });
    expectDate("تقرير 05/04/2024 الصادر", { text: "05/04/2024", start: "2024-04-05" });
  });

  it("reads two-digit years: 2000 + yy below 50, else 1900 + yy", () => {
    expectDate("بتاريخ 12/3/24 صدر", { text: "12/3/24", start: "2024-03-12" });
    expectDate("بتاريخ 12/3/49 صدر", { text: "12/3/49", start: "2049-03-12" });
    expectDate("بتاريخ 12/3/50 صدر", { text: "12/3/50", start: "1950-03-12" });
    expectDate("بتاريخ 1/1/99 صدر", { text: "1/1/99", start: "1999-01-01" });
  });

  it("reads a Hijri date in figures, with or without its marker", () => {
    const m = expectDate("وفق الأمر السامي رقم 12 وتاريخ 15/9/1445هـ", {
      text: "15/9/1445هـ",
      start: "2024-03-25",
      calendar: "hijri",
    });
    expect(m.hijri).toEqual({ year: 1445, month: 9, day: 15 });
    expectDate("وتاريخ 1445/09/15 أعلن", { text: "1445/09/15", start: "2024-03-25", calendar: "hijri" });
  });

  it("leaves out scores, times, decimals, versions, addresses and impossible dates", () => {
    expectNone("فاز الفريق 3-1 في الدقيقة 90");
    expectNone("الساعة 14:50 بتوقيت غرينتش");
    expectNone("بلغت النسبة 17.3 في المائة");
    expectNone("الإصدار 1.2.10 من البرنامج");
    expectNone("العنوان 192.168.1.10 على الشبكة");
    expectNone("الرقم 45/13/2024 غير صحيح");
    expectNone("الرقم 31/02/2024 غير صحيح");
    expectNone("بين 2-5-7 لاعبين");
  });

  it("keeps the days of two dates apart", () => {
    const m = mentionsOf("من 01/02/2020 إلى 03/04/2021");
    expect(m).toHaveLength(1);
    expect(m[0]?.start).toEqual(day("2020-02-01"));
    expect(m[0]?.end).toEqual(day("2021-04-03"));
  });
});
