/**
 * The Hijri month names with their common variants. Folding covers the hamza and
 * alef maksura spellings (الآخرة الاخرة, جمادى جمادي).
 *
 * @module
 */

/** How much context a Hijri month name needs before it is read as a month. */
export type HijriNameUse =
  /** Always a month (ربيع الأول, ذو الحجة). */
  | "month"
  /** Also a personal name or an adjective (رجب طيب أردوغان, محرم): needs a day, a year, "شهر" or a preposition. */
  | "name"
  /** Also the number zero (صفر): needs a year, a Hijri marker, "شهر", الخير or a word such as الماضي after it. */
  | "zero";

/** A Hijri month name. */
export interface HijriMonthName {
  /** The name as written. */
  readonly name: string;
  /** The month, 1 (Muharram) to 12 (Dhu al-Hijjah). */
  readonly month: number;
  /** How much context the name needs. */
  readonly use: HijriNameUse;
}

/** Every Hijri month name nashra reads. */
export const HIJRI_MONTHS: readonly HijriMonthName[] = [
  { name: "محرم", month: 1, use: "name" },
  { name: "المحرم", month: 1, use: "name" },
  { name: "محرم الحرام", month: 1, use: "month" },
  { name: "صفر", month: 2, use: "zero" },
  { name: "صفر الخير", month: 2, use: "month" },
  { name: "صفر المظفر", month: 2, use: "month" },
  { name: "ربيع الأول", month: 3, use: "month" },
  { name: "ربيع أول", month: 3, use: "month" },
  { name: "ربيع الآخر", month: 4, use: "month" },
  { name: "ربيع آخر", month: 4, use: "month" },
  { name: "ربيع الثاني", month: 4, use: "month" },
  { name: "ربيع ثاني", month: 4, use: "month" },
  { name: "جمادى الأولى", month: 5, use: "month" },
  { name: "جمادى الأول", month: 5, use: "month" },
  { name: "جمادى الآخرة", month: 6, use: "month" },
  { name: "جمادى الآخر", month: 6, use: "month" },
  { name: "جمادى الثانية", month: 6, use: "month" },
  { name: "جمادى الثاني", month: 6, use: "month" },
  { name: "رجب", month: 7, use: "name" },
  { name: "رجب المرجب", month: 7, use: "month" },
  { name: "رجب الفرد", month: 7, use: "month" },
  { name: "شعبان", month: 8, use: "name" },
  { name: "شعبان المعظم", month: 8, use: "month" },
  { name: "رمضان", month: 9, use: "name" },
  { name: "رمضان المبارك", month: 9, use: "month" },
  { name: "رمضان الكريم", month: 9, use: "month" },
  { name: "شوال", month: 10, use: "name" },
  { name: "ذو القعدة", month: 11, use: "month" },
  { name: "ذي القعدة", month: 11, use: "month" },
  { name: "ذو الحجة", month: 12, use: "month" },
  { name: "ذي الحجة", month: 12, use: "month" },
];
