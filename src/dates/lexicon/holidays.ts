/**
 * Feasts and days named in news: the Islamic ones on their Hijri day (placed through the
 * Umm al-Qura calendar like any Hijri date), and a few fixed Gregorian observances.
 * Feasts that fall on different days in different churches or countries (عيد الميلاد،
 * عيد الفصح، عيد الأم، national days) are left out: a name that does not say its day is
 * no date.
 *
 * @module
 */

import type { DateCalendar } from "../types.js";

/** A named day: its calendar, month and day of the month. */
export interface Holiday {
  /** The name as written; variants are entries of their own. */
  readonly name: string;
  readonly calendar: DateCalendar;
  readonly month: number;
  readonly day: number;
}

export const HOLIDAYS: readonly Holiday[] = [
  { name: "عيد الفطر", calendar: "hijri", month: 10, day: 1 },
  { name: "عيد الأضحى", calendar: "hijri", month: 12, day: 10 },
  { name: "يوم عرفة", calendar: "hijri", month: 12, day: 9 },
  { name: "يوم عرفات", calendar: "hijri", month: 12, day: 9 },
  { name: "وقفة عرفة", calendar: "hijri", month: 12, day: 9 },
  { name: "وقفة عرفات", calendar: "hijri", month: 12, day: 9 },
  { name: "المولد النبوي", calendar: "hijri", month: 3, day: 12 },
  { name: "رأس السنة الهجرية", calendar: "hijri", month: 1, day: 1 },
  { name: "يوم عاشوراء", calendar: "hijri", month: 1, day: 10 },
  { name: "ذكرى الإسراء والمعراج", calendar: "hijri", month: 7, day: 27 },
  { name: "رأس السنة الميلادية", calendar: "gregorian", month: 1, day: 1 },
  { name: "عيد العمال", calendar: "gregorian", month: 5, day: 1 },
  { name: "يوم المرأة العالمي", calendar: "gregorian", month: 3, day: 8 },
];

/**
 * The ordinals of "أول أيام عيد الفطر", "ثالث أيام عيد الأضحى": how many days after the
 * feast's first day the mention falls.
 */
export const FEAST_DAY_ORDINALS: readonly { readonly name: string; readonly offset: number }[] = [
  { name: "أول", offset: 0 },
  { name: "ثاني", offset: 1 },
  { name: "ثالث", offset: 2 },
  { name: "رابع", offset: 3 },
];

/** The word between the ordinal and the feast: "أول أيام". */
export const FEAST_DAYS_WORD = "أيام";
