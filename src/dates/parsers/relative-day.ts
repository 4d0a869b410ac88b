/**
 * A day named from the reference: "أمس", "بالأمس", "البارحة", "أول أمس", "أمس الأول",
 * "اليوم", "غدا", "بعد غد", and "غد" after يوم/صباح/مساء. Not "اليوم" as "the day":
 * "اليوم الأول", "اليوم الوطني" (a definite adjective follows), "نفس اليوم", "ذلك اليوم".
 *
 * @module
 */

import type { Candidate } from "../candidate.js";
import { entryBefore, wordBeforeIs } from "../scan/context.js";
import { entryAt } from "../scan/lexicon.js";
import { skipSpace } from "../scan/text.js";
import { type At, lexemeOf } from "./parser.js";

const ALEF = 0x0627;
const LAM = 0x0644;
const THAT_DAY = ["نفس", "ذات", "ذلك", "ذاك", "تلك"];

function isDefiniteWord(text: string, pos: number): boolean {
  return text.charCodeAt(pos) === ALEF && text.charCodeAt(pos + 1) === LAM;
}

/** Proposes a day named from the reference at `at`. */
export function relativeDay(text: string, at: At): Candidate | null {
  const r = lexemeOf(at, "relativeDay");
  if (r === null) return null;
  if (r.needsPrefix && entryBefore(text, at.start, "dayPart") === null) return null;
  if (r.offset === 0) {
    if (wordBeforeIs(text, at.start, THAT_DAY)) return null;
    const next = skipSpace(text, at.end);
    if (isDefiniteWord(text, next) && entryAt(text, next, "weekday")?.start !== next) return null;
  }
  return { kind: "shift", start: at.start, end: at.end, unit: "day", amount: r.offset, day: null, named: true };
}
