/**
 * Gives a list of dates joined by "و" the year written after its last item: in "في 30
 * يونيو و3 يوليو 2013" and "في شهري يناير وفبراير 2020" the first date is of 2013 and
 * 2020, not of the reference's year; so do two months with a slash ("مايو/يونيو 2024"). Where the months wrap round the year's end
 * ("ديسمبر ويناير 2024") the earlier one is of the year before. Only between dates of one
 * calendar.
 *
 * @module
 */

import { SOLIDUS } from "../../core/chars.js";
import type { Candidate, DateCandidate } from "../candidate.js";
import { joinedByAnd } from "../scan/context.js";
import { skipSpace } from "../scan/text.js";

// A "و" list, or a slash between two months ("مايو/يونيو 2024").
function joinedInList(text: string, end: number, start: number): boolean {
  const i = skipSpace(text, end);
  if (text.charCodeAt(i) === SOLIDUS) return skipSpace(text, i + 1) === start;
  return joinedByAnd(text, end, start);
}

/** Writes the year of the last date of each "و" list into the yearless dates before it. */
export function shareYears(text: string, candidates: Candidate[]): Candidate[] {
  let next: DateCandidate | null = null;
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k] as Candidate;
    if (c.kind !== "date") {
      next = null;
      continue;
    }
    if (
      next !== null &&
      c.year.kind === "nearest" &&
      next.year.kind === "year" &&
      c.calendar === next.calendar &&
      joinedInList(text, c.end, next.start)
    ) {
      const year = c.month <= next.month ? next.year.year : next.year.year - 1;
      const shared: DateCandidate = { ...c, year: { kind: "year", year } };
      candidates[k] = shared;
      next = shared;
    } else {
      next = c;
    }
  }
  return candidates;
}
