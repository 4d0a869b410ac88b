/**
 * The small words around a date: calendar markers after a year, the words before a
 * month or a year, parts of a month, named days of a month and connectors.
 *
 * @module
 */

/** A calendar marker after a year. */
export interface YearMarker {
  /** The marker as written. */
  readonly name: string;
  /** The calendar it names. */
  readonly calendar: "gregorian" | "hijri";
}

/** هـ، ه، هجري، للهجرة and م، ميلادي، للميلاد, in both genders. */
export const YEAR_MARKERS: readonly YearMarker[] = [
  { name: "هـ", calendar: "hijri" },
  { name: "هجري", calendar: "hijri" },
  { name: "هجرية", calendar: "hijri" },
  { name: "هجريا", calendar: "hijri" },
  { name: "للهجرة", calendar: "hijri" },
  { name: "م", calendar: "gregorian" },
  { name: "ميلادي", calendar: "gregorian" },
  { name: "ميلادية", calendar: "gregorian" },
  { name: "ميلاديا", calendar: "gregorian" },
  { name: "للميلاد", calendar: "gregorian" },
];

/** Words before a year: "عام 2011", "العام 2011", "سنة 2011", "لعام 2024" (the ل is a proclitic). */
export const YEAR_WORDS: readonly string[] = ["عام", "العام", "سنة", "السنة"];

/** Year words that name their calendar: "العام الهجري 1447", "السنة الميلادية 2025". */
export const CALENDAR_YEAR_WORDS: readonly { readonly name: string; readonly calendar: "gregorian" | "hijri" }[] = [
  { name: "العام الهجري", calendar: "hijri" },
  { name: "عام هجري", calendar: "hijri" },
  { name: "السنة الهجرية", calendar: "hijri" },
  { name: "سنة هجرية", calendar: "hijri" },
  { name: "العام الميلادي", calendar: "gregorian" },
  { name: "السنة الميلادية", calendar: "gregorian" },
];

/** The dual before two years: "عامي 2023 و2024", "بين سنتي 2010 و2015". */
export const YEAR_PAIR_WORDS: readonly string[] = ["عامي", "سنتي"];

/** The word before a month name: "شهر رمضان", "شهر يونيو", the dual "شهري آذار ونيسان". */
export const MONTH_WORDS: readonly string[] = ["شهر", "شهري"];

/**
 * The days of a month a word names: from day `from` to day `to`, where a number below
 * zero counts from the month's end (−1 is its last day).
 */
export interface MonthPart {
  readonly from: number;
  readonly to: number;
}

/** A word that names a part of a month. */
export interface MonthPartWord {
  /** The word as written. */
  readonly name: string;
  /** The days it names. */
  readonly part: MonthPart;
}

const EARLY: MonthPart = { from: 1, to: 10 };
const MID: MonthPart = { from: 11, to: 20 };
const LATE: MonthPart = { from: 21, to: -1 };

/**
 * أوائل/بداية/مطلع (days 1–10), منتصف (11–20), أواخر/نهاية (21 to the end) and their kin;
 * "العشر الأواخر من رمضان"; the halves and weeks of a month ("النصف الثاني من يونيو" is
 * 16–30 June, "الأسبوع الأول من أغسطس" 1–7 August, "الأسبوع الأخير من" its last seven days).
 */
export const MONTH_PARTS: readonly MonthPartWord[] = [
  { name: "أوائل", part: EARLY },
  { name: "بداية", part: EARLY },
  { name: "بدايات", part: EARLY },
  { name: "مطلع", part: EARLY },
  { name: "مستهل", part: EARLY },
  { name: "العشر الأوائل", part: EARLY },
  { name: "منتصف", part: MID },
  { name: "أواسط", part: MID },
  { name: "أواخر", part: LATE },
  { name: "نهاية", part: LATE },
  { name: "نهايات", part: LATE },
  { name: "العشر الأواخر", part: LATE },
  { name: "النصف الأول", part: { from: 1, to: 15 } },
  { name: "النصف الثاني", part: { from: 16, to: -1 } },
  { name: "الأسبوع الأول", part: { from: 1, to: 7 } },
  { name: "الأسبوع الثاني", part: { from: 8, to: 14 } },
  { name: "الأسبوع الثالث", part: { from: 15, to: 21 } },
  { name: "الأسبوع الرابع", part: { from: 22, to: 28 } },
  { name: "الأسبوع الأخير", part: { from: -7, to: -1 } },
];

/** A word that names a quarter or a half of a year: its first and last month. */
export interface YearPartWord {
  /** The word as written. */
  readonly name: string;
  readonly firstMonth: number;
  readonly lastMonth: number;
}

/**
 * The quarters and halves of a calendar year, which economic news dates by: "الربع الثالث
 * من العام الجاري" is July to September, "النصف الأول من 2025" January to June. Vaguer
 * parts (مطلع العام، نهاية العام) are not read: they give the year.
 */
export const YEAR_PARTS: readonly YearPartWord[] = [
  { name: "الربع الأول", firstMonth: 1, lastMonth: 3 },
  { name: "الربع الثاني", firstMonth: 4, lastMonth: 6 },
  { name: "الربع الثالث", firstMonth: 7, lastMonth: 9 },
  { name: "الربع الرابع", firstMonth: 10, lastMonth: 12 },
  { name: "الربع الأخير", firstMonth: 10, lastMonth: 12 },
  { name: "النصف الأول", firstMonth: 1, lastMonth: 6 },
  { name: "النصف الثاني", firstMonth: 7, lastMonth: 12 },
];

/** A word that names one day of a month. */
export interface NamedDayWord {
  /** The word as written. */
  readonly name: string;
  /** The first or the last day of the month. */
  readonly day: "first" | "last";
}

/**
 * غرة، الفاتح and the Moroccan فاتح (the first), أول ("أول مايو"), "أول يوم من", "اليوم
 * الأول من"; سلخ, "آخر يوم من", "اليوم الأخير من" (the last day).
 */
export const NAMED_DAYS: readonly NamedDayWord[] = [
  { name: "غرة", day: "first" },
  { name: "الفاتح", day: "first" },
  { name: "فاتح", day: "first" },
  { name: "أول", day: "first" },
  { name: "أول يوم", day: "first" },
  { name: "اليوم الأول", day: "first" },
  { name: "سلخ", day: "last" },
  { name: "آخر يوم", day: "last" },
  { name: "اليوم الأخير", day: "last" },
];

/** What a connector word does between two parts of a date. */
export type ConnectorRole = "of" | "to" | "and" | "between" | "equals";

/** A connector word. */
export interface ConnectorWord {
  /** The word as written. */
  readonly name: string;
  /** Its role. */
  readonly role: ConnectorRole;
  /**
   * A dual (يومي "the two days of"): its two ends make one stretch only when they are
   * adjacent ("يومي 20 و21 نوفمبر"); "يومي 8 و15 مارس" names two separate days.
   */
  readonly adjacent?: true;
}

/**
 * من ("الخامس من يونيو", "من 3 إلى 5 مايو"), إلى/حتى/لغاية (a range's end), و with بين
 * or يومي ("بين 10 و12 يونيو", "يومي 20 و21 نوفمبر"), الموافق (a Hijri date and its
 * Gregorian equal).
 */
export const CONNECTORS: readonly ConnectorWord[] = [
  { name: "من", role: "of" },
  { name: "إلى", role: "to" },
  { name: "حتى", role: "to" },
  { name: "لغاية", role: "to" },
  { name: "و", role: "and" },
  { name: "بين", role: "between" },
  { name: "يومي", role: "between", adjacent: true },
  { name: "الموافق", role: "equals" },
  { name: "الموافقة", role: "equals" },
  { name: "الموافق ل", role: "equals" },
];

/**
 * Prepositions that stand before a date and stay outside its span: في، بتاريخ، خلال،
 * طوال، منذ، حتى، بحلول. After one of them an ambiguous month name is read as a month, and
 * a bare year ("منذ 2011") as a year.
 */
/**
 * Nouns counted by a number of four figures: after "في 2000" one of them makes the number
 * a count, not a year ("في 2000 منزل"). Nouns in ة are told by their ending, except the
 * adverbial ones of ADVERBIAL_NOUNS.
 */
export const COUNTED_NOUNS: readonly string[] = [
  "شخص", "مواطن", "طالب", "لاجئ", "نازح", "جندي", "عامل", "مريض", "منزل", "مسكن", "موقع", "مشروع", "طن",
  "متر", "كيلومتر", "كيلو", "كلم", "هكتار", "دولار", "دينار", "درهم", "ريال", "جنيه", "يورو", "سهم", "برميل",
  "صوت", "مقعد", "عنصر", "مقاتل", "قتيل", "جريح", "مصاب", "معتقل", "أسير", "طفل", "زائر", "مشارك", "متسابق",
];

/** Nouns in ة that open the next phrase rather than being counted: "في 2024 مقارنة بعام 2023". */
export const ADVERBIAL_NOUNS: readonly string[] = ["مقارنة", "نتيجة", "إضافة", "خاصة", "عامة", "مرة", "تارة", "كافة", "قرابة"];

/**
 * Nouns of a span of time that make two years after them a range: "خلال الفترة 2020-2025".
 * Elsewhere two years with a dash or slash are a name ("موسم 2024/2025", "الخطة الخمسية
 * 2021-2025"), not a date, unless a lead stands before them ("في 2020-2025").
 */
export const SPAN_NOUNS: readonly string[] = ["الفترة", "فترة", "للفترة", "بالفترة", "والفترة", "المدة", "للمدة"];

/** Words that make the figures after them a label, not a date: "المرسوم رقم 2020-2025". */
export const NUMBER_LABELS: readonly string[] = ["رقم", "برقم", "الرقم", "ورقم", "بالرقم"];

export const LEADS: readonly string[] = ["في", "بتاريخ", "تاريخ", "خلال", "طوال", "منذ", "حتى", "بحلول", "حلول"];
