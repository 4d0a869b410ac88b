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

const units: readonly [string, number][] = [
  ["صفر", 0],
  ["واحد", 1],
  ["واحدة", 1],
  ["اثنان", 2],
  ["اثنين", 2],
  ["اثنتان", 2],
  ["اثنتين", 2],
  ["ثلاثة", 3],
  ["ثلاث", 3],
  ["أربعة", 4],
  ["أربع", 4],
  ["خمسة", 5],
  ["خمس", 5],
  ["ستة", 6],
  ["ست", 6],
  ["سبعة", 7],
  ["سبع", 7],
  ["ثمانية", 8],
  ["ثماني", 8],
  ["ثمان", 8],
  ["تسعة", 9],
  ["تسع", 9],
  ["عشرة", 10],
  ["عشر", 10],
];

/** Units that also read as a fraction before a definite noun (خمس السكان = 1/5). */
const unitFractions: Readonly<Record<string, number>> = { خمس: 1 / 5, سبع: 1 / 7, تسع: 1 / 9, عشر: 1 / 10 };

/** Units that may carry the article as adjectives: الدول الثلاث، السنوات العشر. */
const definiteUnits: readonly [string, number][] = [
  ["الثلاثة", 3],
  ["الثلاث", 3],
  ["الأربعة", 4],
  ["الأربع", 4],
  ["الخمسة", 5],
  ["الخمس", 5],
  ["الستة", 6],
  ["الست", 6],
  ["السبعة", 7],
  ["السبع", 7],
  ["الثمانية", 8],
  ["الثماني", 8],
  ["التسعة", 9],
  ["التسع", 9],
  ["العشرة", 10],
  ["العشر", 10],
];

const teenHeads: readonly [string, number][] = [
  ["أحد", 1],
  ["إحدى", 1],
  ["اثنا", 2],
  ["اثني", 2],
  ["اثنتا", 2],
  ["اثنتي", 2],
];

const tens: readonly [string, string, number][] = [
  ["عشرون", "عشرين", 20],
  ["ثلاثون", "ثلاثين", 30],
  ["أربعون", "أربعين", 40],
  ["خمسون", "خمسين", 50],
  ["ستون", "ستين", 60],
  ["سبعون", "سبعين", 70],
  ["ثمانون", "ثمانين", 80],
  ["تسعون", "تسعين", 90],
];

const hundreds: readonly [string, number][] = [
  ["مئة", 100],
  ["مائة", 100],
  ["مئتان", 200],
  ["مئتين", 200],
  ["مائتان", 200],
  ["مائتين", 200],
  ["ثلاثمائة", 300],
  ["ثلاثمئة", 300],
  ["أربعمائة", 400],
  ["أربعمئة", 400],
  ["خمسمائة", 500],
  ["خمسمئة", 500],
  ["ستمائة", 600],
  ["ستمئة", 600],
  ["سبعمائة", 700],
  ["سبعمئة", 700],
  ["ثمانمائة", 800],
  ["ثمانمئة", 800],
  ["ثمانيمائة", 800],
  ["ثمانيمئة", 800],
  ["تسعمائة", 900],
  ["تسعمئة", 900],
];

const hundredConstructs = ["مئتا", "مئتي", "مائتا", "مائتي"];

/** Magnitudes: singular, accusative/construct, genitive construct dual, duals, plurals. */
const scales: readonly { value: number; singular: string[]; accusative: string[]; construct: string[]; dual: string[]; plural: string[] }[] = [
  { value: 1e3, singular: ["ألف"], accusative: ["ألفا"], construct: ["ألفي"], dual: ["ألفان", "ألفين"], plural: ["آلاف", "ألوف"] },
  { value: 1e6, singular: ["مليون"], accusative: ["مليونا"], construct: ["مليوني"], dual: ["مليونان", "مليونين"], plural: ["ملايين"] },
  {
    value: 1e9,
    singular: ["مليار", "بليون"],
    accusative: ["مليارا", "بليونا"],
    construct: ["ملياري", "بليوني"],
    dual: ["ملياران", "مليارين", "بليونان", "بليونين"],
    plural: ["مليارات", "بلايين", "بليونات"],
  },
  {
    value: 1e12,
    singular: ["تريليون", "ترليون"],
    accusative: ["تريليونا", "ترليونا"],
    construct: ["تريليوني", "ترليوني"],
    dual: ["تريليونان", "تريليونين", "ترليونان", "ترليونين"],
    plural: ["تريليونات", "ترليونات"],
  },
];

/** The definite magnitudes that may follow a fraction: نصف المليون، مليون ونصف المليون. */
export const DEFINITE_SCALES: readonly [string, number][] = [
  ["الألف", 1e3],
  ["المليون", 1e6],
  ["المليار", 1e9],
  ["البليون", 1e9],
  ["التريليون", 1e12],
];

const fractions: readonly [string, number][] = [
  ["نصف", 1 / 2],
  ["ثلث", 1 / 3],
  ["ربع", 1 / 4],
  ["سدس", 1 / 6],
];

const fractionPlurals: readonly [string, number][] = [
  ["أثلاث", 1 / 3],
  ["أرباع", 1 / 4],
  ["أخماس", 1 / 5],
  ["أسداس", 1 / 6],
  ["أسباع", 1 / 7],
  ["أثمان", 1 / 8],
  ["أتساع", 1 / 9],
  ["أعشار", 1 / 10],
];

const fractionDuals: readonly [string, number][] = [
  ["ثلثا", 2 / 3],
  ["ثلثي", 2 / 3],
];

/** Ordinals 1–10: masculine and feminine, with and without the article. */
const ordinals: readonly [string, string, number][] = [
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

/** Indefinite ordinals as news writes them: أول مرة، ثاني أكبر، ثالث دولة. */
const indefiniteOrdinals: readonly [string, number][] = [
  ["أول", 1],
  ["أولى", 1],
  ["ثاني", 2],
  ["ثان", 2],
  ["ثانية", 2],
  ["ثالث", 3],
  ["ثالثة", 3],
  ["رابع", 4],
  ["رابعة", 4],
  ["خامس", 5],
  ["خامسة", 5],
  ["سادس", 6],
  ["سادسة", 6],
  ["سابع", 7],
  ["سابعة", 7],
  ["ثامن", 8],
  ["ثامنة", 8],
  ["تاسع", 9],
  ["تاسعة", 9],
  ["عاشر", 10],
  ["عاشرة", 10],
];

const ordinalHeads = ["الحادي", "الحادية", "حادي", "حادية"];

/** Every number word, built from the tables above. */
export function numberWords(): NumberWord[] {
  const words: NumberWord[] = [];
  for (const [word, value] of units) {
    const fraction = unitFractions[word];
    words.push(fraction === undefined ? { word, role: "unit", value } : { word, role: "unit", value, alsoFraction: fraction });
  }
  for (const [word, value] of definiteUnits) words.push({ word, role: "unit", value, definite: true });
  for (const [word, value] of teenHeads) words.push({ word, role: "teenHead", value });
  for (const [nominative, oblique, value] of tens) {
    words.push({ word: nominative, role: "ten", value }, { word: oblique, role: "ten", value });
    words.push(
      { word: `ال${nominative}`, role: "ordinalTen", value, definite: true },
      { word: `ال${oblique}`, role: "ordinalTen", value, definite: true },
    );
  }
  for (const [word, value] of hundreds) words.push({ word, role: "hundred", value });
  for (const word of hundredConstructs) words.push({ word, role: "hundredConstruct", value: 200 });
  for (const s of scales) {
    for (const word of s.singular) words.push({ word, role: "scale", value: s.value });
    for (const word of s.accusative) words.push({ word, role: "scaleAccusative", value: s.value });
    for (const word of s.construct) words.push({ word, role: "scaleConstruct", value: s.value });
    for (const word of s.dual) words.push({ word, role: "scaleDual", value: s.value });
    for (const word of s.plural) words.push({ word, role: "scalePlural", value: s.value });
  }
  for (const [word, value] of fractions) words.push({ word, role: "fraction", value });
  for (const [word, value] of fractionPlurals) words.push({ word, role: "fractionPlural", value });
  for (const [word, value] of fractionDuals) words.push({ word, role: "fractionDual", value });
  for (const [masculine, feminine, value] of ordinals) {
    words.push({ word: masculine, role: "ordinal", value, definite: true });
    words.push({ word: feminine, role: "ordinal", value, definite: true, feminine: true });
  }
  for (const [word, value] of indefiniteOrdinals) words.push({ word, role: "ordinal", value, feminine: word.endsWith("ة") });
  for (const word of ordinalHeads) {
    words.push({ word, role: "ordinalHead", value: 1, definite: word.startsWith("ال"), feminine: word.endsWith("ة") });
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

/** Words after which an ordinal of the clock is a time, not a number: الساعة الثانية. */
export const CLOCK_WORDS: readonly string[] = ["الساعة", "ساعة"];

/** Times of day that make a feminine ordinal before them a clock time: الثانية ظهرا. */
export const TIME_OF_DAY_WORDS: readonly string[] = ["ظهرا", "صباحا", "مساء", "فجرا", "ليلا", "عصرا", "بعد", "ظهر"];

/**
 * Whole words that look like a proclitic on a number word but are something else:
 * لست ("I am not") is not ل + ست.
 */
export const NOT_NUMBERS: readonly string[] = ["لست", "لستم", "لستن"];

/** Words after which an indefinite ordinal starts a date phrase: أول أمس is a day, not a rank. */
export const NOT_AFTER_FIRST: readonly string[] = ["أمس"];

/** Proclitics that may be attached to a number word: conjunctions, then prepositions. */
export const CONJUNCTIONS: readonly string[] = ["و", "ف"];
export const PREPOSITIONS: readonly string[] = ["ب", "ل", "ك"];
