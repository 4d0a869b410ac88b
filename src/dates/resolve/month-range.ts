/**
 * The days a month, a day of it or a part of it covers, in either calendar.
 *
 * @module
 */

import { daysInMonth, isValidDate, toDayNumber } from "../calendar.js";
import type { DaySpec } from "../candidate.js";
import { hijriMonthLength, hijriMonthStart, isValidHijri } from "../hijri.js";
import type { CalendarDate, DateCalendar } from "../types.js";

/** A stretch of days, as day numbers, with the calendar date it starts on. */
export interface DayRange {
  readonly first: number;
  readonly last: number;
  /** The first day in the calendar of the text. */
  readonly from: CalendarDate;
}

/**
 * The days of `day` (or of the whole month when null) in month `month` of `year`,
 * or null when that day does not exist.
 */
export function monthRange(calendar: DateCalendar, year: number, month: number, day: DaySpec | null): DayRange | null {
  let base: number;
  let length: number;
  if (calendar === "gregorian") {
    if (!isValidDate(year, month, 1)) return null;
    base = toDayNumber(year, month, 1);
    length = daysInMonth(year, month);
  } else {
    if (!isValidHijri(year, month, 1)) return null;
    base = hijriMonthStart(year, month);
    length = hijriMonthLength(year, month);
  }
  let a = 1;
  let b = length;
  if (day !== null) {
    if (day.kind === "day") {
      if (day.day > length) return null;
      a = b = day.day;
    } else if (day.kind === "last") {
      a = length;
    } else {
      // Days below zero count from the end: −1 is the last.
      a = day.part.from > 0 ? day.part.from : length + day.part.from + 1;
      b = day.part.to > 0 ? day.part.to : length + day.part.to + 1;
    }
  }
  return { first: base + a - 1, last: base + b - 1, from: { year, month, day: a } };
}
