import { describe, expect, it } from "vitest";
import { day, expectDate, mentionsOf } from "../helpers.js";

describe("extractDates: ranges", () => {
  it("reads 'من 3 إلى 5 مايو', 'بين 10 و12 يونيو' and '3-5 مايو 2024' as one mention each", () => {
    expectDate("تقام الدورة من 3 إلى 5 مايو في الدوحة", {
      text: "من 3 إلى 5 مايو",
      start: "2025-05-03",
      end: "2025-05-05",
      grain: "day",
    });
    expectDate("تجري الانتخابات بين 10 و12 يونيو 2024 في كل الولايات", {
      text: "بين 10 و12 يونيو 2024",
      start: "2024-06-10",
      end: "2024-06-12",
    });
    expectDate("المعرض مفتوح 3-5 مايو 2024 للجمهور", { text: "3-5 مايو 2024", start: "2024-05-03", end: "2024-05-05" });
    expectDate("من 1 حتى 10 ذو الحجة 1445", {
      text: "من 1 حتى 10 ذو الحجة 1445",
      start: "2024-06-07",
      end: "2024-06-16",
      calendar: "hijri",
    });
  });

  it("reads two full dates joined by إلى or a dash, the first taking the second's year", () => {
    expectDate("تمتد الإجازة من 28 فبراير إلى 3 مارس 2024 وفق القرار", {
      text: "من 28 فبراير إلى 3 مارس 2024",
      start: "2024-02-28",
      end: "2024-03-03",
    });
    expectDate("خلال الفترة من 20 ديسمبر حتى 5 يناير 2025", {
      text: "من 20 ديسمبر حتى 5 يناير 2025",
      start: "2024-12-20",
      end: "2025-01-05",
    });
    expectDate("من يناير إلى مارس 2024 تراجعت الصادرات", {
      text: "من يناير إلى مارس 2024",
      start: "2024-01-01",
      end: "2024-03-31",
      grain: "month",
    });
    expectDate("بين عام 2010 وعام 2015 تضاعف الدين", {
      text: "بين عام 2010 وعام 2015",
      start: "2010-01-01",
      end: "2015-12-31",
      grain: "year",
    });
  });

  it("reads 'يومي 20 و21 نوفمبر' and two days in a row joined by و", () => {
    expectDate("ستكون العطلة يومي 20 و21 نوفمبر للقطاعين", {
      text: "يومي 20 و21 نوفمبر",
      start: "2024-11-20",
      end: "2024-11-21",
    }, { reference: "2024-11-10" });
    expectDate("تجري الامتحانات في 3 و4 مايو 2024", { text: "3 و4 مايو 2024", start: "2024-05-03", end: "2024-05-04" });
    // Days apart are no range: each is a day of its own (test/dates/refiners/list-members.test.ts).
    const apart = mentionsOf("في 3 و10 مايو 2024");
    expect(apart.map((m) => [m.text, m.start, m.end])).toEqual([
      ["3", day("2024-05-03"), day("2024-05-03")],
      ["10 مايو 2024", day("2024-05-10"), day("2024-05-10")],
    ]);
  });

  it("keeps the ends apart when the range runs backwards", () => {
    const m = mentionsOf("من 5 إلى 3 مايو 2024");
    expect(m.map((x) => x.text)).toEqual(["3 مايو 2024"]);
    expect(m[0]?.start).toEqual(day("2024-05-03"));
  });

  it("reads more than two days in a row joined by و as one range", () => {
    expectDate("وتقام فعاليات المعرض في 5 و6 و7 مايو بالعاصمة", { text: "5 و6 و7 مايو", start: "2025-05-05", end: "2025-05-07" });
  });
});
