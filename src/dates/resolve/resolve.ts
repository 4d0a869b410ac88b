/**
 * Resolution, the step between the refiners that look at the text and those that look
 * at dates: every candidate gets its days, or is dropped when it names none.
 *
 * @module
 */

import type { Candidate, Item, Resolved } from "../candidate.js";
import { toDayNumber } from "../calendar.js";
import type { ResolvedDateOptions } from "../options.js";
import { resolveDate } from "./date.js";
import { resolveShift, resolveWeekday, resolveYear } from "./relative.js";

/** The days a candidate names, or null (a blocked stretch, a date that does not exist). */
function resolveCandidate(c: Candidate, options: ResolvedDateOptions): Resolved | null {
  switch (c.kind) {
    case "date":
      return resolveDate(c, options.today);
    case "year":
      return resolveYear(c);
    case "weekday":
      return resolveWeekday(c, options);
    case "shift":
      return resolveShift(c, options);
    case "blocked":
      return null;
  }
}

// The days a mention may name: the years 1–9999 of the Gregorian calendar ("قبل 2024 عام"
// in 2023 would fall before year 1).
const FIRST_DAY = toDayNumber(1, 1, 1);
const LAST_DAY = toDayNumber(9999, 12, 31);

/** Resolves every candidate, keeping those that name days. */
export function resolveAll(candidates: readonly Candidate[], options: ResolvedDateOptions): Item[] {
  const items: Item[] = [];
  for (const candidate of candidates) {
    const resolved = resolveCandidate(candidate, options);
    if (resolved === null || resolved.first < FIRST_DAY || resolved.last > LAST_DAY) continue;
    items.push({ start: candidate.start, end: candidate.end, candidate, resolved });
  }
  return items;
}
