import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractNumbers, numberToWords, parseNumber, parseOrdinal } from "../../src/numbers/index.js";
import { checkMentions } from "./helpers.js";

const toScript = (digits: string, zero: number) => digits.replace(/[0-9]/g, (d) => String.fromCharCode(zero + Number(d)));
const group = (digits: string, sep: string) => digits.replace(/\B(?=(\d{3})+$)/g, sep);

describe("number laws", () => {
  it("an integer up to 10^12 written in any digit set, with or without separators, parses back", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.constantFrom(0x30, 0x0660, 0x06f0),
        fc.constantFrom("", "\u066C", ",", " ", "\u00A0", "\u202F"),
        (n, zero, sep) => {
          const written = toScript(group(String(n), sep), zero);
          expect(parseNumber(written)).toBe(n);
          const [m] = extractNumbers(`بلغ العدد ${written} شخصا`);
          expect(m?.value).toBe(n);
          expect(m?.text).toBe(written);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("a decimal times a magnitude is the number the decimal writes, not the product of two doubles", () => {
    const magnitudes: [string, number][] = [["ألف", 3], ["مليون", 6], ["مليار", 9], ["تريليون", 12]];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.stringMatching(/^[0-9]{1,3}$/), fc.constantFrom(...magnitudes), fc.constantFrom(".", ",", "\u066B"), (whole, decimals, [word, exponent], point) => {
        // Maghreb decimal commas take one or two digits; three after a comma are thousands.
        if (point === "," && decimals.length > 2) return;
        const written = `${whole}${point}${decimals} ${word}`;
        const expected = Number(`${whole}${decimals}e${exponent - decimals.length}`);
        const [m] = extractNumbers(`بلغت القيمة ${written} دولار`);
        expect([m?.text, m?.value]).toEqual([written, expected]);
        expect(parseNumber(written)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  const pieces = [
    "ثلاثة", "و", "عشرون", "وعشرين", "ألف", "آلاف", "ألفا", "مليون", "ونصف", "نصف", "المليون", "مئة", "ثلاث", "عشر",
    "الحادي", "الأول", "في", "المائة", "٪", "%", "-", "12", "٣٫٥", "1,500", "12,5", "/", "100", "سالب", "فاصلة", "خمسة",
    " ", " ", "\n", "،", ".", "بـ", "ـ", "\u064E", "\u200F", "الساعة", "الثانية", "أول", "أمس", "شخصا", "😀", "\uD800",
  ];
  const sentence = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join(""));
  const spaced = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join(" "));

  it("mentions slice the input to their text, in order, never overlapping, on any string", () => {
    fc.assert(
      fc.property(fc.oneof(sentence, spaced, fc.string({ unit: "binary", maxLength: 60 })), (text) => {
        checkMentions(text, extractNumbers(text));
        parseNumber(text);
        parseOrdinal(text);
      }),
      { numRuns: 1500 },
    );
  });

  it("the words numberToWords writes are found whole in running text", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), (n) => {
        const words = numberToWords(n);
        const mentions = extractNumbers(`وبلغ المجموع ${words} دولار أمريكي`);
        expect(mentions.map((m) => [m.text, m.value])).toEqual([[words, n]]);
      }),
      { numRuns: 500 },
    );
  });
});

describe("linear on adversarial input", () => {
  const MB = 1 << 20;
  const cases: [string, string][] = [
    ["a million digits", "7".repeat(MB)],
    ["digit groups", "1,234,".repeat(MB / 6)],
    ["number words", "ثلاثة ".repeat(MB / 6)],
    ["a sum that never ends", "ألف و".repeat(MB / 5)],
    ["و", "و ".repeat(MB / 2)],
    ["decimal dots", "1.2.".repeat(MB / 4)],
    ["thousands set apart by spaces", "12 345 ".repeat(MB / 7)],
    ["a spaced chain that a short run ends", `${"1 000 ".repeat(MB / 6)}5`],
    ["percent signs", "٪".repeat(MB)],
  ];
  for (const [name, text] of cases) {
    it(`${name}: extractNumbers finishes and keeps its laws`, () => {
      const mentions = extractNumbers(text);
      checkMentions(text, mentions);
      expect(Array.isArray(mentions)).toBe(true);
    });
  }
});
