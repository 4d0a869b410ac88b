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
import { endsClean, isBareYear, readYearNumber } from "../read/year.js";
import { WAW } from "../../core/chars.js";
import { entryBefore, startsClause, wordIs } from "../scan/context.js";
import { entryAt } from "../scan/lexicon.js";
import { digitsAt, skipSpace, wordStartBack } from "../scan/text.js";
import { type At, lexemeOf } from "./parser.js";


// "عامي 2023 و2024", "بين عامي 2010 و2015": both years and what is between them, with بين
// or when they are adjacent. "عامي 2009 و2015" names two separate years: the first is read
// here, the dual outside it as it governs both, and the list refiner adds the second.
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
  const calendar = first.calendar ?? last.calendar ?? "gregorian";
  const opened = between !== null && between.lexeme.role === "between";
  if (!opened && last.year !== first.year + 1) {
    const start = skipSpace(text, at.end);
    return { kind: "year", start, end: first.end, calendar, year: first.year };
  }
  return { kind: "year", start: opened ? between.start : at.start, end: last.end, calendar, year: first.year, last: last.year };
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
  // "مطلع 2027", "بحلول نهاية 2026": a part of a year is not read, its year is; a quarter or
  // a half ("الربع الأول من 2026", "النصف الثاني 2025") is, by the year-part refiner.
  const quarter = lexemeOf(at, "yearPart") !== null;
  if (lexemeOf(at, "lead") !== null || lexemeOf(at, "part") !== null || quarter) {
    let p = skipSpace(text, at.end);
    if (quarter) {
      const of = entryAt(text, p, "connector", false);
      if (of !== null && of.lexeme.role === "of") p = skipSpace(text, of.end);
    }
    const d = digitsAt(text, p, 4);
    if (d === null || d.length !== 4 || !isBareYear(d.value)) return null;
    const y = readYearNumber(text, p);
    if (y === null || (y.calendar === null && !endsClean(text, y.end))) return null;
    return { kind: "year", start: p, end: y.end, calendar: y.calendar ?? "gregorian", year: y.year };
  }
  return null;
}
