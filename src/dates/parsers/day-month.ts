/**
 * A day and a month: "5 أغسطس 2012م", "الفاتح من نوفمبر", "غرة رمضان", "17رمضان 1433هـ",
 * "الحادي والعشرين من يوليو", "15 آذار/مارس عام 2011", "16 رمضان الجاري", and a day of
 * a month counted from the reference: "5 من الشهر الجاري", "20 الجاري".
 *
 * @module
 */

import { ALEF, HAA, LAM } from "../../core/chars.js";
import type { Candidate } from "../candidate.js";
import { type DayRead, readDay } from "../read/day.js";
import { readMonth } from "../read/month.js";
import { monthDate } from "../read/month-date.js";
import { readPeriod } from "../read/period.js";
import { readYearAfter } from "../read/year.js";
import { entryBefore, previousWord, skipOf } from "../scan/context.js";
import { entriesAt, entryAt } from "../scan/lexicon.js";
import { isWordCode, skipSpace } from "../scan/text.js";
import { type At, lexemeOf } from "./parser.js";


// An ordinal after a definite noun agrees with it: "النصف الثاني من يونيو", "الدور الأول
// من البطولة", "الأسبوع الأول من سبتمبر" name a half, a round and a week, not a day.
// Other date words and connectors ("إلى", folded "الى") are no such noun.
function qualifiesANoun(text: string, start: number): boolean {
  const word = previousWord(text, start);
  if (word === null || text.charCodeAt(word.start) !== ALEF || text.charCodeAt(word.start + 1) !== LAM) return false;
  const known = entriesAt(text, word.start);
  return known === null || known.lexemes.some((l) => l.kind === "period");
}

/**
 * The day of a month counted from the reference: "5 من الشهر الجاري", and "20 الجاري",
 * "28 الماضي" (the month understood; in figures, and a masculine placing word only, so
 * that "الـ24 الماضية" hours stay out).
 */
function dayOfCountedMonth(text: string, day: DayRead, p: number): Candidate | null {
  const relative = readPeriod(text, p, "month");
  if (relative !== null && relative.start === p) {
    const amount = relative.shift;
    return { kind: "shift", start: day.start, end: relative.end, unit: "month", amount, day: day.day, named: false };
  }
  if (!day.digits || p !== skipSpace(text, day.end)) return null;
  const shift = entryAt(text, p, "shift", false);
  if (shift === null || Math.abs(shift.lexeme.shift) > 1 || text.charCodeAt(shift.end - 1) === HAA) return null;
  const amount = shift.lexeme.shift;
  return { kind: "shift", start: day.start, end: shift.end, unit: "month", amount, day: day.day, named: false };
}

/** Proposes a day of a month at `at`. */
export function dayMonth(text: string, at: At): Candidate | null {
  const day = readDay(text, at.pos, lexemeOf(at, "namedDay") !== null);
  if (day === null || (day.words && qualifiesANoun(text, day.start))) return null;
  const p = skipOf(text, skipSpace(text, day.end));
  const month = readMonth(text, p, false);
  if (month === null) return dayOfCountedMonth(text, day, p);
  if (month.conflict) return { kind: "blocked", start: day.start, end: month.end };
  const year = readYearAfter(text, month.end, month.calendar);
  // صفر after digits is a score ("فاز 3 صفر") unless a year, "يوم" or a weekday vouches for it.
  if (month.need === "strict" && year === null && day.digits) {
    if (entryBefore(text, day.start, "dayPart") === null && entryBefore(text, day.start, "weekday") === null) return null;
  }
  // "مدينة 6 أكتوبر", "شارع 26 يوليو": a date without a year names the place.
  if (year === null && entryBefore(text, day.start, "namedAfterDate") !== null) {
    return { kind: "blocked", start: day.start, end: month.end };
  }
  return monthDate(text, withArticle(text, day.start, day.digits), month, year, day.day);
}

// "الـ7 من أكتوبر": the article glued before the digits (its tatweel is gone from the view)
// belongs to the date, so that "منذ" and "يوم" before it are read.
function withArticle(text: string, start: number, digits: boolean): number {
  if (!digits || start < 2 || text.charCodeAt(start - 2) !== ALEF || text.charCodeAt(start - 1) !== LAM) return start;
  return start === 2 || !isWordCode(text.charCodeAt(start - 3)) ? start - 2 : start;
}
