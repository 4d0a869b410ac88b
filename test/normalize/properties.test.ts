import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as N from "../../src/normalize/index.js";
import type { NormalizePreset } from "../../src/normalize/index.js";

const PRESETS: NormalizePreset[] = ["search", "display", "minimal"];
const FUNCTIONS = {
  foldAlef: N.foldAlef,
  foldTaaMarbuta: N.foldTaaMarbuta,
  foldYaa: N.foldYaa,
  stripDiacritics: (t: string) => N.stripDiacritics(t),
  stripDiacriticsKeepShadda: (t: string) => N.stripDiacritics(t, { keepShadda: true }),
  stripTatweel: N.stripTatweel,
  stripInvisible: N.stripInvisible,
  unfoldPresentationForms: N.unfoldPresentationForms,
  foldPersianLetters: N.foldPersianLetters,
  toLatinDigits: N.toLatinDigits,
  toArabicDigits: N.toArabicDigits,
};
const ALL: [string, (t: string) => string][] = [
  ...Object.entries(FUNCTIONS),
  ...PRESETS.map((p) => [`normalize ${p}`, (t: string) => N.normalize(t, p)] as [string, (t: string) => string]),
];

// Characters news text is made of, with the troublemakers over-represented.
const pieces = [
  "ا", "أ", "إ", "آ", "ٱ", "ب", "ت", "ة", "ى", "ي", "ه", "و", "ؤ", "ئ", "ء", "ل", "م", "ن", "ع",
  "\u064B", "\u064E", "\u064F", "\u0650", "\u0651", "\u0652", "\u0653", "\u0654", "\u0655", "\u0670", "\u0610", "\u06D6",
  "\u0640", "\u200F", "\u200E", "\u200C", "\u200D", "\uFEFF", "\u00AD", "\u061C", "\u2066",
  " ", "  ", "\n", "\u00A0", "\t", "\u2003",
  "٠", "٣", "٫", "٬", "۴", "1", "2", ".", ",", "٪", "%",
  "ﻻ", "ﻷ", "ﷲ", "ﷺ", "ﺑ", "\uFE70",
  "ی", "ک", "ۀ", "ہ", "ے",
  "a", "é", "e\u0301", "😀", "\uD800", "\uDC00", "،", "؟", "«", "»", "\"",
];
const newsish = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(""));
const anyString = fc.oneof(newsish, fc.string({ unit: "binary", maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 20 }));

describe("laws of every normalization function", () => {
  for (const [name, f] of ALL) {
    it(`${name} is idempotent and never throws`, () => {
      fc.assert(
        fc.property(anyString, (t) => {
          const once = f(t);
          expect(f(once)).toBe(once);
        }),
        { numRuns: 300 },
      );
    });
    it(`${name} gives the same output for NFC and NFD input`, () => {
      fc.assert(
        fc.property(newsish, (t) => {
          expect(f(t.normalize("NFD"))).toBe(f(t.normalize("NFC")));
        }),
        { numRuns: 300 },
      );
    });
  }

  const strippers: [string, (t: string) => string][] = Object.entries(FUNCTIONS).filter(
    ([k]) => k !== "unfoldPresentationForms",
  );
  for (const [name, f] of strippers) {
    it(`${name} never makes composed text longer`, () => {
      fc.assert(
        fc.property(anyString, (t) => {
          expect(f(t).length).toBeLessThanOrEqual(t.normalize("NFC").length);
        }),
        { numRuns: 200 },
      );
    });
  }

  it("each function leaves characters outside its set untouched", () => {
    const outside: Record<keyof typeof FUNCTIONS, string> = {
      foldAlef: "بتثجحى\u0670ةي 1٢ ﻻ",
      foldTaaMarbuta: "بتثجحىأإي 1٢ ﻻ",
      foldYaa: "بتثجحةأإي 1٢ ﻻ",
      stripDiacritics: "بـتة ۞ ۩ ۝ ۥ ۦ ﻻ 1٢ \u200F",
      stripDiacriticsKeepShadda: "بـّتة ۞ ﻻ",
      stripTatweel: "بَتةىأ ﻻ \u200F ٢",
      stripInvisible: "بَتـةىأ ﻻ ٢",
      unfoldPresentationForms: "بَتـةىأ \u200F ٢ ﬁ",
      foldPersianLetters: "بَتـةىأيكه \u200F ٢",
      toLatinDigits: "بَتـة 1 ٫ ٬ .",
      toArabicDigits: "بَتـة ٢ ٫ ٬ .",
    };
    for (const [name, text] of Object.entries(outside)) {
      const f = FUNCTIONS[name as keyof typeof FUNCTIONS];
      expect(f(text), name).toBe(text);
    }
  });
});

describe("laws of the map back", () => {
  for (const preset of PRESETS) {
    it(`${preset}: text equals normalize, toOriginal is monotone, the whole maps to the whole`, () => {
      fc.assert(
        fc.property(anyString, (t) => {
          const view = N.normalizeWithMap(t, preset);
          expect(view.text).toBe(N.normalize(t, preset));
          let last = -1;
          for (let i = 0; i <= view.text.length; i++) {
            const o = view.toOriginal(i);
            expect(o).toBeGreaterThanOrEqual(last);
            expect(o).toBeLessThanOrEqual(t.length);
            last = o;
          }
          expect(view.toOriginal(view.text.length)).toBe(t.length);
          const whole = view.spanToOriginal({ start: 0, end: view.text.length });
          // What lies outside the whole span was deleted.
          expect(N.normalize(t.slice(0, whole.start), preset)).toBe("");
          if (view.text.length > 0) expect(N.normalize(t.slice(whole.end), preset).trim()).toBe("");
        }),
        { numRuns: 300 },
      );
    });
  }

  it("a whole normalized word maps to the whole original word, marks and tatweel included", () => {
    const letter = fc.constantFrom("ب", "أ", "ة", "ى", "م", "ح", "د", "ل", "ﻻ", "ﺑ");
    const extra = fc.constantFrom("", "", "\u064E", "\u0651\u064E", "\u064B", "\u0640", "\u0670", "\u200F");
    const word = fc.array(fc.tuple(letter, extra), { minLength: 1, maxLength: 6 }).map((p) => p.map(([l, e]) => l + e).join(""));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.constantFrom(" ", "  ", "\n", " \u200F "), (words, sep) => {
        const input = words.join(sep);
        const view = N.normalizeWithMap(input, "search");
        let from = 0;
        let pos = 0;
        for (const w of words) {
          const start = input.indexOf(w, pos);
          pos = start + w.length;
          const normalized = N.normalize(w, "search");
          const at = view.text.indexOf(normalized, from);
          from = at + normalized.length;
          const s = view.spanToOriginal({ start: at, end: at + normalized.length });
          // The original word, less an invisible mark at its very end, which is not part of it.
          expect(input.slice(s.start, s.end)).toBe(w.replace(/\u200F$/u, ""));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("adversarial input", () => {
  const MB = 1 << 20;
  const cases: [string, string][] = [
    ["all tatweel", "\u0640".repeat(MB)],
    ["all marks", "\u064E\u0651".repeat(MB / 2)],
    ["one letter and a million marks", "ب" + "\u064E\u0654\u0651".repeat(MB / 3)],
    ["alternating invisibles", "ب\u200F".repeat(MB / 2)],
    ["all spaces", " \n".repeat(MB / 2)],
    ["ligatures", "ﷺ".repeat(MB / 8)],
    ["lone surrogates", "\uD800\uDC00\uDC00\uD800".repeat(MB / 4)],
  ];
  for (const [name, text] of cases) {
    it(`${name}: every preset finishes on 1 MB`, () => {
      for (const p of PRESETS) {
        const out = N.normalize(text, p);
        expect(typeof out).toBe("string");
        expect(N.normalizeWithMap(text, p).text).toBe(out);
      }
    });
  }
});
