/**
 * A whole year: "عام 2011", "العام 2011", "لعام 2024", "سنة 1979", "2011م", "1433هـ",
 * "العام الهجري 1447";
 * two years: "عامي 2023 و2024", "بين عامي 2010 و2015";
 * and a bare year after منذ، حتى، بحلول، في، خلال or a part word (مطلع، نهاية…) when nothing
 * counted follows it ("منذ 2011", "في 2008،", "مطلع 2027"). A Hijri marker makes the year Hijri.
 *
 * @module
 */

import type { Candidate } from "../candidate.js";
import { readYearNumber } from "../read/year.js";
import { HAA, WAW, isProclitic } from "../../core/chars.js";
import { entryBefore, startsClause, wordIs } from "../scan/context.js";
import { entriesAt, entryAt } from "../scan/lexicon.js";
import { digitsAt, isWordAt, skipSpace, wordEnd, wordStartBack } from "../scan/text.js";
import { type At, lexemeOf } from "./parser.js";

const FIRST_BARE_YEAR = 1900;
const LAST_BARE_YEAR = 2099;

// After "في 2011" comes punctuation, a date word, a connector or the next clause ("وفي 2023
// سجلت الشركة"); a counted noun means a count. A number of four figures takes its noun in
// the genitive singular with nothing glued before it: a noun in ة ("في 2008 حالة") or one
// of COUNTED_NOUNS ("في 2000 منزل"), but no "مقارنة" or "بنسبة" (ADVERBIAL_NOUNS, proclitics).
function endsClean(text: string, pos: number): boolean {
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

// "عامي 2023 و2024", "بين عامي 2010 و2015": both years and what is between them, with بين.
function yearPair(text: string, at: At): Candidate | null {
  const first = readYearNumber(text, skipSpace(text, at.end), true);
  if (first === null) return null;
  let p = skipSpace(text, first.end);
  if (text.charCodeAt(p) !== WAW) return null;
  p = skipSpace(text, p + 1);
  const last = readYearNumber(text, p, true);
  if (last === null || last.year <= first.year || (last.calendar ?? first.calendar) !== (first.calendar ?? last.calendar)) {
    return null;
  }
  const between = entryBefore(text, at.start, "connector");
  const start = between !== null && between.lexeme.role === "between" ? between.start : at.start;
  const calendar = first.calendar ?? last.calendar ?? "gregorian";
  return { kind: "year", start, end: last.end, calendar, year: first.year, last: last.year };
}

const MEEM = ["م"];

/** True when the marker that ends at `end` is the one letter "م". */
function isMetreLike(text: string, end: number): boolean {
  return wordIs(text, wordStartBack(text, end), end, MEEM);
}

function yearExpected(text: string, start: number): boolean {
  if (startsClause(text, start)) return true;
  return entryBefore(text, start, "lead") !== null || entryBefore(text, start, "connector") !== null;
}

/** Proposes a whole year at `at`. */
export function year(text: string, at: At): Candidate | null {
  if (at.digit) {
    const y = readYearNumber(text, at.pos);
    if (y === null || y.calendar === null) return null;
    // "م" alone is also the metre ("قطر الحفرة 1500 م"): after a bare number it makes a
    // year only where a year is expected, after a preposition or at the start of a clause.
    if (isMetreLike(text, y.end) && !yearExpected(text, at.pos)) return null;
    return { kind: "year", start: at.pos, end: y.end, calendar: y.calendar, year: y.year };
  }
  const word = lexemeOf(at, "yearWord");
  if (word !== null) {
    const y = readYearNumber(text, skipSpace(text, at.end), true);
    if (y === null) return null;
    return { kind: "year", start: at.start, end: y.end, calendar: y.calendar ?? word.calendar ?? "gregorian", year: y.year };
  }
  if (lexemeOf(at, "yearPair") !== null) return yearPair(text, at);
  // "مطلع 2027", "بحلول نهاية 2026": a part of a year is not read, its year is.
  if (lexemeOf(at, "lead") !== null || lexemeOf(at, "part") !== null) {
    const p = skipSpace(text, at.end);
    const d = digitsAt(text, p, 4);
    if (d === null || d.length !== 4 || d.value < FIRST_BARE_YEAR || d.value > LAST_BARE_YEAR) return null;
    const y = readYearNumber(text, p);
    if (y === null || (y.calendar === null && !endsClean(text, y.end))) return null;
    return { kind: "year", start: p, end: y.end, calendar: y.calendar ?? "gregorian", year: y.year };
  }
  return null;
}
