/**
 * The parsers, grouped by the token that can start what they read, in the order they
 * are asked. The order matters only for candidates of equal span, where the first
 * proposed is kept: a numeric date before a year, a day of a month before a month.
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

/** The parsers asked at a number. */
export const AT_DIGITS: readonly Parser[] = [numeric, dayMonth, year];

/** The parsers asked at a word the dates lexicon knows. */
export const AT_ENTRIES: readonly Parser[] = [
  dayMonth,
  monthPart,
  month,
  year,
  weekday,
  relativeDay,
  relativeCount,
  relativePeriod,
];

/** The parsers asked at any other word: a day written as a number word ("الحادي والعشرين من يوليو"). */
export const AT_WORDS: readonly Parser[] = [dayMonth];
