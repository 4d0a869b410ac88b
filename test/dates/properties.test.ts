import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractDates, parseDate } from "../../src/dates/index.js";
import { fromDayNumber, toDayNumber } from "../../src/dates/calendar.js";
import { REF, checkInvariants, intlHijri } from "./helpers.js";

const FIRST = toDayNumber(1990, 1, 1);
const LAST = toDayNumber(2040, 12, 31);

function formatter(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", day: "numeric", month: "long", year: "numeric", ...options });
}

function everyDay(f: Intl.DateTimeFormat, check: (text: string, n: number) => void): void {
  for (let n = FIRST; n <= LAST; n++) check(f.format(new Date(n * 86_400_000)), n);
}

describe("property: Intl's own Arabic formatting of every day from 1990 to 2040 parses back to that day", () => {
  const gregorian: [string, Intl.DateTimeFormatOptions][] = [
    ["ar-EG", {}],
    ["ar-LB", {}],
    ["ar-DZ", {}],
    ["ar-MA", {}],
    ["ar-SA-u-ca-gregory", {}],
    ["ar-TN", {}],
    ["ar-MR", {}],
    ["ar-IQ", {}],
    ["ar-EG", { weekday: "long" }],
    ["ar-LB", { weekday: "long" }],
  ];
  for (const [locale, options] of gregorian) {
    it(`${locale}${options.weekday === undefined ? "" : " with the weekday"}`, () => {
      const f = formatter(locale, options);
      expect(f.resolvedOptions().calendar).toBe("gregory");
      everyDay(f, (text, n) => {
        const m = parseDate(text, { reference: REF });
        if (m === null || m.grain !== "day") expect.fail(`${locale}: ${JSON.stringify(text)} gave ${JSON.stringify(m)}`);
        expect(m.start).toEqual(fromDayNumber(n));
        expect(m.text).toBe(text.trim());
      });
    });
  }

  it("ar-SA in its default calendar", () => {
    const f = formatter("ar-SA");
    const hijri = f.resolvedOptions().calendar.startsWith("islamic");
    everyDay(f, (text, n) => {
      const m = parseDate(text, { reference: REF });
      if (m === null) expect.fail(`ar-SA: ${JSON.stringify(text)} gave null`);
      expect(m.start).toEqual(fromDayNumber(n));
      expect(m.calendar).toBe(hijri ? "hijri" : "gregorian");
    });
  });

  it("ar-SA with the Umm al-Qura calendar named, over 1420–1450 AH", () => {
    const f = formatter("ar-SA-u-ca-islamic-umalqura");
    everyDay(f, (text, n) => {
      const g = fromDayNumber(n);
      const h = intlHijri(g);
      if (h.year < 1420 || h.year > 1450) return;
      const m = parseDate(text, { reference: REF });
      if (m === null) expect.fail(`umalqura: ${JSON.stringify(text)} gave null`);
      expect(m.start).toEqual(g);
      expect(m.hijri).toEqual(h);
    });
  });
});

// Pieces news dates are made of, and their troublemakers, for random sentences.
const PIECES = [
  "5", "١٢", "2024", "1445", "03", "/", "-", ".", "،", ",", "(", ")", " ", "  ", "\n", "\u200F", "\u0640", "\u064E",
  "مايو", "تشرين الثاني", "نوفمبر", "آب", "أغسطس", "كانون", "2", "رمضان", "صفر", "شعبان", "ذو الحجة", "هـ", "م",
  "الأحد", "يوم", "مساء", "أمس", "اليوم", "غدا", "بعد", "قبل", "منذ", "يومين", "أسابيع", "شهر", "العام",
  "الماضي", "المقبل", "الجاري", "من", "إلى", "بين", "و", "في", "منتصف", "أواخر", "غرة", "سلخ", "الموافق",
  "عام", "سنة", "قال", "الوزير", "ب", "ل", "a", "😀", "\uD800",
];
const sentence = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join(" "));
const glued = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join(""));
const anything = fc.oneof(sentence, glued, fc.string({ unit: "binary", maxLength: 60 }), fc.string({ maxLength: 60 }));
const reference = fc
  .integer({ min: toDayNumber(1950, 1, 1), max: toDayNumber(2100, 12, 31) })
  .map((n) => fromDayNumber(n));
const weekStart = fc.constantFrom("saturday" as const, "sunday" as const, "monday" as const);

describe("property: any string", () => {
  it("never throws, and every mention slices the input to its text, in order, without overlap", () => {
    fc.assert(
      fc.property(anything, reference, weekStart, (text, ref, ws) => {
        const mentions = extractDates(text, { reference: ref, weekStart: ws });
        checkInvariants(text, mentions);
        const one = parseDate(text, { reference: ref, weekStart: ws });
        if (one !== null) expect(text.slice(one.span.start, one.span.end)).toBe(one.text);
      }),
      { numRuns: 2000 },
    );
  });

  it("finds the same dates in a sentence wherever it is embedded", () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const alone = extractDates(text, { reference: REF });
        const embedded = extractDates(`قال المتحدث. ${text} .انتهى`, { reference: REF });
        const shift = "قال المتحدث. ".length;
        expect(embedded.map((m) => ({ ...m, span: { start: m.span.start - shift, end: m.span.end - shift } }))).toEqual(
          alone,
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe("linear time", () => {
  it("reads a megabyte of month names, digits and separators", () => {
    const unit = "5 مايو 2024 / 12-3-2024 تشرين الثاني/نوفمبر ١٤٤٥هـ الأحد أمس منذ 3 أيام من 3 إلى 5 مايو ";
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const mentions = extractDates(text, { reference: REF });
    expect(mentions.length).toBeGreaterThan(text.length / unit.length);
    checkInvariants(text, mentions.slice(0, 50));
  });

  it("reads a megabyte without spaces, and one of spaces only", () => {
    expect(extractDates("مايو2024".repeat(125_000), { reference: REF }).length).toBeGreaterThanOrEqual(0);
    expect(extractDates(" ".repeat(1_000_000), { reference: REF })).toEqual([]);
    expect(extractDates("5".repeat(1_000_000), { reference: REF })).toEqual([]);
    expect(extractDates("كانون ".repeat(200_000), { reference: REF })).toEqual([]);
  });
});
