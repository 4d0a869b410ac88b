import { describe, expect, it } from "vitest";
import {
  foldAlef,
  foldPersianLetters,
  foldTaaMarbuta,
  foldYaa,
  stripDiacritics,
  stripInvisible,
  stripTatweel,
  toArabicDigits,
  toLatinDigits,
  unfoldPresentationForms,
} from "../../src/normalize/index.js";

describe("foldAlef", () => {
  it("folds hamza, madda and wasla seats into bare alef", () => {
    expect(foldAlef("أكد الرئيس إيمانويل ماكرون أن آلاف المحتجين")).toBe("اكد الرئيس ايمانويل ماكرون ان الاف المحتجين");
    expect(foldAlef("ٱلرَّحْمَٰن ٲ ٳ")).toBe("الرَّحْمَٰن ا ا");
  });
  it("leaves alef maksura and the dagger alef alone", () => {
    expect(foldAlef("على مستوى هٰذا")).toBe("على مستوى هٰذا");
  });
  it("composes a decomposed hamza before folding", () => {
    expect(foldAlef("ا\u0654حمد")).toBe("احمد");
    expect(foldAlef("ا\u0655براهيم")).toBe("ابراهيم");
  });
  it("returns the empty string for the empty string", () => {
    expect(foldAlef("")).toBe("");
  });
});

describe("foldTaaMarbuta", () => {
  it("turns ة into ه and nothing else", () => {
    expect(foldTaaMarbuta("صلاة الجمعة في مدينة غزة")).toBe("صلاه الجمعه في مدينه غزه");
    expect(foldTaaMarbuta("تقرير")).toBe("تقرير");
  });
});

describe("foldYaa", () => {
  it("turns alef maksura into yaa", () => {
    expect(foldYaa("مستشفى على الحدود")).toBe("مستشفي علي الحدود");
  });
});

describe("stripDiacritics", () => {
  it("removes harakat, tanween and shadda from a name", () => {
    expect(stripDiacritics("مُحَمَّدٌ")).toBe("محمد");
  });
  it("removes tanween on alef", () => {
    expect(stripDiacritics("شكراً جزيلاً")).toBe("شكرا جزيلا");
  });
  it("removes the dagger alef without splitting the word", () => {
    expect(stripDiacritics("هٰذا الرحمٰن")).toBe("هذا الرحمن");
  });
  it("keeps madda and hamza letters, removes the combining marks after composing", () => {
    expect(stripDiacritics("آمَنَ")).toBe("آمن");
    expect(stripDiacritics("ا\u0653")).toBe("آ");
  });
  it("reads shadda with a vowel typed in either order the same way", () => {
    const a = "شَدَّ";
    const b = "شَدَّ".replace("\u064E\u0651", "\u0651\u064E");
    expect(stripDiacritics(a)).toBe(stripDiacritics(b));
    expect(stripDiacritics(b, { keepShadda: true })).toBe("شدّ");
  });
  it("keeps tatweel and the spacing Quranic signs", () => {
    expect(stripDiacritics("بـــَ ۞ ۩ ۝ ۥ ۦ")).toBe("بـــ ۞ ۩ ۝ ۥ ۦ");
  });
  it("removes Quranic annotation and extended marks", () => {
    expect(stripDiacritics("صلى الله عليه وسلم\u0610 ق\u06D6 ب\u08F0 ت\u0898")).toBe("صلى الله عليه وسلم ق ب ت");
  });
  it("leaves Latin, digits and emoji untouched", () => {
    expect(stripDiacritics("CNN 2024 😀 café")).toBe("CNN 2024 😀 café");
  });
});

describe("stripTatweel", () => {
  it("deletes kashida inside and around words", () => {
    expect(stripTatweel("الـعـربـيـة ـــ دمشق")).toBe("العربية  دمشق");
  });
});

describe("stripInvisible", () => {
  it("deletes bidi marks inside words instead of splitting them", () => {
    expect(stripInvisible("الأر\u200Fدن")).toBe("الأردن");
    expect(stripInvisible("\uFEFFبيروت\u200E - \u061Cرويترز")).toBe("بيروت - رويترز");
  });
  it("deletes ZWNJ, ZWJ, soft hyphen, isolates and word joiner", () => {
    expect(stripInvisible("م\u200Cي\u200Dل\u00ADا\u2066د\u2069\u2060")).toBe("ميلاد");
  });
  it("keeps ordinary spaces", () => {
    expect(stripInvisible("في  عام")).toBe("في  عام");
  });
});

describe("unfoldPresentationForms", () => {
  it("unfolds lam-alef ligatures keeping the hamza", () => {
    expect(unfoldPresentationForms("ﻻ ﻷ ﻹ ﻵ")).toBe("لا لأ لإ لآ");
  });
  it("unfolds the word ligatures", () => {
    expect(unfoldPresentationForms("ﷲ ﷺ")).toBe("الله صلى الله عليه وسلم");
  });
  it("unfolds contextual letter forms and leaves other compatibility characters", () => {
    expect(unfoldPresentationForms("ﺑﺴﻢ ﬁ ２")).toBe("بسم ﬁ ２");
  });
});

describe("foldPersianLetters", () => {
  it("folds Persian yeh, keheh and heh forms", () => {
    expect(foldPersianLetters("فبرایر کابل ۀ ہ ۂ ے ۓ")).toBe("فبراير كابل ه ه ه ي ي");
  });
});

describe("toLatinDigits", () => {
  it("turns both digit sets into ASCII", () => {
    expect(toLatinDigits("عام ٢٠٢٤ و۱۴۰۳")).toBe("عام 2024 و1403");
  });
  it("converts separators only between digits", () => {
    expect(toLatinDigits("٣٫٥٪ و١٬٢٠٠ دولار")).toBe("3.5٪ و1200 دولار");
    expect(toLatinDigits("٫ ٬ ٣٫")).toBe("٫ ٬ 3٫");
  });
});

describe("toArabicDigits", () => {
  it("turns ASCII and Persian digits into Arabic-Indic", () => {
    expect(toArabicDigits("عام 2024 و۱۴۰۳")).toBe("عام ٢٠٢٤ و١٤٠٣");
  });
  it("turns a decimal point between digits into ٫", () => {
    expect(toArabicDigits("3.5% نهاية الجملة.")).toBe("٣٫٥% نهاية الجملة.");
  });
});
