import { describe, expect, it } from "vitest";
import { normalize, normalizeWithMap } from "../../src/normalize/index.js";

describe("normalize", () => {
  it("applies the search preset by default", () => {
    expect(normalize("أعلنَت الحكومةُ الأردنيّة  يوم ٢٠ أيار")).toBe("اعلنت الحكومه الاردنيه يوم 20 ايار");
  });

  it("search: folds alef, taa marbuta and alef maksura, strips marks, tatweel and invisibles", () => {
    expect(normalize("مُسـتـشـفى\u200F الشِّفاء في غزّة", "search")).toBe("مستشفي الشفاء في غزه");
  });

  it("search: unfolds ligatures through NFKC and keeps the hamza seats and punctuation", () => {
    expect(normalize("ﻷن المسؤولين قالوا: ﷲ أكبر! شؤون، بيئة، ماء", "search")).toBe(
      "لان المسؤولين قالوا: الله اكبر! شؤون، بيئه، ماء",
    );
  });

  it("search: collapses every kind of white space and trims", () => {
    expect(normalize("\n\t  بيروت\u00A0\u00A0-\r\n(رويترز)  \u2003", "search")).toBe("بيروت - (رويترز)");
  });

  it("search: Latin digits with separators, Persian letters folded", () => {
    expect(normalize("ارتفع ٣٫٥٪ إلى ١٬٢٠٠ فی کابل", "search")).toBe("ارتفع 3.5٪ الي 1200 في كابل");
  });

  it("search: reads a digit separator across the marks it deletes, so a second pass changes nothing", () => {
    // A byte-order mark or a tanween pasted between the digit and ٬ used to keep the ٬,
    // which the next pass then dropped.
    for (const t of ["بلغ العدد ١\uFEFF٬٢٠٠ زائر", "بلغ العدد ١\u064B٬٢٠٠ زائر"]) {
      expect(normalize(t, "search")).toBe("بلغ العدد 1200 زائر");
    }
    expect(normalize("نمو ٣\u200F٫٥ بالمئة", "search")).toBe("نمو 3.5 بالمئه");
  });

  it("search: composes a run of Hangul jamo whole (NFKC), as a second pass would", () => {
    expect(normalize("\u3141\uFFC2", "search")).toBe("\uB9C8");
  });

  it("display: keeps letters and diacritics, removes tatweel, invisibles and extra spaces", () => {
    expect(normalize("  قالَ الـرئيسُ\u200F   ﻻ  ", "display")).toBe("قالَ الرئيسُ لا");
    expect(normalize("هٰذا", "display")).toBe("هٰذا");
  });

  it("display: puts shadda and vowel in canonical order", () => {
    expect(normalize("شد\u0651\u064E", "display")).toBe("شد\u064E\u0651");
  });

  it("minimal: composes and deletes invisibles only", () => {
    expect(normalize("ا\u0654حمد\u200F  علىٰ", "minimal")).toBe("أحمد  علىٰ");
  });

  it("accepts options on top of a preset", () => {
    expect(normalize("أحمد  ومؤسسة", { preset: "search", whitespace: false, hamza: true })).toBe("احمد  وموسسه");
    expect(normalize("أحمد", { foldAlef: true })).toBe("احمد");
  });

  it("treats an empty options object as NFC only", () => {
    expect(normalize("ا\u0654 ـ", {})).toBe("أ ـ");
  });

  it("leaves mixed Latin, emoji and symbols untouched", () => {
    expect(normalize("مرحبا 😀 Hello, World! #غزة @user", "display")).toBe("مرحبا 😀 Hello, World! #غزة @user");
  });

  it("returns the same string object when nothing changes", () => {
    const s = "قال الرئيس في بيان";
    expect(normalize(s, "minimal")).toBe(s);
  });

  it("handles the empty string and whitespace-only text", () => {
    expect(normalize("")).toBe("");
    expect(normalize("   \n ")).toBe("");
    expect(normalize("   \n ", "minimal")).toBe("   \n ");
  });

  it("keeps lone surrogates as they are", () => {
    expect(normalize("\uD800 ب \uDC00", "minimal")).toBe("\uD800 ب \uDC00");
  });
});

describe("normalizeWithMap", () => {
  it("maps a normalized word back to the whole original word with its marks", () => {
    const input = "وقال مُحَمَّدٌ الـعـربـي إنّ";
    const view = normalizeWithMap(input);
    expect(view.text).toBe("وقال محمد العربي ان");
    const find = (w: string) => {
      const at = view.text.indexOf(w);
      const s = view.spanToOriginal({ start: at, end: at + w.length });
      return input.slice(s.start, s.end);
    };
    expect(find("محمد")).toBe("مُحَمَّدٌ");
    expect(find("العربي")).toBe("الـعـربـي");
    expect(find("ان")).toBe("إنّ");
  });

  it("does not stretch a span over invisible marks or spaces deleted after it", () => {
    const input = "بيروت\u200F   (رويترز)";
    const view = normalizeWithMap(input);
    expect(view.text).toBe("بيروت (رويترز)");
    const s = view.spanToOriginal({ start: 0, end: 5 });
    expect(input.slice(s.start, s.end)).toBe("بيروت");
  });

  it("maps an expanded ligature to the ligature", () => {
    const input = "قال ﷲ";
    const view = normalizeWithMap(input, "display");
    expect(view.text).toBe("قال الله");
    const s = view.spanToOriginal({ start: 4, end: 8 });
    expect(input.slice(s.start, s.end)).toBe("ﷲ");
    expect(view.toOriginal(5)).toBe(4);
  });

  it("maps the end of the text to the end of the input", () => {
    const input = "  خبر عاجل  ";
    const view = normalizeWithMap(input);
    expect(view.toOriginal(view.text.length)).toBe(input.length);
    expect(view.toOriginal(0)).toBe(2);
    const whole = view.spanToOriginal({ start: 0, end: view.text.length });
    expect(input.slice(whole.start, whole.end)).toBe("خبر عاجل");
  });

  it("clamps indices outside the text", () => {
    const view = normalizeWithMap("أ ب");
    expect(view.toOriginal(-5)).toBe(0);
    expect(view.toOriginal(99)).toBe(3);
  });

  it("gives an identity map when nothing changes", () => {
    const view = normalizeWithMap("قال", "minimal");
    expect(view.text).toBe("قال");
    expect([0, 1, 2, 3].map(view.toOriginal)).toEqual([0, 1, 2, 3]);
  });
});

describe("errors", () => {
  it("throws a TypeError naming the function for a non-string", () => {
    expect(() => normalize(42 as unknown as string)).toThrow(new TypeError("normalize: text must be a string, got number 42"));
    expect(() => normalizeWithMap(null as unknown as string)).toThrow(/normalizeWithMap: text must be a string, got null/);
  });
  it("throws a RangeError listing the presets for an unknown preset", () => {
    expect(() => normalize("x", "aggressive" as never)).toThrow(RangeError);
    expect(() => normalize("x", "aggressive" as never)).toThrow(/"search", "display", "minimal"/);
  });
  it("throws a RangeError listing the options for an unknown option", () => {
    expect(() => normalize("x", { foldAleph: true } as never)).toThrow(RangeError);
    expect(() => normalize("x", { foldAleph: true } as never)).toThrow(/valid options are preset, nfkc, stripInvisible/);
  });
  it("throws for contradictory or mistyped options", () => {
    expect(() => normalize("x", { toLatinDigits: true, toArabicDigits: true })).toThrow(RangeError);
    expect(() => normalize("x", { foldAlef: "yes" } as never)).toThrow(TypeError);
  });
});
