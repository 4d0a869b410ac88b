import { describe, expect, it } from "vitest";
import { mentionsOf } from "../helpers.js";

const days = (text: string): [string, string, string][] =>
  mentionsOf(text).map((m) => [
    m.text,
    `${m.start.year}-${String(m.start.month).padStart(2, "0")}-${String(m.start.day).padStart(2, "0")}`,
    `${m.end.year}-${String(m.end.month).padStart(2, "0")}-${String(m.end.day).padStart(2, "0")}`,
  ]);

describe("extractDates: a list of dates shares the year written after it", () => {
  it("gives every yearless date of a و list the year of its last date", () => {
    expect(days("خرج المتظاهرون إلى الميادين في 30 يونيو و3 يوليو 2013")).toEqual([
      ["30 يونيو", "2013-06-30", "2013-06-30"],
      ["3 يوليو 2013", "2013-07-03", "2013-07-03"],
    ]);
    expect(days("وأجريت الجولات يوم 30 جوان و5 جويلية و15 أوت 2023 في العاصمة")).toEqual([
      ["يوم 30 جوان", "2023-06-30", "2023-06-30"],
      ["5 جويلية", "2023-07-05", "2023-07-05"],
      ["15 أوت 2023", "2023-08-15", "2023-08-15"],
    ]);
    expect(days("وسجلت الصادرات تراجعا في شهري يناير وفبراير 2020")).toEqual([
      ["شهري يناير", "2020-01-01", "2020-01-31"],
      ["فبراير 2020", "2020-02-01", "2020-02-29"],
    ]);
  });

  it("gives two months with a slash the year after them", () => {
    expect(days("وتراجعت المبيعات في مايو/يونيو 2024 بشكل حاد")).toEqual([
      ["مايو", "2024-05-01", "2024-05-31"],
      ["يونيو 2024", "2024-06-01", "2024-06-30"],
    ]);
  });

  it("puts the earlier month in the year before when the list wraps round the year's end", () => {
    expect(days("وتساقطت الثلوج بغزارة في ديسمبر ويناير 2024")).toEqual([
      ["ديسمبر", "2023-12-01", "2023-12-31"],
      ["يناير 2024", "2024-01-01", "2024-01-31"],
    ]);
  });

  it("leaves dates apart when anything but و stands between them, or the calendars differ", () => {
    expect(days("وصل الوفد في 30 يونيو، ثم غادر في 3 يوليو 2013")[0]).toEqual(["30 يونيو", "2025-06-30", "2025-06-30"]);
    expect(days("صام المسلمون في 12 رمضان و3 يوليو 2013")[0]?.[0]).toBe("12 رمضان");
    expect(days("صام المسلمون في 12 رمضان و3 يوليو 2013")[0]?.[1]).not.toMatch(/^2013/);
  });
});
