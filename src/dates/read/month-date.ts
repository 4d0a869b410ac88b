/**
 * The pieces the three month parsers (a day first, a part first, the month first) share.
 *
 * @module
 */

import type { DateCandidate, DaySpec } from "../candidate.js";
import { wordBeforeIs } from "../scan/context.js";
import { entryAt } from "../scan/lexicon.js";
import { skipSpace } from "../scan/text.js";
import type { MonthRead } from "./month.js";
import type { YearRead } from "./year.js";

const SINCE = ["منذ"];

// "منذ منتصف رمضان وحتى نهايته" is "from … to": منذ followed by a range's end is no "since".
function opensARange(text: string, end: number): boolean {
  const at = skipSpace(text, end);
  const to = entryAt(text, at, "connector");
  return to !== null && to.lexeme.role === "to" && to.start <= at + 1;
}

/**
 * The candidate for a month with its year and day, from `start` to the end of what was
 * read. Without a year, a date after "منذ" lies in the past ("منذ السابع من أكتوبر"),
 * unless a range's end follows it.
 */
export function monthDate(
  text: string,
  start: number,
  month: MonthRead,
  year: YearRead | null,
  day: DaySpec | null,
): DateCandidate {
  const end = year?.end ?? month.end;
  const since = year === null && wordBeforeIs(text, start, SINCE) && !opensARange(text, end);
  return {
    kind: "date",
    start,
    end,
    calendar: month.calendar,
    month: month.month,
    year: year?.year ?? (since ? { kind: "since" } : { kind: "nearest" }),
    day,
  };
}
