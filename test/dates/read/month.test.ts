import { describe, expect, it } from "vitest";
import { day, expectDate, expectNone, mentionsOf } from "../helpers.js";

describe("extractDates: two-name press forms", () => {
  it("reads 'تشرين الثاني/نوفمبر' with a day and a year as one mention", () => {
    expectDate("وقالت الوكالة إن الانتخابات جرت في 3 تشرين الثاني/نوفمبر 2024 بنسبة مشاركة عالية", {
      text: "3 تشرين الثاني/نوفمبر 2024",
      start: "2024-11-03",
    });
  });

  it("reads the partner in parentheses, before or after the year", () => {
    expectDate("أجريت الانتخابات في نوفمبر (تشرين الثاني) 2024 وسط إجراءات أمنية", {
      text: "نوفمبر (تشرين الثاني) 2024",
      start: "2024-11-01",
      end: "2024-11-30",
      grain: "month",
    });
    expectDate("في 12 أيار (مايو) 2023 أعلن الجيش", { text: "12 أيار (مايو) 2023", start: "2023-05-12" });
  });

  it("reads the partner after a dash, a backslash or a slash with spaces", () => {
    expectDate("الإثنين 06 أغسطس-آب 2012 الساعة 01 صباحاً", {
      text: "الإثنين 06 أغسطس-آب 2012",
      start: "2012-08-06",
    });
    expectDate("الأربعاء، 28 آب / اغسطس 2013، آخر تحديث 14:00", {
      text: "الأربعاء، 28 آب / اغسطس 2013",
      start: "2013-08-28",
    });
    expectDate("صدر القرار في 2 يونيو\\حزيران 2020 عن المجلس", { text: "2 يونيو\\حزيران 2020", start: "2020-06-02" });
  });

  it("reads two names side by side, as Reuters writes them, when they agree", () => {
    expectDate("القاهرة 8 أكتوبر تشرين الأول 2026 (رويترز) - أبقى البنك المركزي أسعار الفائدة", {
      text: "8 أكتوبر تشرين الأول 2026",
      start: "2026-10-08",
    });
    expectDate("وجرت الانتخابات في يناير كانون الثاني 2025 وسط إقبال ضعيف", {
      text: "يناير كانون الثاني 2025",
      start: "2025-01-01",
      end: "2025-01-31",
      grain: "month",
    });
    // Two names of different months side by side are no pair: "مايو" stays alone.
    expect(mentionsOf("بين مايو حزيران 2025").map((m) => m.text)).not.toContain("مايو حزيران 2025");
  });

  it("pairs Maghreb and Egyptian names too", () => {
    expectDate("في 14 جانفي/يناير 2011 غادر بن علي البلاد", { text: "14 جانفي/يناير 2011", start: "2011-01-14" });
  });

  it("gives no date at all when the two names disagree", () => {
    expectNone("وقع الاتفاق في 3 تشرين الثاني/ديسمبر 2024 حسب المصدر");
    expectNone("أجريت الانتخابات في نوفمبر (تشرين الأول) 2024 وسط إجراءات أمنية");
  });

  it("reads two names of one system as two months, not as a two-name form", () => {
    const mentions = mentionsOf("وتراجعت المبيعات في يناير/فبراير 2024 بنسبة كبيرة");
    expect(mentions.map((m) => m.text)).toEqual(["يناير", "فبراير 2024"]);
    expect(mentions[1]?.start).toEqual(day("2024-02-01"));
  });
});
