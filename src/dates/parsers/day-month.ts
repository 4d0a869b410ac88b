/**
 * A day and a month: "5 أغسطس 2012م", "الفاتح من نوفمبر", "غرة رمضان", "17رمضان 1433هـ",
 * "الحادي والعشرين من يوليو", "15 آذار/مارس عام 2011", "16 رمضان الجاري", and a day of
 * a month counted from the reference: "5 من الشهر الجاري".
 *
 * @module
 */

import type { Candidate } from "../candidate.js";
import { readDay } from "../read/day.js";
import { readMonth } from "../read/month.js";
import { monthDate } from "../read/month-date.js";
import { readPeriod } from "../read/period.js";
import { readYearAfter } from "../read/year.js";
import { entryBefore, skipOf } from "../scan/context.js";
import { skipSpace } from "../scan/text.js";
import { type At, lexemeOf } from "./parser.js";

/** Proposes a day of a month at `at`. */
export function dayMonth(text: string, at: At): Candidate | null {
  const day = readDay(text, at.pos, lexemeOf(at, "namedDay") !== null);
  if (day === null) return null;
  const p = skipOf(text, skipSpace(text, day.end));
  const month = readMonth(text, p, false);
  if (month === null) {
    const relative = readPeriod(text, p, "month");
    if (relative === null || relative.start !== p) return null;
    return { kind: "shift", start: day.start, end: relative.end, unit: "month", amount: relative.shift, day: day.day, named: false };
  }
  if (month.conflict) return { kind: "conflict", start: day.start, end: month.end };
  const year = readYearAfter(text, month.end, month.calendar);
  // صفر after digits is a score ("فاز 3 صفر") unless a year, "يوم" or a weekday vouches for it.
  if (month.need === "strict" && year === null && day.digits) {
    if (entryBefore(text, day.start, "dayPart") === null && entryBefore(text, day.start, "weekday") === null) return null;
  }
  return monthDate(day.start, month, year, day.day);
}
