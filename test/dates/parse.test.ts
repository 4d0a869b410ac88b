import { describe, expect, it } from "vitest";
import { parseDate } from "../../src/dates/index.js";
import { REF, day } from "./helpers.js";

describe("parseDate", () => {
  it("reads a text that is one date expression", () => {
    expect(parseDate("الجمعة 8 فيفري 2019")?.start).toEqual(day("2019-02-08"));
    expect(parseDate("  ١٢/٣/٢٠٢٤  ")?.start).toEqual(day("2024-03-12"));
    expect(parseDate("الأحد 17 رمضان 1433هـ")?.start).toEqual(day("2012-08-05"));
    expect(parseDate("الإثنين", { reference: REF })?.start).toEqual(day("2025-07-21"));
    const week = parseDate("الأسبوع الماضي", { reference: REF });
    expect([week?.start, week?.end, week?.grain]).toEqual([day("2025-07-12"), day("2025-07-18"), "week"]);
  });

  it("allows punctuation around it and one leading preposition or proclitic", () => {
    expect(parseDate("(5 مايو 2024).")?.text).toBe("5 مايو 2024");
    expect(parseDate("في 5 مايو 2024")?.text).toBe("5 مايو 2024");
    expect(parseDate("بتاريخ: 2019/02/09")?.text).toBe("2019/02/09");
    expect(parseDate("ويناير 2017")?.text).toBe("يناير 2017");
  });

  it("returns null for anything else", () => {
    expect(parseDate("")).toBeNull();
    expect(parseDate("قال الوزير")).toBeNull();
    expect(parseDate("قال الوزير أمس")).toBeNull();
    expect(parseDate("5 مايو 2024 و6 يونيو 2024")).toBeNull();
    expect(parseDate("5 مايو 2024 في القاهرة")).toBeNull();
    expect(parseDate("3 تشرين الثاني/ديسمبر 2024")).toBeNull();
  });

  it("reads the span of the whole expression in the input", () => {
    const text = " يومَ الخميس ";
    const m = parseDate(text, { reference: REF });
    expect(m?.span).toEqual({ start: 1, end: 12 });
    expect(text.slice(m?.span.start, m?.span.end)).toBe(m?.text);
  });
});
