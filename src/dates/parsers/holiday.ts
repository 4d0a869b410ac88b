/**
 * A named feast or observance: "عيد الفطر", "عيد الأضحى المقبل", "يوم عرفة", "المولد
 * النبوي", "عيد الأضحى 1446", "أول أيام عيد الفطر", "ثالث أيام عيد الأضحى", "عيد العمال".
 * The day it falls on, in the year written after it or else the occurrence nearest the
 * reference, as for a month without a year.
 *
 * @module
 */

import type { Candidate, YearSpec } from "../candidate.js";
import { FEAST_DAYS_WORD, FEAST_DAY_ORDINALS } from "../lexicon/holidays.js";
import { readYearAfter } from "../read/year.js";
import { foldEntry } from "../scan/lexemes.js";
import { previousWord } from "../scan/context.js";
import { type At, lexemeOf } from "./parser.js";

let ordinals: Map<string, number> | undefined;
let daysWord: string | undefined;

// "ثالث أيام" before the feast: the day after its first, and where the mention starts.
function dayOfFeast(text: string, start: number): { start: number; offset: number } | null {
  ordinals ??= new Map(FEAST_DAY_ORDINALS.map((o) => [foldEntry(o.name), o.offset]));
  daysWord ??= foldEntry(FEAST_DAYS_WORD);
  const days = previousWord(text, start);
  if (days === null || text.slice(days.start, days.end) !== daysWord) return null;
  const ordinal = previousWord(text, days.start);
  if (ordinal === null) return null;
  const offset = ordinals.get(text.slice(ordinal.start, ordinal.end));
  return offset === undefined ? null : { start: ordinal.start, offset };
}

/** Proposes the day of a named feast at `at`. */
export function holiday(text: string, at: At): Candidate | null {
  const h = lexemeOf(at, "holiday");
  if (h === null) return null;
  const year = readYearAfter(text, at.end, h.calendar);
  const nth = dayOfFeast(text, at.start);
  const spec: YearSpec = year?.year ?? { kind: "nearest" };
  return {
    kind: "date",
    start: nth?.start ?? at.start,
    end: year?.end ?? at.end,
    calendar: h.calendar,
    month: h.month,
    year: spec,
    day: { kind: "day", day: h.day + (nth?.offset ?? 0) },
  };
}
