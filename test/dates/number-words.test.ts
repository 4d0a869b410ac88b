import { describe, expect, it } from "vitest";
import { wordNumberAt } from "../../src/dates/number-words.js";
import { day, expectDate, expectNone, mentionsOf } from "./helpers.js";

describe("extractDates: numbers written in words (through nashra/numbers)", () => {
  it("reads ordinal days: 'الحادي والعشرين من يوليو', 'الخامس من يونيو'", () => {
    expectDate("تنطلق الحملة الانتخابية في الحادي والعشرين من يوليو المقبل", {
      text: "الحادي والعشرين من يوليو المقبل",
      start: "2026-07-21",
      relative: true,
    });
    expectDate("وقعت النكسة في الخامس من يونيو 1967", { text: "الخامس من يونيو 1967", start: "1967-06-05" });
    expectDate("ليلة السابع والعشرين من شهر رمضان 1445", {
      text: "ليلة السابع والعشرين من شهر رمضان 1445",
      start: "2024-04-06",
      calendar: "hijri",
    });
    expectDate("في الأول من يناير عام ألفين وخمسة وعشرين", {
      text: "الأول من يناير عام ألفين وخمسة وعشرين",
      start: "2025-01-01",
      relative: false,
    });
  });

  it("reads counts in words: 'منذ ثلاثة أسابيع', 'بعد خمسة أيام', 'قبل عشرة أعوام'", () => {
    expectDate("بدأ الإضراب منذ ثلاثة أسابيع", {
      text: "منذ ثلاثة أسابيع",
      start: "2025-06-28",
      end: "2025-07-04",
      grain: "week",
    });
    expectDate("تعلن النتائج بعد خمسة أيام", { text: "بعد خمسة أيام", start: "2025-07-27" });
    expectDate("تأسست قبل عشرة أعوام", { text: "قبل عشرة أعوام", start: "2015-01-01", end: "2015-12-31" });
  });

  it("reads years in words after عام or سنة", () => {
    expectDate("لم تشهد البلاد أزمة مماثلة منذ عام ألفين وثمانية", {
      text: "عام ألفين وثمانية",
      start: "2008-01-01",
      end: "2008-12-31",
      grain: "year",
    });
  });

  it("reads ranges whose first day is a word", () => {
    const [m] = mentionsOf("تقام الدورة من الثالث إلى الخامس من مايو 2024");
    expect(m?.text).toBe("من الثالث إلى الخامس من مايو 2024");
    expect([m?.start, m?.end]).toEqual([day("2024-05-03"), day("2024-05-05")]);
  });

  it("does not read an ordinal that qualifies a noun as a day", () => {
    expectNone("فاز في الدور الثاني من البطولة");
    expect(mentionsOf("وتعود الفرق في الجولة الثالثة من سبتمبر 2025").map((m) => m.text)).toEqual(["سبتمبر 2025"]);
  });

  it("hands back only whole cardinals and ordinals, after a proclitic", () => {
    expect(wordNumberAt("والخامس من يونيو", 0)).toEqual({ start: 1, end: 7, value: 5, ordinal: true });
    expect(wordNumberAt("يونيو", 0)).toBeNull();
    expect(wordNumberAt("5 ايام", 0)).toBeNull();
  });
});
