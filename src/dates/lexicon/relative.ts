/**
 * Words of relative dates: days named from today, counted units, whole periods and
 * the words that place them before or after the reference.
 *
 * @module
 */

/** A day named from the reference date. */
export interface RelativeDayWord {
  /** The word or phrase as written. */
  readonly name: string;
  /** Days from the reference date: −1 for أمس, 0 for اليوم, 1 for غدا. */
  readonly offset: number;
  /** True when the word is a date only after يوم, صباح, مساء… ("يوم غد"). */
  readonly needsPrefix?: true;
}

/** Days named from the reference date. */
export const RELATIVE_DAYS: readonly RelativeDayWord[] = [
  { name: "أمس", offset: -1 },
  { name: "الأمس", offset: -1 },
  { name: "البارحة", offset: -1 },
  { name: "أول أمس", offset: -2 },
  { name: "أول من أمس", offset: -2 },
  { name: "أمس الأول", offset: -2 },
  { name: "اليوم", offset: 0 },
  { name: "الليلة", offset: 0 },
  { name: "الليلة الماضية", offset: -1 },
  { name: "غدا", offset: 1 },
  { name: "الغد", offset: 1 },
  { name: "غد", offset: 1, needsPrefix: true },
  { name: "بعد غد", offset: 2 },
  { name: "بعد الغد", offset: 2 },
];

/**
 * Words after "اليوم" or "الليلة" that make it "the day" or "the night" rather than
 * today: "اليوم الأول", "اليوم الوطني", "اليوم التالي", "اليوم نفسه", "الليلة الأولى".
 * Ordinals in words are also recognised through `nashra/numbers`.
 */
export const NOT_TODAY_AFTER: readonly string[] = [
  "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
  "الأخير", "التالي", "السابق", "الموالي", "الوطني", "العالمي", "الدولي", "المفتوح", "الموعود",
  "الختامي", "الافتتاحي", "المشهود", "العربي", "الذي", "نفسه", "ذاته", "الثاني عشر",
  "الأولى", "الثانية", "الأخيرة", "التالية", "السابقة", "التي", "نفسها", "ذاتها",
];

/**
 * Words before "اليوم" that make it part of a name: "المصري اليوم", "أخبار اليوم"
 * (newspapers). "اليوم السابع" is caught by the ordinal after it.
 */
export const NAMES_WITH_TODAY: readonly string[] = ["المصري", "أخبار"];

/**
 * Nouns of an outlet whose name can be "اليوم" or "الغد": "صحيفة الغد", "قناة الغد",
 * "جريدة اليوم". After one of them the word is the outlet's name, not a day. Plurals
 * stay out: "صحف اليوم" are today's papers.
 */
export const OUTLET_NOUNS: readonly string[] = [
  "صحيفة", "جريدة", "يومية", "مجلة", "قناة", "فضائية", "تلفزيون", "إذاعة", "راديو", "موقع", "شبكة",
];

/**
 * Nouns that "العام" follows as the adjective "general" or "public": "الأمين العام
 * السابق" is a former secretary-general, "المدعي العام", "الرأي العام", "المؤشر العام".
 * After one of them "العام الماضي" is no year. A verb's object ("ارتفعت الأسعار العام
 * الماضي") is not among them and stays a date.
 */
export const GENERAL_HEADS: readonly string[] = [
  "الأمين", "المدير", "المدعي", "النائب", "المفتش", "المراقب", "المنسق", "المقرر", "القائد", "القنصل",
  "الحاكم", "المحامي", "المرشد", "السكرتير", "الرأي", "القطاع", "المال", "الأمن", "النظام", "الشأن",
  "المؤتمر", "الاتحاد", "الإضراب", "العفو", "الصالح", "النفع", "التعليم", "الإنفاق", "الدين", "التعداد",
  "الإحصاء", "المؤشر", "الوضع", "الإطار", "الاتجاه", "المزاج", "المستوى", "الطابع", "النقل", "الحق",
  "الذوق", "المشهد", "التيار", "الأداء", "الشعور", "البث", "الاكتتاب", "المجلس", "الادعاء",
];

/**
 * Nouns that take a day and a month as a name ("مدينة 6 أكتوبر", "شارع 26 يوليو",
 * "جامعة 6 أكتوبر"): a yearless date after one of them is no date. An event named
 * after its date ("ثورة 25 يناير") stays a date.
 */
export const NAMED_AFTER_A_DATE: readonly string[] = [
  "مدينة", "جامعة", "كوبري", "جسر", "شارع", "ميدان", "محور", "حي", "محافظة", "مستشفى", "مدرسة", "نادي", "مطار",
  "محطة", "كلية", "ملعب", "استاد", "صحيفة", "جريدة", "قوى", "حركة", "تيار", "ائتلاف", "تحالف", "مجموعة", "قناة",
  "مسجد", "حديقة", "مجمع", "ساحة",
];

/**
 * Words before a day that belong to its mention ("يوم الخميس", "مساء أمس"): the four the
 * issue names. Others (فجر، ليل، ظهر) stay outside, like a preposition.
 */
export const DAY_PARTS: readonly string[] = ["يوم", "صباح", "مساء", "ليلة"];

/** A unit of time that a count goes with. */
export type TimeUnit = "minute" | "hour" | "day" | "week" | "month" | "year";

/** A unit word: singular, dual, plural or the accusative after 11–99. */
export interface UnitWord {
  /** The word as written. */
  readonly name: string;
  /** The unit. */
  readonly unit: TimeUnit;
  /** 1 for the singular, 2 for the dual; null for a form that needs a number before it. */
  readonly count: 1 | 2 | null;
}

/** Unit words of "قبل ثلاثة أيام", "منذ أسبوعين", "بعد 5 سنوات". */
export const UNITS: readonly UnitWord[] = [
  { name: "دقيقة", unit: "minute", count: 1 },
  { name: "دقيقتين", unit: "minute", count: 2 },
  { name: "دقيقتان", unit: "minute", count: 2 },
  { name: "دقائق", unit: "minute", count: null },
  { name: "ساعة", unit: "hour", count: 1 },
  { name: "ساعتين", unit: "hour", count: 2 },
  { name: "ساعتان", unit: "hour", count: 2 },
  { name: "ساعات", unit: "hour", count: null },
  { name: "يوم", unit: "day", count: 1 },
  { name: "يومين", unit: "day", count: 2 },
  { name: "يومان", unit: "day", count: 2 },
  { name: "يوما", unit: "day", count: null },
  { name: "أيام", unit: "day", count: null },
  { name: "أسبوع", unit: "week", count: 1 },
  { name: "أسبوعين", unit: "week", count: 2 },
  { name: "أسبوعان", unit: "week", count: 2 },
  { name: "أسبوعا", unit: "week", count: null },
  { name: "أسابيع", unit: "week", count: null },
  { name: "شهر", unit: "month", count: 1 },
  { name: "شهرين", unit: "month", count: 2 },
  { name: "شهران", unit: "month", count: 2 },
  { name: "شهرا", unit: "month", count: null },
  { name: "أشهر", unit: "month", count: null },
  { name: "شهور", unit: "month", count: null },
  { name: "عام", unit: "year", count: 1 },
  { name: "عامين", unit: "year", count: 2 },
  { name: "عامان", unit: "year", count: 2 },
  { name: "عاما", unit: "year", count: null },
  { name: "أعوام", unit: "year", count: null },
  { name: "سنة", unit: "year", count: 1 },
  { name: "سنتين", unit: "year", count: 2 },
  { name: "سنتان", unit: "year", count: 2 },
  { name: "سنوات", unit: "year", count: null },
  { name: "سنين", unit: "year", count: null },
];

/** A whole period named with the definite article: الأسبوع، الشهر، العام، السنة. */
export interface PeriodWord {
  /** The word as written. */
  readonly name: string;
  /** The period. */
  readonly unit: "week" | "month" | "year";
}

/** The periods of "الأسبوع الماضي", "الشهر الجاري", "العام المقبل". */
export const PERIODS: readonly PeriodWord[] = [
  { name: "الأسبوع", unit: "week" },
  { name: "الشهر", unit: "month" },
  { name: "العام", unit: "year" },
  { name: "السنة", unit: "year" },
];

/** A word after a period, weekday or month that places it. */
export interface ShiftWord {
  /** The word or phrase as written. */
  readonly name: string;
  /** −1 before the reference, 0 the current one, 1 after; ±2 for "قبل الماضي", "بعد المقبل". */
  readonly shift: -2 | -1 | 0 | 1 | 2;
}

/** Words that place a period: الماضي، الجاري، المقبل… in both genders, and the plural after two weekdays. */
export const SHIFTS: readonly ShiftWord[] = [
  { name: "الماضي", shift: -1 },
  { name: "الماضية", shift: -1 },
  { name: "الفائت", shift: -1 },
  { name: "الفائتة", shift: -1 },
  { name: "المنصرم", shift: -1 },
  { name: "المنصرمة", shift: -1 },
  { name: "المنقضي", shift: -1 },
  { name: "المنقضية", shift: -1 },
  // Tunisia and Algeria.
  { name: "الفارط", shift: -1 },
  { name: "الفارطة", shift: -1 },
  { name: "السابق", shift: -1 },
  { name: "السابقة", shift: -1 },
  { name: "الماضيين", shift: -1 },
  { name: "قبل الماضي", shift: -2 },
  { name: "قبل الماضية", shift: -2 },
  { name: "الحالي", shift: 0 },
  { name: "الحالية", shift: 0 },
  { name: "الجاري", shift: 0 },
  { name: "الجارية", shift: 0 },
  { name: "المقبل", shift: 1 },
  { name: "المقبلة", shift: 1 },
  { name: "القادم", shift: 1 },
  { name: "القادمة", shift: 1 },
  { name: "المقبلين", shift: 1 },
  { name: "القادمين", shift: 1 },
  { name: "بعد المقبل", shift: 2 },
  { name: "بعد المقبلة", shift: 2 },
  { name: "بعد القادم", shift: 2 },
  { name: "بعد القادمة", shift: 2 },
];

/** Demonstratives of "هذا العام", "هذه السنة": the current period. */
export const THIS_WORDS: readonly string[] = ["هذا", "هذه"];

/** A word that counts back or forward from the reference. */
export interface DirectionWord {
  /** The word as written. */
  readonly name: string;
  /** −1 back (قبل، منذ), 1 forward (بعد). */
  readonly sign: -1 | 1;
}

/** قبل، منذ، بعد. */
export const DIRECTIONS: readonly DirectionWord[] = [
  { name: "قبل", sign: -1 },
  { name: "منذ", sign: -1 },
  { name: "بعد", sign: 1 },
];

/** Words of approximation between a direction and its count: "منذ نحو ثلاثة أسابيع". */
export const APPROXIMATELY: readonly string[] = ["نحو", "حوالى", "قرابة", "زهاء"];
