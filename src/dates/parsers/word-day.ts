/**
 * A day written as a number word before its month: "الحادي والعشرين من يوليو", "الخامس
 * من شهر يونيو", "العاشر من الشهر الجاري". Asking the number grammar at every word of
 * the text would cost more than all the rest, so this parser starts at the month (or
 * "شهر", "الشهر") and looks back a few tokens for a number that ends right before it,
 * an "من" between; the day-month parser then reads the whole date from there.
 *
 * @module
 */

import type { Candidate } from "../candidate.js";
import { mayBeNumberWord, wordNumberAt } from "../number-words.js";
import { skipOf } from "../scan/context.js";
import { previousTokenStart, skipSpace, wordEnd } from "../scan/text.js";
import { dayMonth } from "./day-month.js";
import type { At } from "./parser.js";

/** How many tokens a day in words and its "من" may take: "الحادي والعشرين من". */
const LOOK_BACK_TOKENS = 6;

/** Proposes a day in words and its month, found from the month at `at`. */
export function wordDay(text: string, at: At): Candidate | null {
  // The word that would end the number, right before the month or its "من": most months
  // have digits or an ordinary word there, and are done with at once.
  let last = previousTokenStart(text, at.pos);
  if (last >= 0 && skipOf(text, last) === at.pos && last !== at.pos) last = previousTokenStart(text, last);
  if (last < 0 || !mayBeNumberWord(text, last, wordEnd(text, last))) return null;
  let found = -1;
  let t = at.pos;
  for (let k = 0; k < LOOK_BACK_TOKENS; k++) {
    t = previousTokenStart(text, t);
    if (t < 0) break;
    const w = wordNumberAt(text, t);
    if (w !== null && w.value >= 1 && w.value <= 31 && skipOf(text, skipSpace(text, w.end)) === at.pos) found = t;
  }
  if (found < 0) return null;
  return dayMonth(text, { pos: found, digit: false, lexemes: null, start: found, end: found });
}
