/**
 * The parsers, with the tokens that can start what they read, in the order they are
 * asked. The order matters only for candidates of equal span, where the first proposed
 * is kept: a numeric date before a year, a day of a month before a month.
 *
 * @module
 */

import type { LexemeKind } from "../scan/lexemes.js";
import { dayMonth } from "./day-month.js";
import { holiday } from "./holiday.js";
import { month } from "./month.js";
import { monthPart } from "./month-part.js";
import { numeric } from "./numeric.js";
import type { Parser } from "./parser.js";
import { relativeCount } from "./relative-count.js";
import { relativeDay } from "./relative-day.js";
import { relativePeriod } from "./relative-period.js";
import { weekday } from "./weekday.js";
import { wordDay } from "./word-day.js";
import { year } from "./year.js";
import { yearRange } from "./year-range.js";

/** A parser and what can start it. */
export interface ParserEntry {
  readonly parse: Parser;
  /** True when a number in digits can start it. */
  readonly digits: boolean;
  /** The kinds of date words that can start it. */
  readonly kinds: readonly LexemeKind[];
}

/** Every parser. */
export const PARSERS: readonly ParserEntry[] = [
  { parse: numeric, digits: true, kinds: [] },
  { parse: wordDay, digits: false, kinds: ["month", "monthWord", "period"] },
  { parse: dayMonth, digits: true, kinds: ["namedDay"] },
  { parse: monthPart, digits: false, kinds: ["part"] },
  { parse: month, digits: false, kinds: ["month", "monthWord"] },
  { parse: yearRange, digits: true, kinds: [] },
  { parse: year, digits: true, kinds: ["yearWord", "yearPair", "lead", "part", "yearPart"] },
  { parse: weekday, digits: false, kinds: ["weekday"] },
  { parse: holiday, digits: false, kinds: ["holiday"] },
  { parse: relativeDay, digits: false, kinds: ["relativeDay"] },
  { parse: relativeCount, digits: false, kinds: ["direction"] },
  { parse: relativePeriod, digits: false, kinds: ["period", "this"] },
];
