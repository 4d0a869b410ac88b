/**
 * Dates in figures: "12/3/2024", "١٢/٣/٢٠٢٤" (the view has Latin digits), "2024-03-12",
 * "22 - 09 - 2012", "2012.10.30", "15/9/1445هـ". Day-month-year unless the first number
 * has four digits (year-month-day); month-first only when the middle number cannot be
 * a month. Two-digit years: 2000 + yy below 50, else 1900 + yy. A year from 1300 to
 * 1600, or a Hijri marker, makes the date Hijri.
 *
 * @module
 */

import type { Candidate } from "../candidate.js";
import { entryAt } from "../scan/lexicon.js";
import { FULL_STOP, isAsciiDigit, isDateSeparator } from "../../core/chars.js";
import { type Digits, digitsAt, skipSpace } from "../scan/text.js";
import type { At } from "./parser.js";

const LAST_PLAIN_HIJRI_YEAR = 1600;
const FIRST_PLAIN_HIJRI_YEAR = 1300;

function separatorAt(text: string, pos: number): { sep: number; next: number } | null {
  const at = skipSpace(text, pos);
  const sep = text.charCodeAt(at);
  if (!isDateSeparator(sep)) return null;
  return { sep, next: skipSpace(text, at + 1) };
}

function fullYear(d: Digits): number | null {
  if (d.length === 4) return d.value;
  if (d.length === 2) return d.value < 50 ? 2000 + d.value : 1900 + d.value;
  return null;
}

/** Proposes a date in figures at `at`. */
export function numeric(text: string, at: At): Candidate | null {
  if (!at.digit) return null;
  const pos = at.pos;
  // "192.168.1.10" and "1.2.3": a number joined to the one before is part of something else.
  if (pos >= 2 && isDateSeparator(text.charCodeAt(pos - 1)) && isAsciiDigit(text.charCodeAt(pos - 2))) return null;
  const a = digitsAt(text, pos, 4);
  if (a === null || a.length === 3) return null;
  const s1 = separatorAt(text, a.end);
  if (s1 === null) return null;
  const b = digitsAt(text, s1.next, 2);
  if (b === null) return null;
  const s2 = separatorAt(text, b.end);
  if (s2 === null || s2.sep !== s1.sep) return null;
  const c = digitsAt(text, s2.next, 4);
  if (c === null || (a.length === 4 ? c.length > 2 : c.length === 1 || c.length === 3)) return null;
  // "1.2.10" is a version number far more often than a date: dotted dates write the whole year.
  if (s1.sep === FULL_STOP && a.length < 4 && c.length < 4) return null;
  if (isDateSeparator(text.charCodeAt(c.end)) && isAsciiDigit(text.charCodeAt(c.end + 1))) return null;
  let year: number | null;
  let month = b.value;
  let day: number;
  if (a.length === 4) {
    year = a.value;
    day = c.value;
  } else {
    year = fullYear(c);
    day = a.value;
    if (month > 12 && day <= 12) [month, day] = [day, month];
  }
  if (year === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  let end = c.end;
  const plainHijri = year >= FIRST_PLAIN_HIJRI_YEAR && year <= LAST_PLAIN_HIJRI_YEAR;
  let calendar: "gregorian" | "hijri" = plainHijri ? "hijri" : "gregorian";
  const markAt = skipSpace(text, end);
  const marker = entryAt(text, markAt, "marker", false);
  if (marker !== null && marker.start === markAt) {
    calendar = marker.lexeme.calendar;
    end = marker.end;
  }
  return { kind: "date", start: pos, end, calendar, month, year: { kind: "year", year }, day: { kind: "day", day } };
}
