/**
 * A day named from the reference: "أمس", "بالأمس", "البارحة", "أول أمس", "أمس الأول",
 * "اليوم", "غدا", "بعد غد", and "غد" after يوم/صباح/مساء. Not "اليوم" as "the day":
 * "اليوم الأول", "اليوم الوطني", "اليوم التالي", "نفس اليوم", "ذلك اليوم", the newspaper
 * "المصري اليوم"; nor an outlet's name ("صحيفة الغد", "قناة اليوم"); nor the verb غدا "became".
 *
 * @module
 */

import { ALEF, FAA, GHAIN, LAM, WAW } from "../../core/chars.js";
import type { Candidate } from "../candidate.js";
import { wordNumberAt } from "../number-words.js";
import { entryBefore, skipOf, startsClause, wordBeforeIs } from "../scan/context.js";
import { entriesAt, entryAt } from "../scan/lexicon.js";
import { skipSpace } from "../scan/text.js";
import { type At, lexemeOf } from "./parser.js";

const THAT_DAY = ["نفس", "ذات", "ذلك", "ذاك", "تلك"];
// "اعتبارا من غد", "بداية من غد": غد after من.
const FROM = ["من"];

/**
 * True when the word at `pos` makes "اليوم" before it "the day": an ordinal, a word such
 * as الوطني, or "من" and a year ("في مثل هذا اليوم من عام 1948").
 */
function namesTheDay(text: string, pos: number): boolean {
  if (entryAt(text, pos, "notToday", false) !== null) return true;
  const of = skipOf(text, pos);
  if (of !== pos && (entryAt(text, of, "yearWord", false) !== null || entryAt(text, of, "period", false) !== null)) {
    return true;
  }
  const ordinal = wordNumberAt(text, pos);
  return ordinal !== null && ordinal.start === pos && ordinal.ordinal;
}


/**
 * True for the verb غدا "became" ("وغدا المشهد أكثر تعقيدا"): it opens its clause (after
 * و/ف or at the start of a sentence) and a definite noun that is no date follows it.
 * The adverb after a verb ("تنطلق غدا الدورة") or before a weekday ("وغدا الأحد") stays.
 */
function isVerbGhada(text: string, at: At): boolean {
  if (text.charCodeAt(at.start) !== GHAIN) return false;
  const proclitic = at.start - at.pos === 1 && (text.charCodeAt(at.pos) === WAW || text.charCodeAt(at.pos) === FAA);
  if (!proclitic && !startsClause(text, at.pos)) return false;
  const next = skipSpace(text, at.end);
  if (text.charCodeAt(next) !== ALEF || text.charCodeAt(next + 1) !== LAM) return false;
  const date = entriesAt(text, next);
  return date === null || !date.lexemes.some((l) => l.kind === "weekday" || l.kind === "relativeDay");
}

/** Proposes a day named from the reference at `at`. */
export function relativeDay(text: string, at: At): Candidate | null {
  const r = lexemeOf(at, "relativeDay");
  if (r === null) return null;
  if (r.needsPrefix && entryBefore(text, at.start, "dayPart") === null && !wordBeforeIs(text, at.start, FROM)) return null;
  if (r.offset === 0) {
    if (wordBeforeIs(text, at.start, THAT_DAY) || entryBefore(text, at.start, "todayName") !== null) return null;
    if (namesTheDay(text, skipSpace(text, at.end))) return null;
  }
  // "صحيفة الغد", "قناة الغد": the outlet's name.
  if (r.offset === 1 && text.charCodeAt(at.start) === ALEF && entryBefore(text, at.start, "todayName") !== null) return null;
  if (r.offset === 1 && isVerbGhada(text, at)) return null;
  return { kind: "shift", start: at.start, end: at.end, unit: "day", amount: r.offset, day: null, named: true };
}
