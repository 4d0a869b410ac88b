/**
 * The parsers, in the order they are asked at each token start. The order matters only
 * for candidates of equal span, where the first proposed is kept: a numeric date
 * before a year, a day of a month before a month.
 *
 * @module
 */

import { dayMonth } from "./day-month.js";
import { month } from "./month.js";
import { monthPart } from "./month-part.js";
import { numeric } from "./numeric.js";
import type { Parser } from "./parser.js";
import { relativeCount } from "./relative-count.js";
import { relativeDay } from "./relative-day.js";
import { relativePeriod } from "./relative-period.js";
import { weekday } from "./weekday.js";
import { year } from "./year.js";

/** Every parser. */
export const PARSERS: readonly Parser[] = [
  numeric,
  dayMonth,
  monthPart,
  month,
  year,
  weekday,
  relativeDay,
  relativeCount,
  relativePeriod,
];
