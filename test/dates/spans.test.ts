import { describe, expect, it } from "vitest";
import { day, expectDate, mentionsOf } from "./helpers.js";

describe("extractDates: spans", () => {
  it("leaves في، بتاريخ، خلال and منذ-as-preposition outside the span", () => {
    expectDate("وقع الاتفاق في 5 مايو 2024", { text: "5 مايو 2024", start: "2024-05-05" });
    expectDate("صدر بتاريخ 2019/02/09", { text: "2019/02/09", start: "2019-02-09" });
    expectDate("انخفضت المبيعات خلال يونيو 2024", { text: "يونيو 2024", start: "2024-06-01", end: "2024-06-30" });
    expectDate("قبرص عضو في الاتحاد منذ مايو 2004", { text: "مايو 2004", start: "2004-05-01", end: "2004-05-31" });
  });

  it("keeps منذ inside a count from the reference, where it is the meaning", () => {
    expectDate("غادر منذ 3 أيام", { text: "منذ 3 أيام", start: "2025-07-19" });
  });

  it("leaves proclitics outside: و، ب، ل، ف and two of them", () => {
    expectDate("وفي يناير 2017 انطلق المسار", { text: "يناير 2017", start: "2017-01-01", end: "2017-01-31" });
    expectDate("ويناير 2017 شهد", { text: "يناير 2017", start: "2017-01-01", end: "2017-01-31" });
    expectDate("تأجيل المحاكمة لفبراير 2026", { text: "فبراير 2026", start: "2026-02-01", end: "2026-02-28" });
    expectDate("فالخميس موعد الاجتماع", { text: "الخميس", start: "2025-07-17" });
    expectDate("وبالأمس أعلنت الحكومة", { text: "الأمس", start: "2025-07-21" });
  });

  it("keeps يوم before a weekday or a date inside the span", () => {
    expectDate("أعلن يوم الأحد عن", { text: "يوم الأحد", start: "2025-07-20" });
    expectDate("أعلن يوم 5 مايو 2024 عن", { text: "يوم 5 مايو 2024", start: "2024-05-05" });
  });

  it("maps spans back through diacritics, tatweel and invisible marks", () => {
    const input = "وصَلَ الوفدُ يومَ الخميـــس ٣ تشرينَ الثّاني\u200F ٢٠٢٤ إلى بيروت";
    const [m] = mentionsOf(input);
    expect(m?.text).toBe("يومَ الخميـــس ٣ تشرينَ الثّاني\u200F ٢٠٢٤");
    expect(m?.start).toEqual(day("2024-11-03"));
    const hijri = "الأحد ١٧ رمضـان ١٤٣٣هـ";
    expect(mentionsOf(`بمحافظة تعز ـ ${hijri}.`)[0]?.text).toBe(hijri);
  });

  it("reads presentation forms and NBSP as the letters and spaces they stand for", () => {
    const [m] = mentionsOf("في\u00A05\u00A0ﻣﺎﻳﻮ 2024 أعلن");
    expect(m?.start).toEqual(day("2024-05-05"));
    expect(m?.text).toBe("5\u00A0ﻣﺎﻳﻮ 2024");
  });

  it("reads across spaces inside a line but not across line breaks", () => {
    expect(mentionsOf("كانون   الثاني 2024").map((x) => x.text)).toEqual(["كانون   الثاني 2024"]);
    const split = mentionsOf("الجمعة\n8 فيفري 2019");
    expect(split.map((x) => x.text)).toEqual(["الجمعة", "8 فيفري 2019"]);
  });
});
