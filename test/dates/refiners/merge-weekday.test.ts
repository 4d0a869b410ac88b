import { describe, expect, it } from "vitest";
import { day, expectDate, mentionsOf } from "../helpers.js";

describe("extractDates: a weekday next to its date", () => {
  it("makes one mention of a weekday and its date, with a comma or nothing between", () => {
    expectDate("الجمعة 8 فيفري 2019", { text: "الجمعة 8 فيفري 2019", start: "2019-02-08" });
    expectDate("الجمعة 07 دجنبر 2012 - 14:50", { text: "الجمعة 07 دجنبر 2012", start: "2012-12-07" });
    expectDate("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث", { text: "الأربعاء، 28 آب/اغسطس 2013", start: "2013-08-28" });
    expectDate("يوم الإثنين الموافق 5 أغسطس 2024 تبدأ الدراسة", {
      text: "يوم الإثنين الموافق 5 أغسطس 2024",
      start: "2024-08-05",
    });
  });

  it("takes a date in parentheses after its weekday, with the closing parenthesis", () => {
    expectDate("يصل الوفد الخميس (24 يوليو) إلى عمان", { text: "الخميس (24 يوليو)", start: "2025-07-24" });
  });

  it("lets the written date win when the weekday disagrees", () => {
    // 5 August 2024 was a Monday, not a Friday.
    expectDate("الجمعة 5 أغسطس 2024 افتتح المعرض", { text: "الجمعة 5 أغسطس 2024", start: "2024-08-05" });
  });

  it("takes a weekday and a named day together, and both with the date after them", () => {
    const [m] = mentionsOf("العملية الإرهابية مساء أمس السبت 16رمضان 1433 التي حدثت", { reference: "2012-08-05" });
    expect(m?.text).toBe("مساء أمس السبت 16رمضان 1433");
    expect(m?.start).toEqual(day("2012-08-04"));
  });

  it("does not join a Hijri date to the Gregorian one after الموافق", () => {
    const m = mentionsOf("مساء الجمعة 15 رمضان الموافق 3أغسطس الجاري", { reference: "2012-08-06" });
    expect(m.map((x) => x.text)).toEqual(["مساء الجمعة 15 رمضان", "3أغسطس الجاري"]);
    expect(m.map((x) => x.start)).toEqual([day("2012-08-03"), day("2012-08-03")]);
  });
});
