import { describe, expect, it } from "vitest";
import { day, expectDate, expectNone, mentionWith, mentionsOf } from "../helpers.js";

// The reference, 22 July 2025, is a Tuesday.
describe("extractDates: weekdays", () => {
  it("reads a bare weekday as the most recent such day on or before the reference", () => {
    expectDate("أكد بوتين في اتصال مع نتنياهو الاثنين ضرورة الحفاظ على وحدة سوريا", {
      text: "الاثنين",
      start: "2025-07-21",
      relative: true,
    });
    expectDate("قال الوزير الثلاثاء إن المحادثات مستمرة", { text: "الثلاثاء", start: "2025-07-22" });
    expectDate("وكان الرئيس قد وصل الأربعاء إلى الرياض", { text: "الأربعاء", start: "2025-07-16" });
  });

  it("reads a bare weekday in a clause in the future as the first such day on or after the reference", () => {
    expectDate("وستعلن اللجنة النتائج النهائية يوم الخميس في مؤتمر صحفي", { text: "يوم الخميس", start: "2025-07-24" });
    expectDate("سيصل الوفد الأمريكي إلى الرياض مساء الأحد", { text: "مساء الأحد", start: "2025-07-27" });
    expectDate("ومن المقرر أن يعقد المجلس جلسته الثلاثاء", { text: "الثلاثاء", start: "2025-07-22" });
    expectDate("وسوف تبدأ المرحلة الثانية من الحملة الإثنين", { text: "الإثنين", start: "2025-07-28" });
    // The past, a noun that opens with س, and a future verb in another sentence leave it looking back.
    expectDate("أعلنت اللجنة النتائج يوم الخميس", { text: "يوم الخميس", start: "2025-07-17" });
    expectDate("ونقلت سيارات الإسعاف الجرحى مساء الأحد", { text: "مساء الأحد", start: "2025-07-20" });
    expectDate("وسيعقد المجلس جلسة أخرى. وكان قد اجتمع الأحد", { text: "الأحد", start: "2025-07-20" });
  });

  it("reads every weekday and its spellings", () => {
    const names: [string, string][] = [
      ["الأحد", "2025-07-20"], ["الاحد", "2025-07-20"], ["الإثنين", "2025-07-21"], ["الاثنين", "2025-07-21"],
      ["الأثنين", "2025-07-21"], ["الثلاثاء", "2025-07-22"], ["الثلثاء", "2025-07-22"], ["الأربعاء", "2025-07-16"],
      ["الاربعاء", "2025-07-16"], ["الخميس", "2025-07-17"], ["الجمعة", "2025-07-18"], ["الجمعه", "2025-07-18"],
      ["السبت", "2025-07-19"],
    ];
    for (const [name, iso] of names) expectDate(`انعقد الاجتماع ${name} في المقر`, { text: name, start: iso });
  });

  it("takes يوم، صباح، مساء، ليلة into the mention, and leaves a proclitic out", () => {
    expectDate("وتوجه الناخبون يوم الخميس إلى مراكز الاقتراع", { text: "يوم الخميس", start: "2025-07-17" });
    expectDate("اطلقت ايران صباح الجمعة قمرا صناعيا", { text: "صباح الجمعة", start: "2025-07-18" });
    expectDate("اندلعت اشتباكات مساء السبت في المدينة", { text: "مساء السبت", start: "2025-07-19" });
    expectDate("وقع الانفجار ليلة الأحد قرب الحدود", { text: "ليلة الأحد", start: "2025-07-20" });
    expectDate("ويوم الجمعة الماضي أعلن الجيش", { text: "يوم الجمعة الماضي", start: "2025-07-18" });
    expectDate("والسبت خرج المتظاهرون", { text: "السبت", start: "2025-07-19" });
  });

  it("reads الماضي/الفائت/المنصرم as strictly before and المقبل/القادم as strictly after", () => {
    expectDate("في حي الروضة الثلاثاء الماضي", { text: "الثلاثاء الماضي", start: "2025-07-15" });
    expectDate("عقد الاجتماع الإثنين الفائت", { text: "الإثنين الفائت", start: "2025-07-21" });
    expectDate("الجمعة المنصرمة شهدت احتجاجات", { text: "الجمعة المنصرمة", start: "2025-07-18" });
    expectDate("تبدأ المفاوضات الثلاثاء المقبل", { text: "الثلاثاء المقبل", start: "2025-07-29" });
    expectDate("يصل الوفد الخميس القادم", { text: "الخميس القادم", start: "2025-07-24" });
    expectDate("ويعود الإثنين المقبل", { text: "الإثنين المقبل", start: "2025-07-28" });
    expectDate("منذ الأحد قبل الماضي", { text: "الأحد قبل الماضي", start: "2025-07-13" });
    const plural = mentionWith("يومي الاثنين والثلاثاء المقبلين", "الثلاثاء المقبلين");
    expect(plural.start).toEqual(day("2025-07-29"));
  });

  it("joins weekdays of a range only when a date follows, and reads each otherwise", () => {
    const m = mentionsOf("بعد منتصف ليل الجمعة - السبت، في محيط بلدة");
    expect(m.map((x) => x.text)).toEqual(["الجمعة", "السبت"]);
    expect(m.map((x) => x.start)).toEqual([day("2025-07-18"), day("2025-07-19")]);
  });

  it("leaves out substrings and other meanings of weekday words", () => {
    expectNone("اجتمعت الجمعية العامة للأمم المتحدة");
    expectNone("هذا هو الأحدث في السوق");
    expectNone("شارك الأحد عشر لاعبا في التدريب");
    expectNone("اتفق الاثنان على أن كلا الاثنين مسؤول");
    expectNone("جرى اتصال هاتفي بين الاثنين بعد توتر العلاقات");
    expect(mentionsOf("تقام المباريات بين الاثنين والخميس").map((m) => m.text)).toEqual(["الاثنين", "الخميس"]);
    expectNone("وحضر الاثنين معا إلى المحكمة");
  });
});
