/**
 * A day named from the reference: "أمس", "بالأمس", "البارحة", "أول أمس", "أمس الأول",
 * "اليوم", "غدا", "بعد غد", and "غد" after يوم/صباح/مساء. Not "اليوم" as "the day":
 * "اليوم الأول", "اليوم الوطني", "اليوم التالي", "نفس اليوم", "ذلك اليوم".
 *
 * @module
 */

import type { Candidate } from "../candidate.js";
import { wordNumberAt } from "../number-words.js";
import { entryBefore, wordBeforeIs } from "../scan/context.js";
import { entryAt } from "../scan/lexicon.js";
import { skipSpace } from "../scan/text.js";
import { type At, lexemeOf } from "./parser.js";

const THAT_DAY = ["نفس", "ذات", "ذلك", "ذاك", "تلك"];

/** True when the word at `pos` makes "اليوم" before it "the day": an ordinal or a word such as الوطني. */
function namesTheDay(text: string, pos: number): boolean {
  if (entryAt(text, pos, "notToday")?.start === pos) return true;
  const ordinal = wordNumberAt(text, pos);
  return ordinal !== null && ordinal.start === pos && ordinal.ordinal;
}

/** Proposes a day named from the reference at `at`. */
export function relativeDay(text: string, at: At): Candidate | null {
  const r = lexemeOf(at, "relativeDay");
  if (r === null) return null;
  if (r.needsPrefix && entryBefore(text, at.start, "dayPart") === null) return null;
  if (r.offset === 0) {
    if (wordBeforeIs(text, at.start, THAT_DAY)) return null;
    if (namesTheDay(text, skipSpace(text, at.end))) return null;
  }
  return { kind: "shift", start: at.start, end: at.end, unit: "day", amount: r.offset, day: null, named: true };
}
