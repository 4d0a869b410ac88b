/**
 * Resolving what is counted from the reference: weekdays, named days, counted units
 * and whole periods, and written years (which need no reference).
 *
 * A bare weekday is the most recent such day on or before the reference, as news
 * uses it ("الإثنين" in an article of Tuesday 22 July 2025 is Monday 21 July), or the
 * first on or after it in a clause in the future ("سيصل الوفد الإثنين" is 28 July);
 * "الماضي" is strictly before, "المقبل" strictly after. A counted unit names the whole
 * unit it lands in: "قبل شهر" is last month, "منذ ثلاثة أسابيع" the week three weeks
 * back (weeks start on `weekStart`).
 *
 * @module
 */

import { addMonths, isValidDate, startOfWeek, toDayNumber, weekdayOf } from "../calendar.js";
import type { Resolved, ShiftCandidate, WeekdayCandidate, YearCandidate } from "../candidate.js";
import { hijriMonthStart, isValidHijri } from "../hijri.js";
import type { ResolvedDateOptions } from "../options.js";
import type { DatePart } from "../types.js";
import { monthRange } from "./month-range.js";

const EVERY_PART: readonly DatePart[] = ["year", "month", "day"];
const YEAR_AND_MONTH: readonly DatePart[] = ["year", "month"];
const YEAR_ONLY: readonly DatePart[] = ["year"];

function gregorianDays(first: number, last: number, grain: Resolved["grain"], implied: readonly DatePart[]): Resolved {
  return { first, last, grain, calendar: "gregorian", hijri: null, implied };
}

/** Resolves a weekday against the reference. */
export function resolveWeekday(c: WeekdayCandidate, options: ResolvedDateOptions): Resolved {
  const today = options.today;
  const back = (weekdayOf(today) - c.weekday + 7) % 7;
  const ahead = (c.weekday - weekdayOf(today) + 7) % 7;
  let day: number;
  if (c.shift === 0) day = c.ahead === true ? today + ahead : today - back;
  else if (c.shift < 0) day = today - (back === 0 ? 7 : back) + 7 * (c.shift + 1);
  else day = today + (ahead === 0 ? 7 : ahead) + 7 * (c.shift - 1);
  return gregorianDays(day, day, "day", EVERY_PART);
}

/** Resolves a shift (a named day, a counted unit, a whole period) against the reference; null when out of range. */
export function resolveShift(c: ShiftCandidate, options: ResolvedDateOptions): Resolved | null {
  const { today, reference } = options;
  if (c.unit === "day") return gregorianDays(today + c.amount, today + c.amount, "day", EVERY_PART);
  if (c.unit === "week") {
    const first = startOfWeek(today + 7 * c.amount, options.weekStart);
    return gregorianDays(first, first + 6, "week", EVERY_PART);
  }
  if (c.unit === "month") {
    const { year, month } = addMonths(reference.year, reference.month, c.amount);
    const r = monthRange("gregorian", year, month, c.day);
    if (r === null) return null;
    const grain = c.day === null ? "month" : "day";
    return gregorianDays(r.first, r.last, grain, YEAR_AND_MONTH);
  }
  const year = reference.year + c.amount;
  if (!isValidDate(year, 1, 1)) return null;
  return gregorianDays(toDayNumber(year, 1, 1), toDayNumber(year, 12, 31), "year", YEAR_ONLY);
}

/** Resolves a written year; null when out of range. */
export function resolveYear(c: YearCandidate): Resolved | null {
  const last = c.last ?? c.year;
  if (c.calendar === "gregorian") {
    if (!isValidDate(c.year, 1, 1) || !isValidDate(last, 1, 1)) return null;
    return gregorianDays(toDayNumber(c.year, 1, 1), toDayNumber(last, 12, 31), "year", []);
  }
  if (!isValidHijri(c.year, 1, 1) || !isValidHijri(last + 1, 1, 1)) return null;
  return {
    first: hijriMonthStart(c.year, 1),
    last: hijriMonthStart(last + 1, 1) - 1,
    grain: "year",
    calendar: "hijri",
    hijri: { year: c.year, month: 1, day: 1 },
    implied: [],
  };
}
