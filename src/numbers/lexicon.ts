/**
 * Arabic number words, as data. Each word is written once in its usual spelling;
 * the scanner folds the table with the same normalizer as the text (so أربعة also
 * matches اربعه, and مئة، مائة are both listed because they are two spellings, not
 * two foldings).
 *
 * @module
 */

/** What part a number word plays in a number expression. */
export type WordRole =
  /** 0–10: ثلاثة، ثلاث، عشرة. */
  | "unit"
  /** Only the first part of 11 or 12: أحد، إحدى، اثنا، اثنتي. */
  | "teenHead"
  /** 20–90: عشرون، عشرين. */
  | "ten"
  /** 100–900, incl. duals: مئة، مئتان، ثلاثمائة. */
  | "hundred"
  /** The construct dual مئتا، مئتي: 200 before what it counts. */
  | "hundredConstruct"
  /** A magnitude in the singular: ألف، مليون. */
  | "scale"
  /** A magnitude in the dual: ألفان، مليونين (= 2 × scale). */
  | "scaleDual"
  /** Accusative singular or construct dual: ألفا، مليونا (× scale after a count, 2 × scale alone). */
  | "scaleAccusative"
  /** Construct dual in the genitive: ألفي، مليوني (= 2 × scale). */
  | "scaleConstruct"
  /** A magnitude in the plural: آلاف، ملايين (× scale after a count 3–10; vague alone). */
  | "scalePlural"
  /** A fraction: نصف، ربع (1/2, 1/4). */
  | "fraction"
  /** A fraction in the plural, after a count: أرباع (ثلاثة أرباع = 3/4). */
  | "fractionPlural"
  /** A dual fraction: ثلثا (2/3). */
  | "fractionDual"
  /** An ordinal 1–10, or 1 and 2 inside compounds: الأول، الحادي، الثانية. */
  | "ordinal"
  /** The first part of an ordinal compound only: الحادي، حادية. */
  | "ordinalHead"
  /** An ordinal ten: العشرون، الثلاثين. */
  | "ordinalTen"
  /** The ordinal hundred: المئة. */
  | "ordinalHundred";

/** A number word. */
export interface NumberWord {
  /** The word as usually spelled (folded before matching). */
  word: string;
  role: WordRole;
  /** Its value: the number, the scale, or the fraction. */
  value: number;
  /** Written with the article ال. */
  definite?: boolean;
  /** A word that also reads as a fraction before a definite noun: خمس، سبع، تسع، عشر. */
  alsoFraction?: number;
  /** A feminine form (for ordinals: الثانية). */
  feminine?: boolean;
}

/**
 * Units 0–10: the value, the form before a masculine counted noun (ثلاثة رجال), the
 * form before a feminine one (ثلاث نساء), then other spellings and case forms.
 */
export const UNITS: readonly (readonly [number, string, string, ...string[]])[] = [
  [0, "صفر", "صفر"],
  [1, "واحد", "واحدة", "واحدا"],
  [2, "اثنان", "اثنتان", "اثنين", "اثنتين"],
  [3, "ثلاثة", "ثلاث", "ثلاثا"],
  [4, "أربعة", "أربع", "أربعا"],
  [5, "خمسة", "خمس", "خمسا"],
  [6, "ستة", "ست", "ستا"],
  [7, "سبعة", "سبع", "سبعا"],
  [8, "ثمانية", "ثماني", "ثمان", "ثمانيا"],
  [9, "تسعة", "تسع", "تسعا"],
  [10, "عشرة", "عشر", "عشرا"],
];

/** Units that also read as a fraction before a definite noun (خمس السكان = 1/5). */
const UNIT_FRACTIONS: Readonly<Record<string, number>> = { خمس: 1 / 5, سبع: 1 / 7, تسع: 1 / 9, عشر: 1 / 10 };

/** The heads of 11 and 12: value, masculine, feminine, then the oblique forms. */
export const TEEN_HEADS: readonly (readonly [number, string, string, ...string[]])[] = [
  [1, "أحد", "إحدى"],
  [2, "اثنا", "اثنتا", "اثني", "اثنتي"],
];

/** The "ten" of 11–19 before a masculine and a feminine counted noun: ثلاثة عشر رجلا، ثلاث عشرة امرأة. */
export const TEEN_TENS: readonly [string, string] = ["عشر", "عشرة"];

/** Tens: value, nominative, oblique (accusative and genitive). */
export const TENS: readonly (readonly [number, string, string])[] = [
  [20, "عشرون", "عشرين"],
  [30, "ثلاثون", "ثلاثين"],
  [40, "أربعون", "أربعين"],
  [50, "خمسون", "خمسين"],
  [60, "ستون", "ستين"],
  [70, "سبعون", "سبعين"],
  [80, "ثمانون", "ثمانين"],
  [90, "تسعون", "تسعين"],
];

/** Hundreds: value, then spellings, the modern one first (مئة) and the older ones (مائة; ثلثمائة without the alef, in legal and Gulf writing). */
export const HUNDREDS: readonly (readonly [number, string, ...string[]])[] = [
  [100, "مئة", "مائة"],
  [200, "مئتان", "مئتين", "مائتان", "مائتين"],
  [300, "ثلاثمئة", "ثلاثمائة", "ثلثمئة", "ثلثمائة"],
  [400, "أربعمئة", "أربعمائة"],
  [500, "خمسمئة", "خمسمائة"],
  [600, "ستمئة", "ستمائة"],
  [700, "سبعمئة", "سبعمائة"],
  [800, "ثمانمئة", "ثمانمائة", "ثمانيمئة", "ثمانيمائة"],
  [900, "تسعمئة", "تسعمائة"],
];

/** The construct dual of مئة: مئتا ألف (200,000). */
export const HUNDRED_CONSTRUCTS: readonly string[] = ["مئتا", "مئتي", "مائتا", "مائتي"];

/** A magnitude with its forms; the first of each list is the one `numberToWords` writes. */
export interface Scale {
  value: number;
  /** ألف: one of it, or after 100 (مئة ألف). */
  singular: readonly string[];
  /** ألفا: after 11–99 (عشرون ألفا); alone, the construct dual (ألفا دولار). */
  accusative: readonly string[];
  /** ألفي: the construct dual in the genitive (بألفي دولار). */
  construct: readonly string[];
  /** ألفان، ألفين: two of it. */
  dual: readonly string[];
  /** آلاف: after 3–10 (ثلاثة آلاف); alone, a vague quantity. */
  plural: readonly string[];
}

/** The magnitudes, largest first. مليار and بليون are both 10^9. */
export const SCALES: readonly Scale[] = [
  {
    value: 1e12,
    singular: ["تريليون", "ترليون"],
    accusative: ["تريليونا", "ترليونا"],
    construct: ["تريليوني", "ترليوني"],
    dual: ["تريليونان", "تريليونين", "ترليونان", "ترليونين"],
    plural: ["تريليونات", "ترليونات"],
  },
  {
    value: 1e9,
    singular: ["مليار", "بليون"],
    accusative: ["مليارا", "بليونا"],
    construct: ["ملياري", "بليوني"],
    dual: ["ملياران", "مليارين", "بليونان", "بليونين"],
    plural: ["مليارات", "ملايير", "بلايين", "بليونات"],
  },
  { value: 1e6, singular: ["مليون"], accusative: ["مليونا"], construct: ["مليوني"], dual: ["مليونان", "مليونين"], plural: ["ملايين"] },
  { value: 1e3, singular: ["ألف"], accusative: ["ألفا"], construct: ["ألفي"], dual: ["ألفان", "ألفين"], plural: ["آلاف", "ألوف"] },
];

/** The definite magnitudes that may follow a fraction: نصف المليون، مليون ونصف المليون. */
export const DEFINITE_SCALES: readonly [string, number][] = [
  ["الألف", 1e3],
  ["المليون", 1e6],
  ["المليار", 1e9],
  ["البليون", 1e9],
  ["التريليون", 1e12],
];

/** Fractions: 1/2 … 1/6; the plurals after a count (ثلاثة أرباع = 3/4); the duals (ثلثا = 2/3). */
const FRACTIONS: readonly [string, number][] = [
  ["نصف", 1 / 2],
  ["ثلث", 1 / 3],
  ["ربع", 1 / 4],
  ["سدس", 1 / 6],
];
const FRACTION_PLURALS: readonly [string, number][] = [
  ["أثلاث", 1 / 3],
  ["أرباع", 1 / 4],
  ["أخماس", 1 / 5],
  ["أسداس", 1 / 6],
  ["أسباع", 1 / 7],
  ["أثمان", 1 / 8],
  ["أتساع", 1 / 9],
  ["أعشار", 1 / 10],
];
const FRACTION_DUALS: readonly [string, number][] = [
  ["ثلثا", 2 / 3],
  ["ثلثي", 2 / 3],
  ["ثلثان", 2 / 3],
  ["ثلثين", 2 / 3],
  ["الثلثان", 2 / 3],
  ["الثلثين", 2 / 3],
];

/** Ordinals 1–10, masculine and feminine, written with the article; the indefinite forms are derived. */
const ORDINALS: readonly [string, string, number][] = [
  ["الأول", "الأولى", 1],
  ["الثاني", "الثانية", 2],
  ["الثالث", "الثالثة", 3],
  ["الرابع", "الرابعة", 4],
  ["الخامس", "الخامسة", 5],
  ["السادس", "السادسة", 6],
  ["السابع", "السابعة", 7],
  ["الثامن", "الثامنة", 8],
  ["التاسع", "التاسعة", 9],
  ["العاشر", "العاشرة", 10],
];

/** Indefinite ordinals that do not come from dropping the article: ثان (ثانٍ). */
const EXTRA_INDEFINITE_ORDINALS: readonly [string, number][] = [["ثان", 2]];

/** Heads of the ordinals 11, 21, 31 …: الحادي عشر، الحادية والعشرون. */
const ORDINAL_HEADS: readonly string[] = ["الحادي", "الحادية"];

/** Every number word, built from the tables above. */
export function numberWords(): NumberWord[] {
  const words: NumberWord[] = [];
  for (const [value, ...forms] of UNITS) {
    for (const word of forms) {
      const fraction = UNIT_FRACTIONS[word];
      words.push(fraction === undefined ? { word, role: "unit", value } : { word, role: "unit", value, alsoFraction: fraction });
      // Units also stand as definite adjectives: الدولار الواحد، الدول الثلاث، السنوات العشر
      // (not الاثنين, Monday, nor الست, "the lady").
      const definite = `ال${word}`;
      if (value !== 0 && value !== 2 && !word.endsWith("ا") && !NOT_DEFINITE_UNITS.includes(definite)) {
        words.push({ word: definite, role: "unit", value, definite: true });
      }
    }
  }
  // The heads of 11 and 12 with the article stand only before their ten: "الأحد عشر لاعبا"
  // (الأحد alone is Sunday).
  for (const [value, ...forms] of TEEN_HEADS) {
    for (const word of forms) words.push({ word, role: "teenHead", value }, { word: `ال${word}`, role: "teenHead", value, definite: true });
  }
  for (const [value, nominative, oblique] of TENS) {
    for (const word of [nominative, oblique]) {
      words.push({ word, role: "ten", value }, { word: `ال${word}`, role: "ordinalTen", value, definite: true });
    }
  }
  for (const [value, ...forms] of HUNDREDS) {
    for (const word of forms) {
      words.push({ word, role: "hundred", value });
      // "تجاوز عدد الضحايا المئتين", "المقاعد الثلاثمائة": a hundred above one with the
      // article is the number itself (المئة alone is a rank: الذكرى المئة).
      if (value >= 200) words.push({ word: `ال${word}`, role: "hundred", value, definite: true });
    }
  }
  for (const word of HUNDRED_CONSTRUCTS) words.push({ word, role: "hundredConstruct", value: 200 });
  for (const s of SCALES) {
    for (const word of s.singular) words.push({ word, role: "scale", value: s.value });
    for (const word of s.accusative) words.push({ word, role: "scaleAccusative", value: s.value });
    for (const word of s.construct) words.push({ word, role: "scaleConstruct", value: s.value });
    for (const word of s.dual) {
      words.push({ word, role: "scaleDual", value: s.value });
      // "تجاوز عدد القتلى الألفين", "المليونين".
      words.push({ word: `ال${word}`, role: "scaleDual", value: s.value, definite: true });
    }
    for (const word of s.plural) words.push({ word, role: "scalePlural", value: s.value });
  }
  for (const [word, value] of FRACTIONS) {
    // "الثلث المتبقي"، "خفض بالنصف"; the grammar takes them alone, never inside a sum.
    words.push({ word, role: "fraction", value }, { word: `ال${word}`, role: "fraction", value, definite: true });
  }
  for (const [word, value] of FRACTION_PLURALS) words.push({ word, role: "fractionPlural", value });
  for (const [word, value] of FRACTION_DUALS) words.push({ word, role: "fractionDual", value });
  for (const [masculine, feminine, value] of ORDINALS) {
    words.push({ word: masculine, role: "ordinal", value, definite: true });
    words.push({ word: feminine, role: "ordinal", value, definite: true, feminine: true });
    // أول مرة، ثاني أكبر، ثالثة: the same words without the article.
    words.push({ word: masculine.slice(2), role: "ordinal", value });
    words.push({ word: feminine.slice(2), role: "ordinal", value, feminine: true });
  }
  for (const [word, value] of EXTRA_INDEFINITE_ORDINALS) words.push({ word, role: "ordinal", value });
  for (const head of ORDINAL_HEADS) {
    const feminine = head.endsWith("ة");
    words.push({ word: head, role: "ordinalHead", value: 1, definite: true, feminine });
    words.push({ word: head.slice(2), role: "ordinalHead", value: 1, feminine });
  }
  words.push({ word: "المئة", role: "ordinalHundred", value: 100, definite: true });
  words.push({ word: "المائة", role: "ordinalHundred", value: 100, definite: true });
  return words;
}

/** Words that turn the number after them negative. */
export const NEGATIVE_WORDS: readonly string[] = ["سالب", "ناقص"];

/** The spoken decimal point: تسعة وتسعين فاصلة خمسة = 99.5. */
export const DECIMAL_WORDS: readonly string[] = ["فاصلة", "فاصل"];

/** "per cent" after a number, in one word or two: بالمائة، في المئة. */
export const PERCENT_ONE_WORD: readonly string[] = ["بالمئة", "بالمائة", "بالمية"];
export const PERCENT_TWO_WORDS: readonly [string, string][] = [
  ["في", "المئة"],
  ["في", "المائة"],
  ["في", "المية"],
];

/** Definite units that are mostly something else: الست is "the lady". */
const NOT_DEFINITE_UNITS: readonly string[] = ["الست"];

/** The word that makes a definite ten before it a day of a month: الثلاثين من أفريل. */
export const OF_WORD = "من";

/** The noun after من that makes a definite ten an age, not a day: الستين من عمره، العشرين من العمر. */
export const AGE_WORDS: readonly string[] = ["عمر", "العمر"];

/**
 * Prepositions and adverbs as they are written before a pronoun (منها، عليها، إليهم):
 * "سبع منها" is seven of them, not a seventh of a noun.
 */
export const PRONOUN_PARTICLES: readonly string[] = [
  "من", "في", "عن", "علي", "إلي", "لدي", "بين", "مع", "عند", "ل", "ب", "حول", "تحت", "فوق", "دون", "ضد", "خلال", "بعض", "كل", "مثل", "غير",
];

/** Words after which an indefinite ثانية is a second of time: "بفارق ثانية"، "خلال ثانية". */
export const SECOND_AFTER: readonly string[] = ["فارق", "بفارق", "خلال", "بعد", "قبل", "لمدة", "مدة", "غضون", "ظرف", "نحو", "حوالي", "قرابة", "زهاء", "أقل", "أكثر"];

/**
 * A definite fraction (النصف، الثلث، الربع) is a share only where the sentence says so:
 * after a word of measure ("بنحو الربع"، "إلى النصف"، "أكثر من الثلث"), with ب ("خفض
 * بالنصف") or before a word of the rest ("الثلث المتبقي"، "النصف الآخر"، "النصف منهم").
 * Elsewhere it is mostly a period ("نتائج الربع"، "في الربع"), and the words below make it
 * one whatever comes before: "الربع الأول"، "الربع المماثل"، "الربع الخالي" (the desert),
 * "نهاية الربع"، "ليلة النصف من شعبان"، "خط الثلث" (a script), "الثالثة إلا الربع".
 */
export const SHARE_BEFORE: readonly string[] = [
  "إلى", "نحو", "بنحو", "بنسبة", "نسبته", "من", "على", "عن", "حتى", "دون", "أي", "بمقدار", "قرابة", "حوالي", "زهاء", "تقارب", "يقارب", "يناهز", "ناهز",
  "تتجاوز", "يتجاوز", "تجاوز", "يزيد", "تزيد", "يقل", "تقل", "يفوق", "تفوق", "يعادل", "تعادل", "يمثل", "تمثل", "يمثلون", "يمثلان", "تمثلان", "يشكل", "تشكل",
  "يشكلون", "يشكلان", "تشكلان",
];
/** Words of the rest after a share; they beat an hour's half ("مئة والنصف منها"). */
export const SHARE_AFTER: readonly string[] = ["المتبقي", "المتبقية", "الباقي", "الباقية", "الآخر", "الأخرى", "منهم", "منها", "منه", "فقط"];
/** Weaker words after a share, which do not beat an hour's half ("الثامنة والنصف تقريبا"). */
export const SHARE_AFTER_WEAK: readonly string[] = ["تقريبا"];
export const PERIOD_AFTER: readonly string[] = [
  "الأخير", "الأخيرة", "الخالي", "المماثل", "الحالي", "الجاري", "الماضي", "المقبل", "السابق", "نفسه", "ذاته", "المنتهي", "المنصرم", "الفائت", "القادم",
];
export const PERIOD_BEFORE: readonly string[] = ["هذا", "نهاية", "بنهاية", "مطلع", "بداية", "خلال", "ليلة", "خط", "بخط", "خطوط", "بخطوط", "إلا"];

/**
 * Nouns that أولي after them qualifies as "primary", not "first" (أولى written with ي, as
 * Egypt writes it: "في أولي جلساته"): "فائض أولي"، "نموذج أولي"، "تقرير أولي".
 */
export const PRIMARY_HEADS: readonly string[] = [
  "فائض", "عجز", "نموذج", "تقرير", "تحقيق", "اتفاق", "حكم", "فحص", "تقييم", "تقدير", "مسح", "تحليل", "مؤشر", "تصنيف", "تشخيص", "علاج", "إسعاف", "عرض",
  "تصميم", "مخطط", "تصور", "اختبار", "رصيد", "إحصاء", "تعداد", "قرار", "بحث", "استطلاع", "موقف", "رد", "مشروع", "صحي",
];

/** The word before an hour of the clock: الساعة الواحدة is the hour one, a rank like الساعة الثانية. */
export const CLOCK_WORDS: readonly string[] = ["الساعة", "بالساعة"];

/** Prepositions after which الثانية is the unit of time (في الثانية: per second), not a rank. */
export const TIME_UNIT_AFTER: readonly string[] = ["من", "في", "كل"];

/**
 * Words whose ordinal after them is part of a name: the months كانون الأول، تشرين الثاني،
 * ربيع الأول، جمادى الآخرة, and the family name آل ثاني.
 */
export const NAME_HEADS: readonly string[] = ["كانون", "تشرين", "ربيع", "جمادى", "آل"];

/** Vague words that make "و + number" after them vague too: نيف وخمسون، بضع وعشرون. */
export const VAGUE_BEFORE_AND: readonly string[] = ["نيف", "نيفا", "بضع", "بضعة", "بضعا"];

/** Words around صفر that make it the Hijri month: شهر صفر، منتصف صفر، صفر الخير. */
export const SAFAR_BEFORE: readonly string[] = ["شهر", "مطلع", "منتصف", "أواخر", "أوائل", "بداية", "نهاية", "غرة", "أول", "آخر"];
export const SAFAR_AFTER: readonly string[] = ["الخير", "المقبل", "الماضي", "الجاري", "هـ", "ه"];

/** An ordinal over a hundred: الثاني والعشرين بعد المئة (122). */
export const AFTER_WORD = "بعد";

/** The word that opens a range of two numbers joined by و (بين 10 و15). */
export const BETWEEN_WORD = "بين";

/**
 * Whole words that look like a proclitic on a number word but are something else:
 * لست ("I am not") is not ل + ست.
 */
export const NOT_NUMBERS: readonly string[] = ["لست", "لستم", "لستن"];

/**
 * Words after which an ordinal is part of a term, not a rank: أول أمس is a day (for
 * nashra/dates); ثاني أكسيد الكربون and أول أكسيد الكربون are compounds of chemistry.
 */
export const NOT_AFTER_FIRST: readonly string[] = ["أمس", "أكسيد"];

/** Proclitics that may be attached to a number word: conjunctions, then prepositions. */
export const CONJUNCTIONS: readonly string[] = ["و", "ف"];
export const PREPOSITIONS: readonly string[] = ["ب", "ل", "ك"];
