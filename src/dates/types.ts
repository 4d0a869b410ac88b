/**
 * The shapes `nashra/dates` takes and gives: plain data, JSON-serialisable.
 *
 * @module
 */

import type { Span } from "../core/span.js";

/**
 * A day of a calendar, without time or time zone. Gregorian unless said otherwise;
 * months are 1–12 and days 1–31.
 */
export interface CalendarDate {
  /** The year, e.g. 2025 (Gregorian) or 1446 (Hijri). */
  year: number;
  /** The month, 1–12. */
  month: number;
  /** The day of the month, 1–31 (1–30 in the Hijri calendar). */
  day: number;
}

/** The day a week starts on, for "الأسبوع الماضي" and the like. Saturday is CLDR's choice for Arabic. */
export type WeekStart = "saturday" | "sunday" | "monday";

/** What `extractDates` and `parseDate` resolve relative expressions against. */
export interface DateOptions {
  /**
   * The publication date: a {@link CalendarDate} or a "YYYY-MM-DD" string. Default: today,
   * in the local time zone of the machine (as chrono-node does).
   */
  reference?: CalendarDate | string;
  /** The first day of a week; default `"saturday"`. */
  weekStart?: WeekStart;
}

/** The unit a mention names: a day (or a range of days), a week, a month or a year. */
export type DateGrain = "day" | "week" | "month" | "year";

/** The calendar the mention is written in; `start` and `end` are always Gregorian. */
export type DateCalendar = "gregorian" | "hijri";

/** A part of a date that was not written in the text but taken from the reference date. */
export type DatePart = "year" | "month" | "day";

/** A date found in the text. */
export interface DateMention {
  /** The text of the mention, exactly `input.slice(span.start, span.end)`. */
  text: string;
  /** Where the mention stands in the input. */
  span: Span;
  /** The first day the mention covers (Gregorian). */
  start: CalendarDate;
  /** The last day the mention covers (Gregorian, inclusive); equal to `start` for a single day. */
  end: CalendarDate;
  /** The unit of the mention; a range of days ("من 3 إلى 5 مايو", "منتصف يوليو") has the grain `"day"`. */
  grain: DateGrain;
  /** The calendar of the text: `"hijri"` for Hijri month names, Hijri years and Hijri numeric dates. */
  calendar: DateCalendar;
  /** For Hijri input, the Hijri date, or the first day of the Hijri range. */
  hijri?: CalendarDate;
  /** True when the reference date was needed to resolve the mention (a weekday, "أمس", a missing year). */
  relative: boolean;
  /**
   * The parts taken from the reference date rather than read in the text, as chrono-node's
   * "implied" components: `["year"]` for "15 مايو", every part for "أمس"; empty when `relative` is false.
   */
  implied: DatePart[];
}
