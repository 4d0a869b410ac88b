/**
 * The Umm al-Qura calendar, read from the platform's `Intl` (ICU), the one source of
 * Hijri dates nashra trusts: `Intl.DateTimeFormat` with the calendar always named
 * (`-u-ca-islamic-umalqura`), because ICU's default calendar for ar-SA has changed
 * between versions.
 *
 * Gregorian to Hijri is one formatted date. Hijri to Gregorian is a search: the first
 * day of the Hijri month is estimated with the arithmetic (tabular) calendar, which is
 * never more than a few days off, and corrected by formatting the days around it.
 * Month starts are cached, so a month costs a handful of `Intl` calls once.
 *
 * Where the engine has no Umm al-Qura calendar (an ICU build without calendar data),
 * the arithmetic calendar stands in, which can differ from Umm al-Qura by a day or two.
 *
 * @module
 */

import { describe } from "../core/errors.js";
import { digitValue, isDash } from "../core/chars.js";
import { fromDayNumber, isValidDate, toDayNumber } from "./calendar.js";
import type { CalendarDate } from "./types.js";

const MS_PER_DAY = 86_400_000;
/** Hijri years that map into the Gregorian years 622–9999 that nashra handles. */
const MAX_HIJRI_YEAR = 9665;

let umalqura: Intl.DateTimeFormat | null | undefined;

function formatter(): Intl.DateTimeFormat | null {
  if (umalqura === undefined) {
    try {
      const f = new Intl.DateTimeFormat("ar-SA-u-ca-islamic-umalqura-nu-latn", {
        timeZone: "UTC",
        year: "numeric",
        month: "numeric",
        day: "numeric",
      });
      umalqura = f.resolvedOptions().calendar === "islamic-umalqura" ? f : null;
    } catch {
      umalqura = null;
    }
  }
  return umalqura;
}

// A part such as "‎-23" carries direction marks (U+061C, U+200E, U+200F) and may come
// in another digit set than asked for; only digits and the sign are read.
function partValue(value: string): number {
  let n = 0;
  let sign = 1;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (isDash(c)) sign = -1;
    const d = digitValue(c);
    if (d >= 0) n = n * 10 + d;
  }
  return sign * n;
}

/** Tabular (arithmetic, "civil") Hijri date to a day number. */
export function tabularToDayNumber(year: number, month: number, day: number): number {
  return day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) - 492149;
}

/** A day number to the tabular (arithmetic, "civil") Hijri calendar. */
export function tabularFromDayNumber(n: number): CalendarDate {
  const year = Math.floor((30 * (n - tabularToDayNumber(1, 1, 1)) + 10646) / 10631);
  const month = Math.min(12, Math.ceil((n - 29 - tabularToDayNumber(year, 1, 1)) / 29.5) + 1);
  return { year, month, day: n - tabularToDayNumber(year, month, 1) + 1 };
}

// Resolving against one reference asks for its Hijri date again and again.
let lastDay = Number.NaN;
let lastHijri: CalendarDate = { year: 0, month: 0, day: 0 };

/** The Umm al-Qura date of a day number (days since 1970-01-01). */
export function hijriOfDayNumber(n: number): CalendarDate {
  if (n === lastDay) return { ...lastHijri };
  const f = formatter();
  if (f === null) return tabularFromDayNumber(n);
  let year = 0;
  let month = 0;
  let day = 0;
  for (const part of f.formatToParts(new Date(n * MS_PER_DAY))) {
    if (part.type === "year") year = partValue(part.value);
    else if (part.type === "month") month = partValue(part.value);
    else if (part.type === "day") day = partValue(part.value);
  }
  lastDay = n;
  lastHijri = { year, month, day };
  return { year, month, day };
}

const monthStarts = new Map<number, number>();

/** The day number of the first day of a Hijri month (year ≥ 1, month 1–12). */
export function hijriMonthStart(year: number, month: number): number {
  const key = year * 12 + month - 1;
  const cached = monthStarts.get(key);
  if (cached !== undefined) return cached;
  let n = tabularToDayNumber(year, month, 1);
  let h = hijriOfDayNumber(n);
  // The estimate is a few days off at most; each step lands in the next or previous month.
  for (let guard = 0; guard < 64 && h.year * 12 + h.month - 1 < key; guard++) {
    n += 31 - h.day;
    h = hijriOfDayNumber(n);
  }
  for (let guard = 0; guard < 64 && h.year * 12 + h.month - 1 > key; guard++) {
    n -= h.day;
    h = hijriOfDayNumber(n);
  }
  n -= h.day - 1;
  if (monthStarts.size >= 4096) monthStarts.clear();
  monthStarts.set(key, n);
  return n;
}

/** The number of days (29 or 30) of a Hijri month. */
export function hijriMonthLength(year: number, month: number): number {
  const next = month === 12 ? hijriMonthStart(year + 1, 1) : hijriMonthStart(year, month + 1);
  return next - hijriMonthStart(year, month);
}

/** True when the three numbers name a day of the Umm al-Qura calendar that nashra can convert. */
export function isValidHijri(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= MAX_HIJRI_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= 30 &&
    (day < 30 || hijriMonthLength(year, month) === 30)
  );
}

function checkDateObject(fn: string, date: unknown): asserts date is CalendarDate {
  if (date === null || typeof date !== "object") {
    throw new TypeError(`${fn}: date must be an object { year, month, day }, got ${describe(date)}`);
  }
  const d = date as Record<string, unknown>;
  for (const key of ["year", "month", "day"]) {
    if (typeof d[key] !== "number") {
      throw new TypeError(`${fn}: date.${key} must be a number, got ${describe(d[key])}`);
    }
  }
}

function show(d: CalendarDate): string {
  return `{ year: ${String(d.year)}, month: ${String(d.month)}, day: ${String(d.day)} }`;
}

/**
 * Converts an Umm al-Qura (Hijri) date to the Gregorian calendar.
 *
 * The conversion follows the platform's `Intl` Umm al-Qura calendar, which matches
 * the official Saudi tables for 1420–1450 AH (1999–2029); see `docs/dates.md`.
 *
 * @param date - A Hijri date: year 1–9665, month 1–12, day 1–29 or 1–30 as the month has.
 * @returns The Gregorian date of the same day.
 * @throws TypeError when `date` is not an object of numbers; RangeError when the Hijri date does
 *   not exist (30 Dhu al-Hijjah of a year whose last month has 29 days).
 * @example
 * ```ts
 * hijriToGregorian({ year: 1445, month: 9, day: 1 }); // { year: 2024, month: 3, day: 11 }
 * hijriToGregorian({ year: 1446, month: 10, day: 1 }).day; // 30
 * ```
 */
export function hijriToGregorian(date: CalendarDate): CalendarDate {
  checkDateObject("hijriToGregorian", date);
  const { year, month, day } = date;
  if (!isValidHijri(year, month, day)) {
    throw new RangeError(`hijriToGregorian: ${show(date)} is not a day of the Umm al-Qura calendar`);
  }
  return fromDayNumber(hijriMonthStart(year, month) + day - 1);
}

/**
 * Converts a Gregorian date to the Umm al-Qura (Hijri) calendar.
 *
 * @param date - A Gregorian date from 19 July 622 (1 Muharram 1 AH) to 31 December 9999.
 * @returns The Hijri date of the same day.
 * @throws TypeError when `date` is not an object of numbers; RangeError when it is not a Gregorian
 *   day (2025-02-30) or lies before the Hijri era.
 * @example
 * ```ts
 * gregorianToHijri({ year: 2024, month: 7, day: 7 }); // { year: 1446, month: 1, day: 1 }
 * gregorianToHijri({ year: 2012, month: 8, day: 5 }).day; // 17
 * ```
 */
export function gregorianToHijri(date: CalendarDate): CalendarDate {
  checkDateObject("gregorianToHijri", date);
  const { year, month, day } = date;
  if (!isValidDate(year, month, day)) {
    throw new RangeError(`gregorianToHijri: ${show(date)} is not a Gregorian date of the years 1–9999`);
  }
  const hijri = hijriOfDayNumber(toDayNumber(year, month, day));
  if (hijri.year < 1) throw new RangeError(`gregorianToHijri: ${show(date)} lies before the Hijri era`);
  return hijri;
}
