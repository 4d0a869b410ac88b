/**
 * What follows a month and places it in a year: a written year ("2024", "، 2012",
 * "عام 2011", "1433هـ"), a year counted from the reference ("من العام الماضي",
 * "العام الجاري") or a word that places the month itself ("الماضي", "المقبل", "الجاري").
 *
 * @module
 */

import type { YearSpec } from "../candidate.js";
import { skipOf } from "../scan/context.js";
import { wordNumberAt } from "../number-words.js";
import { entriesAt, entryAt } from "../scan/lexicon.js";
import { HAA, isAsciiDigit, isComma, isDateSeparator, isNumberJoiner, isProclitic } from "../../core/chars.js";
import { digitsAt, isWordAt, skipSpace, wordEnd } from "../scan/text.js";
import { readPeriod } from "./period.js";
import type { DateCalendar } from "../types.js";

/** A year read after a month. */
export interface YearRead {
  readonly year: YearSpec;
  /** The calendar of the month. */
  readonly calendar: DateCalendar;
  readonly end: number;
}


/** A year number found in the text, with the calendar its marker names (null when unmarked). */
export interface YearNumber {
  readonly year: number;
  readonly calendar: DateCalendar | null;
  readonly end: number;
}

function marked(text: string, year: number, end: number): YearNumber | null {
  const markAt = skipSpace(text, end);
  const marker = entryAt(text, markAt, "marker", false);
  return marker !== null && marker.start === markAt ? { year, calendar: marker.lexeme.calendar, end: marker.end } : null;
}

// After "في 2011" comes punctuation, a date word, a connector or the next clause ("وفي 2023
// سجلت الشركة"); a counted noun means a count. A number of four figures takes its noun in
// the genitive singular with nothing glued before it: a noun in ة ("في 2008 حالة") or one
// of COUNTED_NOUNS ("في 2000 منزل"), but no "مقارنة" or "بنسبة" (ADVERBIAL_NOUNS, proclitics).
export function endsClean(text: string, pos: number): boolean {
  const at = skipSpace(text, pos);
  if (!isWordAt(text, at)) return true;
  const next = entriesAt(text, at);
  if (next !== null && next.lexemes.some((l) => l.kind === "connector" || l.kind === "lead" || l.kind === "direction")) return true;
  const end = wordEnd(text, at);
  if (end - at >= 4 && isProclitic(text.charCodeAt(at))) return true;
  const noun = entryAt(text, at, "countedNoun", false);
  if (noun !== null && noun.end === end) return noun.lexeme.counted === false;
  return text.charCodeAt(end - 1) !== HAA;
}

/**
 * A written year at `pos`: four digits, or three or four with a marker ("762م",
 * "1433هـ"). With `words`, after عام or سنة, also a year in words ("ألفين وثمانية").
 */
export function readYearNumber(text: string, pos: number, words = false): YearNumber | null {
  const d = digitsAt(text, pos, 4);
  if (d === null) {
    const w = words ? wordNumberAt(text, pos) : null;
    if (w === null || w.start !== pos || w.ordinal || w.value < 1000 || w.value > 2999) return null;
    return marked(text, w.value, w.end) ?? { year: w.value, calendar: null, end: w.end };
  }
  if (d.length < 3) return null;
  // A year is not followed by ".5", ",000", ":30" or "/12": that number is something else.
  const next = text.charCodeAt(d.end);
  if ((isNumberJoiner(next) || isDateSeparator(next)) && isAsciiDigit(text.charCodeAt(d.end + 1))) return null;
  const withMarker = marked(text, d.value, d.end);
  if (withMarker !== null) return withMarker;
  if (d.length < 4 || d.value < 1000) return null;
  return { year: d.value, calendar: null, end: d.end };
}

/**
 * True for a four-figure number that may be a year with no marker and no year word: the
 * years news writes that way ("منذ 2011", "بين 2010 و2019"), not a count like 2500.
 */
export function isBareYear(year: number): boolean {
  return year >= 1900 && year <= 2099;
}

// The Hijri years a news text writes without a marker; a larger number after a Hijri
// month is the Gregorian year it falls in ("رمضان 2024").
const LAST_PLAIN_HIJRI_YEAR = 1600;

/** How a written year places a month of `calendar`, or null when they cannot go together. */
function yearFor(y: YearNumber, calendar: DateCalendar): YearRead | null {
  if (y.calendar === calendar || (y.calendar === null && (calendar === "gregorian" || y.year <= LAST_PLAIN_HIJRI_YEAR))) {
    return { year: { kind: "year", year: y.year }, calendar, end: y.end };
  }
  if (calendar === "hijri" && y.calendar !== "hijri") {
    return { year: { kind: "within", year: y.year }, calendar, end: y.end };
  }
  return null;
}

/** The year after a month that ends at `pos`, or null. */
export function readYearAfter(text: string, pos: number, calendar: DateCalendar): YearRead | null {
  let at = skipSpace(text, pos);
  if (isComma(text.charCodeAt(at))) at = skipSpace(text, at + 1);
  if (isAsciiDigit(text.charCodeAt(at))) {
    const y = readYearNumber(text, at);
    return y === null ? null : yearFor(y, calendar);
  }
  // Most words after a month are no date words: one lookup turns them away.
  if (!isWordAt(text, at) || entriesAt(text, at) === null) return null;
  const place = entryAt(text, at, "shift", false);
  if (place !== null && place.start === at) {
    const s = place.lexeme.shift;
    const year: YearSpec = s === 0 ? { kind: "shift", shift: 0 } : { kind: "place", steps: s };
    return { year, calendar, end: place.end };
  }
  at = skipOf(text, at);
  const relative = readPeriod(text, at, "year");
  if (relative !== null && relative.start === at) {
    return { year: { kind: "shift", shift: relative.shift }, calendar, end: relative.end };
  }
  const word = entryAt(text, at, "yearWord");
  if (word === null) return null;
  const number = skipSpace(text, word.end);
  const y = readYearNumber(text, number, true);
  return y === null ? null : yearFor(y, calendar);
}
