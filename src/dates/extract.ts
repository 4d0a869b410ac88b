/**
 * `extractDates`: the pipeline. Parsers propose candidates over the matching view;
 * refiners then run in this order, each needing the one before:
 *
 * 1. drop overlaps — one candidate per stretch of text, the longest;
 * 2. day parts — "يوم"، "مساء"… join the day after them;
 * 3. list members — the bare days and years of a "و" list ("في 5 و20 مايو", "عامي 2009 و2015");
 * 4. shared years — "30 يونيو و3 يوليو 2013": the list's year goes to every date in it;
 * 5. resolve — every candidate gets its days, or goes (blocked stretches, 31 April), a
 *    year narrows to the quarter or half before it ("الربع الثالث من العام الجاري"), and
 *    "العام السابق" counts from the year its sentence wrote before it;
 * 6. weekdays — a weekday or named day joins the date beside it (needs resolved grains),
 *    and the weekdays of a "و" list keep their written order;
 * 7. ranges — two ends become one mention (needs the second end's year);
 *
 * and the spans are mapped back to the input.
 *
 * @module
 */

import { assertString } from "../core/errors.js";
import type { NormalizedText } from "../core/view.js";
import { viewOf } from "../normalize/normalize.js";
import { MATCH_OPTIONS } from "../normalize/match.js";
import { fromDayNumber } from "./calendar.js";
import type { Candidate, Item } from "./candidate.js";
import { type ResolvedDateOptions, resolveDateOptions } from "./options.js";
import { takeDayParts } from "./refiners/day-parts.js";
import { dropOverlaps } from "./refiners/drop-overlaps.js";
import { mergeRanges } from "./refiners/merge-range.js";
import { addListMembers } from "./refiners/list-members.js";
import { anchorPreviousYears } from "./refiners/anchor-previous.js";
import { mergeWeekdays } from "./refiners/merge-weekday.js";
import { shareYears } from "./refiners/share-year.js";
import { orderWeekdayLists } from "./refiners/weekday-list.js";
import { takeYearParts } from "./refiners/year-part.js";
import { resolveAll } from "./resolve/resolve.js";
import { propose } from "./scan/propose.js";
import type { DateMention, DateOptions } from "./types.js";

/**
 * The first half of the pipeline: what the parsers propose over a matching-view text,
 * one candidate per stretch, with day parts joined — everything that does not need
 * the reference date, so that a caller who learns the reference later (the
 * publication date of an article) scans the text once.
 */
export function proposeDates(text: string): Candidate[] {
  return shareYears(text, addListMembers(text, takeDayParts(text, dropOverlaps(propose(text)))));
}

/** The second half: candidates resolved against the reference and merged into mentions. */
export function resolveDates(text: string, candidates: readonly Candidate[], options: ResolvedDateOptions): Item[] {
  let items: Item[] = resolveAll(candidates, options);
  items = orderWeekdayLists(text, mergeWeekdays(text, anchorPreviousYears(text, takeYearParts(text, items))), options.today);
  return mergeRanges(text, items, options.today);
}

/** The merged and resolved items of `input`, with the view they were found in. */
export function findItems(input: string, options: ResolvedDateOptions): { view: NormalizedText; items: Item[] } {
  const view = viewOf(input, MATCH_OPTIONS);
  return { view, items: resolveDates(view.text, proposeDates(view.text), options) };
}

/** The mention of an item, its span mapped back to `input`. */
export function toMention(input: string, view: NormalizedText, item: Item): DateMention {
  const span = view.spanToOriginal({ start: item.start, end: item.end });
  const r = item.resolved;
  const text = input.slice(span.start, span.end);
  const start = fromDayNumber(r.first);
  const end = fromDayNumber(r.last);
  const relative = r.implied.length > 0;
  const implied = [...r.implied];
  // Made whole by one literal or the other: a Hijri date added afterwards would give those
  // mentions a map that only they hold, and the code that reads mentions would die with
  // them (core/shape.ts).
  if (r.hijri === null) return { text, span, start, end, grain: r.grain, calendar: r.calendar, relative, implied };
  const hijri = { year: r.hijri.year, month: r.hijri.month, day: r.hijri.day };
  return { text, span, start, end, grain: r.grain, calendar: r.calendar, relative, implied, hijri };
}

/**
 * Finds every date in running text: Gregorian dates in every regional month system,
 * Hijri dates, dates in figures, weekdays and relative expressions, resolved against
 * the publication date.
 *
 * Mentions come in text order and never overlap. Each carries its span in the input
 * (through diacritics, tatweel and invisible marks), the first and last Gregorian day
 * it covers, its grain, the calendar it was written in and whether the reference date
 * was needed.
 *
 * @param text - Any string; the empty string gives `[]`.
 * @param options - `reference` (the publication date, default today) and `weekStart`.
 * @returns The mentions, in order.
 * @throws TypeError when `text` is not a string; RangeError for an impossible
 *   `reference` ("2025-02-30", "yesterday") or an unknown `weekStart`.
 * @example
 * ```ts
 * const text = "وقال الوزير أمس إن الاتفاق الموقع في 3 تشرين الثاني/نوفمبر 2024 يبقى ساريا";
 * const [yesterday, signed] = extractDates(text, { reference: "2025-07-22" });
 * yesterday.start; // { year: 2025, month: 7, day: 21 }
 * yesterday.relative; // true
 * signed.text; // "3 تشرين الثاني/نوفمبر 2024"
 * signed.start; // { year: 2024, month: 11, day: 3 }
 * ```
 */
export function extractDates(text: string, options?: DateOptions): DateMention[] {
  assertString("extractDates", text);
  const { view, items } = findItems(text, resolveDateOptions("extractDates", options));
  return items.map((item) => toMention(text, view, item));
}
