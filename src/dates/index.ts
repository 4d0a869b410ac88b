/**
 * `nashra/dates` — every Arabic date in news text: Gregorian dates in all the regional
 * month systems, Hijri (Umm al-Qura) dates, dates in figures, weekdays and relative
 * expressions, resolved against the publication date, each with its span in the input.
 *
 * @example
 * ```ts
 * import { extractDates } from "nashra/dates";
 * extractDates("وصل الوفد الإثنين 21 تموز/يوليو", { reference: "2025-07-22" })[0]?.start;
 * // { year: 2025, month: 7, day: 21 }
 * ```
 *
 * @module dates
 */

export { extractDates } from "./extract.js";
export { parseDate } from "./parse.js";
export { gregorianToHijri, hijriToGregorian } from "./hijri.js";
export type {
  CalendarDate,
  DateCalendar,
  DateGrain,
  DateMention,
  DateOptions,
  DatePart,
  WeekStart,
} from "./types.js";
export type { Span } from "../core/span.js";
