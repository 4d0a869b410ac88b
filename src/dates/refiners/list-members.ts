/**
 * Proposes the members of a "و" list that carry no date word of their own: the bare
 * days before a date ("في 5 و20 مايو": the 5th is a day of May too; "يومي 8 و15
 * مارس") and the bare years after a year ("افتتحا عامي 2009 و2015", "عام 2009
 * و2015"). Each member is a mention of its own: the list names separate days or years,
 * not the stretch between them. Days in a row ("3 و4 مايو") and lists after بين or من
 * are ranges, left to the range refiner.
 *
 * @module
 */

import { WAW, isComma } from "../../core/chars.js";
import type { Candidate, DateCandidate, YearCandidate } from "../candidate.js";
import { readDay } from "../read/day.js";
import { endsClean, isBareYear, readYearNumber } from "../read/year.js";
import { entryAt } from "../scan/lexicon.js";
import { previousTokenStart, skipSpace } from "../scan/text.js";

/** A list of days written before their month holds a handful, not a calendar page. */
const MAX_LISTED_DAYS = 6;
/** Years of one list lie within this many years of the first. */
const YEAR_SPREAD = 100;

// The start of the "و" token that links something to `start`, or −1.
function andBefore(text: string, start: number, floor: number): number {
  const link = previousTokenStart(text, start);
  if (link < floor || text.charCodeAt(link) !== WAW) return -1;
  // The و alone, or glued to what follows it ("و20").
  return link + 1 === start || skipSpace(text, link + 1) === start ? link : -1;
}

// True when a range word stands before `pos`: "بين 10 و20 مايو", "من 5 و…".
function rangeOpensBefore(text: string, pos: number, floor: number): boolean {
  const t = previousTokenStart(text, pos);
  if (t < floor || t < 0) return false;
  const word = entryAt(text, t, "connector");
  return word !== null && ((word.lexeme.role === "between" && word.lexeme.adjacent !== true) || word.lexeme.role === "of");
}

/** The bare days listed before `date`, latest first, each a candidate of its own. */
function daysBefore(text: string, date: DateCandidate, floor: number): DateCandidate[] {
  const out: DateCandidate[] = [];
  const spec = date.day;
  if (spec === null || spec.kind !== "day") return out;
  let next = spec.day;
  let at = date.start;
  while (out.length < MAX_LISTED_DAYS) {
    const link = andBefore(text, at, floor);
    if (link < 0) break;
    const t = previousTokenStart(text, link);
    if (t < floor || t < 0) break;
    const day = readDay(text, t, false);
    if (day === null || skipSpace(text, day.end) !== link || day.day.kind !== "day" || day.day.day >= next) break;
    // Two days in a row are a range ("3 و4 مايو"), read by the range refiner.
    if (out.length === 0 && day.day.day === next - 1) break;
    if (rangeOpensBefore(text, day.start, floor)) break;
    out.push({ ...date, start: day.start, end: day.end, day: day.day });
    next = day.day.day;
    at = day.start;
  }
  return out;
}

/** The bare years listed after `year`, in text order, each a candidate of its own. */
function yearsAfter(text: string, year: YearCandidate, ceiling: number): YearCandidate[] {
  const out: YearCandidate[] = [];
  if (year.last !== undefined) return out;
  let end = year.end;
  for (;;) {
    let p = skipSpace(text, end);
    if (isComma(text.charCodeAt(p))) p = skipSpace(text, p + 1);
    if (text.charCodeAt(p) !== WAW) break;
    p = skipSpace(text, p + 1);
    if (p >= ceiling) break;
    const y = readYearNumber(text, p);
    if (y === null || y.end > ceiling) break;
    const calendar = y.calendar ?? year.calendar;
    if (calendar !== year.calendar || y.year === year.year || Math.abs(y.year - year.year) > YEAR_SPREAD) break;
    // Without a marker a four-figure number is a year only in this century's span and
    // when no counted noun follows it ("عام 2020 و2000 شخص").
    if (y.calendar === null && (!isBareYear(y.year) || !endsClean(text, y.end))) break;
    out.push({ kind: "year", start: p, end: y.end, calendar, year: y.year });
    end = y.end;
  }
  return out;
}

/** Adds the unmarked members of "و" lists to candidates in text order, none overlapping. */
export function addListMembers(text: string, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    const floor = out.length === 0 ? 0 : (out[out.length - 1] as Candidate).end;
    if (c.kind === "date") {
      const days = daysBefore(text, c, floor);
      for (let d = days.length - 1; d >= 0; d--) out.push(days[d] as DateCandidate);
    }
    out.push(c);
    if (c.kind === "year") {
      const ceiling = k + 1 < candidates.length ? (candidates[k + 1] as Candidate).start : text.length;
      out.push(...yearsAfter(text, c, ceiling));
    }
  }
  return out;
}
