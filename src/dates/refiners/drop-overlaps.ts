/**
 * Keeps one candidate where several overlap: the longest, and of equal ones the first
 * proposed. "15 آذار/مارس عام 2011" beats "آذار/مارس عام 2011" and "عام 2011"; a
 * blocked stretch (two names that disagree, "مدينة 6 أكتوبر") beats the candidates
 * inside it, so that none of them is reported as a date.
 *
 * @module
 */

import type { Candidate } from "../candidate.js";

/** The candidates that survive, in text order, none overlapping another. */
export function dropOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const sorted = candidates
    .map((c, index) => ({ c, index }))
    .sort((a, b) => a.c.start - b.c.start || b.c.end - a.c.end || a.index - b.index);
  const kept: Candidate[] = [];
  for (const { c } of sorted) {
    const last = kept[kept.length - 1];
    if (last === undefined || c.start >= last.end) kept.push(c);
    else if (c.end - c.start > last.end - last.start) {
      // A longer candidate that starts inside the last one replaces it, if it clears the one before.
      const before = kept[kept.length - 2];
      if (before === undefined || c.start >= before.end) kept[kept.length - 1] = c;
    }
  }
  return kept;
}
