import { describe, expect, it } from "vitest";
import { mentionsOf, readDays } from "../helpers.js";

const read = (sentence: string): [string, string, string][] => readDays(sentence, "2025-07-22");

describe("extractDates: the unmarked members of a و list", () => {
  it("reads a bare day before a date as a day of the same month", () => {
    expect(read("وتقام المرحلة الأولى من البطولة في 5 و20 مايو المقبل في الدوحة")).toEqual([
      ["5", "2026-05-05", "2026-05-05"],
      ["20 مايو المقبل", "2026-05-20", "2026-05-20"],
    ]);
    expect(read("وأجريت الجولات الثلاث في 5 و12 و19 مايو 2024 في ملعب المدينة")).toEqual([
      ["5", "2024-05-05", "2024-05-05"],
      ["12", "2024-05-12", "2024-05-12"],
      ["19 مايو 2024", "2024-05-19", "2024-05-19"],
    ]);
  });

  it("keeps the month's calendar and the year the list shares", () => {
    const [first, second] = mentionsOf("وتصرف المنحة في 10 و25 رمضان 1446 هـ للأسر المسجلة");
    expect(first?.text).toBe("10");
    expect(first?.calendar).toBe("hijri");
    expect(first?.hijri).toEqual({ year: 1446, month: 9, day: 10 });
    expect(second?.hijri).toEqual({ year: 1446, month: 9, day: 25 });
    expect(read("وتقرر عقد الجلستين في 8 و22 يونيو و6 يوليو 2023 بمقر البرلمان").map((m) => m[1])).toEqual([
      "2023-06-08",
      "2023-06-22",
      "2023-07-06",
    ]);
  });

  it("reads يومي with days apart as two days, with adjacent days as one stretch", () => {
    expect(read("وستجري الانتخابات البلدية يومي 8 و15 مارس المقبل")).toEqual([
      ["8", "2026-03-08", "2026-03-08"],
      ["15 مارس المقبل", "2026-03-15", "2026-03-15"],
    ]);
    expect(read("وستكون العطلة يومي 20 و21 نوفمبر المقبل")).toEqual([["يومي 20 و21 نوفمبر المقبل", "2025-11-20", "2025-11-21"]]);
  });

  it("leaves ranges to the range refiner: days in a row, بين, من", () => {
    expect(read("وتجري الامتحانات في 3 و4 مايو 2024")).toEqual([["3 و4 مايو 2024", "2024-05-03", "2024-05-04"]]);
    expect(read("وتجري الانتخابات بين 10 و20 يونيو 2024 في كل الولايات")).toEqual([["بين 10 و20 يونيو 2024", "2024-06-10", "2024-06-20"]]);
  });

  it("reads years listed after a year, each a year of its own", () => {
    expect(read("ويعد الجسر الثالث في المنطقة بعد جسرين افتتحا في عامي 2009 و2015.")).toEqual([
      ["2009", "2009-01-01", "2009-12-31"],
      ["2015", "2015-01-01", "2015-12-31"],
    ]);
    expect(read("وشارك المنتخب في نهائيات كأس العالم عام 1998 و2006 و2022")).toEqual([
      ["عام 1998", "1998-01-01", "1998-12-31"],
      ["2006", "2006-01-01", "2006-12-31"],
      ["2022", "2022-01-01", "2022-12-31"],
    ]);
    // Two adjacent years after the dual stay one stretch.
    expect(read("وارتفعت الصادرات في عامي 2023 و2024 بنسبة كبيرة")).toEqual([["عامي 2023 و2024", "2023-01-01", "2024-12-31"]]);
  });

  it("does not read a count after و as a year", () => {
    expect(read("وسجلت الوزارة عام 2020 و2000 شخص غادروا البلاد").map((m) => m[0])).toEqual(["عام 2020"]);
    expect(read("وبلغت المبيعات عام 2021 و3500 وحدة").map((m) => m[0])).toEqual(["عام 2021"]);
    expect(read("في عام 2020 و2020 كان الوضع صعبا").map((m) => m[0])).toEqual(["عام 2020"]);
  });

  it("does not read a count before و as a day", () => {
    expect(read("وأصيب 3 أشخاص و20 مايو موعد المحاكمة").map((m) => m[0])).toEqual(["20 مايو"]);
    expect(read("بلغ المعدل 3.5 و20 مايو كان الموعد").map((m) => m[0])).toEqual(["20 مايو"]);
  });

});
