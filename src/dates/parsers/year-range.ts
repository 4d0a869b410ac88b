/**
 * A range of years in figures: "من 2020 إلى 2025", "للفترة من 2020 حتى 2025", "بين 2020
 * و2025", and with a dash or a slash after a lead or a noun of a span of time ("في
 * 2020-2025", "خلال الفترة 2021-2025", "في 2025/26"). A season or a plan named by its years
 * ("موسم 2024/2025", "الخطة الخمسية 2021-2025") is a name, like "رؤية 2030", not a date.
 * One mention from the first year's start to the last year's end; من and بين are inside
 * it, as in every range.
 *
 * Four figures between 1900 and 2099 (or a year with its marker, "1440-1445 هـ") that
 * grow by at most a century. A count is no year: "بين 2000 و2500 شخص" and "من 1950
 * إلى 2050 دولارا" are numbers, told by the noun after the second end.
 *
 * @module
 */

import { SOLIDUS, WAW, isAsciiDigit, isDash, isNumberJoiner } from "../../core/chars.js";
import type { Candidate } from "../candidate.js";
import { endsClean, isBareYear, readYearNumber } from "../read/year.js";
import { NUMBER_LABELS, SPAN_NOUNS } from "../lexicon/markers.js";
import { entryBefore, wordBeforeIs } from "../scan/context.js";
import { foldEntry } from "../scan/lexemes.js";
import { entryAt } from "../scan/lexicon.js";
import { digitsAt, skipSpace } from "../scan/text.js";
import type { At } from "./parser.js";

let folded: { labels: string[]; spans: string[] } | undefined;

// The word lists as the matching view writes them (الفترة → الفتره).
function words(): { labels: string[]; spans: string[] } {
  return (folded ??= { labels: NUMBER_LABELS.map(foldEntry), spans: SPAN_NOUNS.map(foldEntry) });
}

const MAX_SPREAD = 100;

/** The second end of a range: four figures, or two after a dash or slash ("2025-26"). */
function secondYear(text: string, pos: number, first: number, short: boolean): { year: number; calendar: "gregorian" | "hijri" | null; end: number } | null {
  const d = digitsAt(text, pos, 4);
  if (d === null) return null;
  if (d.length === 2 && short) {
    const year = first - (first % 100) + d.value;
    if (year <= first || year > first + 10) return null;
    if (isAsciiDigit(text.charCodeAt(d.end)) || (isNumberJoiner(text.charCodeAt(d.end)) && isAsciiDigit(text.charCodeAt(d.end + 1)))) return null;
    return { year, calendar: null, end: d.end };
  }
  if (d.length !== 4) return null;
  return readYearNumber(text, pos);
}

/** Proposes a range of years at the first year's figures. */
export function yearRange(text: string, at: At): Candidate | null {
  const pos = at.pos;
  const d = digitsAt(text, pos, 4);
  if (d === null || d.length !== 4) return null;
  // Part of a longer figure ("3.2020-2025", "10/2020-2025") is no year.
  if (pos > 0 && (isNumberJoiner(text.charCodeAt(pos - 1)) || isDash(text.charCodeAt(pos - 1)) || text.charCodeAt(pos - 1) === SOLIDUS)) return null;
  if (wordBeforeIs(text, pos, words().labels)) return null;
  const opener = entryBefore(text, pos, "connector");
  const role = opener?.lexeme.role;
  let p = skipSpace(text, d.end);
  const c = text.charCodeAt(p);
  let slash = false;
  let short = false;
  if (isDash(c) || c === SOLIDUS) {
    // "موسم 2024/2025", "الخطة الخمسية 2021-2025" are names; "في 2020-2025", "خلال الفترة
    // 2020-2025", "من 2010-2015" are spans of time.
    if (role !== "of" && entryBefore(text, pos, "lead") === null && !wordBeforeIs(text, pos, words().spans)) return null;
    slash = c === SOLIDUS;
    short = p === d.end;
    p = skipSpace(text, p + 1);
  } else if (role === "between" && opener?.lexeme.adjacent !== true && c === WAW) {
    p = skipSpace(text, p + 1);
  } else if (role === "of") {
    const to = entryAt(text, p, "connector", false);
    if (to === null || to.lexeme.role !== "to") return null;
    p = skipSpace(text, to.end);
  } else {
    return null;
  }
  const last = secondYear(text, p, d.value, short);
  if (last === null) return null;
  const marked = last.calendar !== null;
  const calendar = last.calendar ?? "gregorian";
  if (!marked && (!isBareYear(d.value) || !isBareYear(last.year))) return null;
  if (last.year <= d.value || last.year - d.value > MAX_SPREAD) return null;
  // "2024/2025" is a season or a fiscal year; a slash between years further apart is a ratio.
  if (slash && last.year !== d.value + 1) return null;
  if (!marked && !endsClean(text, last.end)) return null;
  // A year chain goes on ("2020-2025-2030"): no range of two.
  if ((isDash(text.charCodeAt(last.end)) || text.charCodeAt(last.end) === SOLIDUS) && isAsciiDigit(text.charCodeAt(last.end + 1))) return null;
  const start = opener !== null && (role === "of" || (role === "between" && c === WAW)) ? opener.start : pos;
  return { kind: "year", start, end: last.end, calendar, year: d.value, last: last.year };
}
