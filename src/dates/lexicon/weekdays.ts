/**
 * Weekday names. Folding makes one entry of الإثنين الاثنين الأثنين and of الأربعاء
 * الاربعاء; the older spelling الثلثاء is an entry of its own.
 *
 * @module
 */

/** A weekday name. */
export interface WeekdayName {
  /** The name as written. */
  readonly name: string;
  /** The day of the week as `Date.prototype.getUTCDay` counts it: 0 is Sunday, 6 Saturday. */
  readonly weekday: number;
}

/** Every weekday name nashra reads. */
export const WEEKDAYS: readonly WeekdayName[] = [
  { name: "الأحد", weekday: 0 },
  { name: "الإثنين", weekday: 1 },
  { name: "الثلاثاء", weekday: 2 },
  { name: "الثلثاء", weekday: 2 },
  { name: "الأربعاء", weekday: 3 },
  { name: "الخميس", weekday: 4 },
  { name: "الجمعة", weekday: 5 },
  { name: "السبت", weekday: 6 },
];

/**
 * Words that put the clause in the future without the prefix س: "سوف", "من المقرر أن",
 * "المرتقب". A bare weekday in such a clause is the coming one ("ستجرى الانتخابات يوم
 * الأحد" in an article of Thursday is the next Sunday).
 */
export const FUTURE_WORDS: readonly string[] = [
  "سوف", "لن", "المقرر", "المقررة", "المرتقب", "المرتقبة", "يرتقب", "المزمع", "المزمعة", "المتوقع", "يعتزم", "تعتزم",
  "يعتزمون", "نعتزم", "أعتزم",
];

/**
 * Words that open with س and a prefix of the imperfect (سي، ست، سن، سأ) but are no verbs
 * in the future: nouns, names and past verbs the news writes often.
 */
export const NOT_FUTURE: readonly string[] = [
  "سياسي", "سياسيا", "سياسيون", "سياسيين", "سيول", "سيناء", "سيناريو", "سيناريوهات", "ستين", "ستون", "سنوي", "سنويا",
  "سيدي", "ستار", "سيطر", "سيطرت", "سيرين", "سنار", "سنجار", "ستوكهولم", "سيئول", "سيبيريا", "سيراليون",
  "سيرلانكا", "سيارتين", "سيف", "سيد", "سيدني", "ستيفن", "سيرجي", "سيسي", "ستاد", "ستوديو", "سينما", "سينمائي",
  "سيادة", "سيكولوجي", "سيلفي", "سيمون", "سنتين", "سنتيمتر", "سنتيمترا", "ستالين", "سيارته", "ساعات", "ساعة",
];
