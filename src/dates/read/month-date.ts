/**
 * The pieces the three month parsers (a day first, a part first, the month first) share.
 *
 * @module
 */

import type { DateCandidate, DaySpec } from "../candidate.js";
import type { MonthRead } from "./month.js";
import type { YearRead } from "./year.js";

/** The candidate for a month with its year and day, from `start` to the end of what was read. */
export function monthDate(start: number, month: MonthRead, year: YearRead | null, day: DaySpec | null): DateCandidate {
  return {
    kind: "date",
    start,
    end: year?.end ?? month.end,
    calendar: month.calendar,
    month: month.month,
    year: year?.year ?? { kind: "nearest" },
    day,
  };
}
