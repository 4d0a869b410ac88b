/**
 * Resolving a month, a day or a part of a month: choosing its year. A written year is
 * taken as it is; "من العام الماضي" counts from the reference's year; "مارس الماضي" is
 * the last March strictly before the reference month ("15 مارس الماضي": before the
 * reference day), "المقبل" the first after it; a missing year gives the occurrence
 * nearest to the reference, which may fall in the previous or the next year.
 * Hijri months are placed in Hijri years.
 *
 * @module
 */

import { fromDayNumber, isValidDate, toDayNumber } from "../calendar.js";
import type { DateCandidate, Resolved, YearSpec } from "../candidate.js";
import { hijriMonthStart, hijriOfDayNumber, isValidHijri } from "../hijri.js";
import type { CalendarDate, DateCalendar } from "../types.js";
import { type DayRange, monthRange } from "./month-range.js";

/** The reference day in the calendar of the text. */
function referenceIn(calendar: DateCalendar, today: number): CalendarDate {
  return calendar === "gregorian" ? fromDayNumber(today) : hijriOfDayNumber(today);
}

function distance(r: DayRange, today: number): number {
  if (r.first > today) return r.first - today;
  if (r.last < today) return today - r.last;
  return 0;
}

// Far enough to reach a 29 February or a 30th of a Hijri month from any reference.
const SEARCH_YEARS = [0, -1, 1, -2, 2, -3, 3, -4, 4];

function nearest(c: DateCandidate, ref: CalendarDate, today: number): DayRange | null {
  let best: DayRange | null = null;
  let bestDistance = Infinity;
  for (const delta of SEARCH_YEARS) {
    const r = monthRange(c.calendar, ref.year + delta, c.month, c.day);
    if (r === null) continue;
    const d = distance(r, today);
    if (d < bestDistance || (d === bestDistance && best !== null && r.first < best.first)) {
      best = r;
      bestDistance = d;
    }
  }
  return best;
}

function placed(c: DateCandidate, steps: number, ref: CalendarDate, today: number): DayRange | null {
  const exact = c.day !== null && c.day.kind !== "part";
  const refMonth = ref.year * 12 + ref.month;
  const direction = steps < 0 ? -1 : 1;
  let left = Math.abs(steps);
  for (let delta = 0; Math.abs(delta) <= 6; delta += direction) {
    const y = ref.year + delta;
    const r = monthRange(c.calendar, y, c.month, c.day);
    if (r === null) continue;
    const month = y * 12 + c.month;
    const fits = direction < 0 ? (exact ? r.last < today : month < refMonth) : exact ? r.first > today : month > refMonth;
    if (fits && --left === 0) return r;
  }
  return null;
}

// "منذ مارس": the latest occurrence that starts on or before the reference.
function since(c: DateCandidate, ref: CalendarDate, today: number): DayRange | null {
  for (let delta = 0; delta >= -4; delta--) {
    const r = monthRange(c.calendar, ref.year + delta, c.month, c.day);
    if (r !== null && r.first <= today) return r;
  }
  return null;
}

// The Hijri month that starts in Gregorian year `year` ("رمضان 2024"); the first of two.
function within(c: DateCandidate, year: number): DayRange | null {
  if (!isValidDate(year, 1, 1)) return null;
  const jan1 = toDayNumber(year, 1, 1);
  const estimate = hijriOfDayNumber(jan1).year;
  for (const y of [estimate, estimate + 1]) {
    if (!isValidHijri(y, c.month, 1)) continue;
    const start = hijriMonthStart(y, c.month);
    if (start >= jan1 && start < toDayNumber(year + 1, 1, 1)) return monthRange("hijri", y, c.month, c.day);
  }
  return null;
}

function rangeOf(c: DateCandidate, spec: YearSpec, today: number): DayRange | null {
  if (spec.kind === "year") return monthRange(c.calendar, spec.year, c.month, c.day);
  if (spec.kind === "within") return within(c, spec.year);
  const ref = referenceIn(c.calendar, today);
  if (spec.kind === "shift") return monthRange(c.calendar, ref.year + spec.shift, c.month, c.day);
  if (spec.kind === "place") return placed(c, spec.steps, ref, today);
  if (spec.kind === "since") return since(c, ref, today);
  return nearest(c, ref, today);
}

/** Resolves a date candidate; null when the date does not exist (31 April, 30 of a 29-day Hijri month). */
export function resolveDate(c: DateCandidate, today: number, year: YearSpec = c.year): Resolved | null {
  const r = rangeOf(c, year, today);
  if (r === null) return null;
  const written = year.kind === "year" || year.kind === "within";
  return {
    first: r.first,
    last: r.last,
    grain: c.day === null ? "month" : "day",
    calendar: c.calendar,
    hijri: c.calendar === "hijri" ? r.from : null,
    implied: written ? [] : ["year"],
  };
}
