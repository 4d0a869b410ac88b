/**
 * A count of units from the reference: "قبل يومين", "منذ ثلاثة أسابيع", "بعد 5 سنوات",
 * "قبل ٥ ساعات" (the day of the reference), "منذ نحو عام". Not when the count is
 * measured from something else ("بعد يومين من الحادث", "بعد عامين على تعيينه"), when
 * the unit word heads a date ("منذ عام 2011", "قبل يوم الجمعة"), or when there is no
 * count ("منذ سنوات").
 *
 * @module
 */

import type { Candidate } from "../candidate.js";
import { wordNumberAt } from "../number-words.js";
import { entriesAt, entryAt } from "../scan/lexicon.js";
import { wordIs } from "../scan/context.js";
import { isAsciiDigit } from "../../core/chars.js";
import { digitsAt, skipSpace, wordEnd } from "../scan/text.js";
import { type At, lexemeOf } from "./parser.js";

const HOURS_PER_DAY = 24;
const MINUTES_PER_DAY = 1440;
// After بعد, "على" and "في" measure from another event too: "بعد عامين على تعيينه", "بعد
// ثلاثين عاما في المنصب" (folded forms).
const AFTER_ELSEWHERE = ["علي", "في"];
// "بعد أسبوع على أقصى تقدير", "على الأكثر", "على الأقل": على opens a hedge, not an event.
const HEDGES = ["اقصي", "الاكثر", "الاقل", "ابعد", "الارجح", "الاغلب"];

function followedByAnchor(text: string, pos: number, sign: number): boolean {
  const at = skipSpace(text, pos);
  if (isAsciiDigit(text.charCodeAt(at))) return true;
  const to = wordEnd(text, at);
  if (sign > 0 && wordIs(text, at, to, AFTER_ELSEWHERE)) {
    const hedge = skipSpace(text, to);
    return !wordIs(text, hedge, wordEnd(text, hedge), HEDGES);
  }
  // "منذ عام ألفين وثمانية": the unit word heads a year written in words.
  if (wordNumberAt(text, at) !== null) return true;
  const next = entriesAt(text, at);
  if (next === null || next.start !== at) return false;
  return next.lexemes.some(
    (l) =>
      l.kind === "month" ||
      l.kind === "weekday" ||
      l.kind === "relativeDay" ||
      (l.kind === "connector" && l.role === "of"),
  );
}

/** Proposes a counted shift from the reference at `at`. */
export function relativeCount(text: string, at: At): Candidate | null {
  const direction = lexemeOf(at, "direction");
  if (direction === null) return null;
  let p = skipSpace(text, at.end);
  const approx = entryAt(text, p, "approx", false);
  if (approx !== null && approx.start === p) p = skipSpace(text, approx.end);
  let count: number | null = null;
  const digits = digitsAt(text, p, 4);
  if (digits !== null) {
    count = digits.value;
    p = skipSpace(text, digits.end);
  } else {
    const word = wordNumberAt(text, p);
    if (word !== null && word.start === p && !word.ordinal && Number.isInteger(word.value)) {
      count = word.value;
      p = skipSpace(text, word.end);
    }
  }
  const unit = entryAt(text, p, "unit", false);
  if (unit === null || unit.start !== p) return null;
  let end = unit.end;
  if (count === null) {
    count = unit.lexeme.count;
    // "بعد أسبوع واحد": the singular with واحد after it.
    const one = count === 1 ? wordNumberAt(text, skipSpace(text, end)) : null;
    if (one !== null && one.value === 1 && !one.ordinal) end = one.end;
  } else if (unit.lexeme.count === 2) return null;
  if (count === null || followedByAnchor(text, end, direction.sign)) return null;
  const u = unit.lexeme.unit;
  const amount = direction.sign * count;
  const start = at.start;
  if (u === "hour" || u === "minute") {
    const days = Math.floor(count / (u === "hour" ? HOURS_PER_DAY : MINUTES_PER_DAY));
    return { kind: "shift", start, end, unit: "day", amount: direction.sign * days, day: null, named: false };
  }
  return { kind: "shift", start, end, unit: u, amount, day: null, named: false };
}
