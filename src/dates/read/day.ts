/**
 * The day before a month: digits ("05"), a named day (غرة، الفاتح، أول، سلخ) or a
 * number in words ("الحادي والعشرين").
 *
 * @module
 */

import type { DaySpec } from "../candidate.js";
import { wordNumberAt } from "../number-words.js";
import { entryAt } from "../scan/lexicon.js";
import { isAsciiDigit, isNumberJoiner } from "../../core/chars.js";
import { digitsAt } from "../scan/text.js";

/** A day read from the text. */
export interface DayRead {
  readonly day: DaySpec;
  /** Where it starts (after a proclitic). */
  readonly start: number;
  /** Where it ends. */
  readonly end: number;
  /** True when written in digits. */
  readonly digits: boolean;
  /** True when written as a number word ("الخامس", "الحادي والعشرين"). */
  readonly words: boolean;
}

// "3.5", "1,5" and "10:30" hold no day: the number before the separator is part of it.

/**
 * The day at the token start `pos`, or null. `named` says whether a named day (غرة…)
 * may stand there; the scanner knows it already and saves the lookup.
 */
export function readDay(text: string, pos: number, named = true): DayRead | null {
  if (isAsciiDigit(text.charCodeAt(pos))) {
    if (pos >= 2 && isNumberJoiner(text.charCodeAt(pos - 1)) && isAsciiDigit(text.charCodeAt(pos - 2))) return null;
    const d = digitsAt(text, pos, 2);
    if (d === null || d.value < 1 || d.value > 31) return null;
    return { day: { kind: "day", day: d.value }, start: pos, end: d.end, digits: true, words: false };
  }
  const name = named ? entryAt(text, pos, "namedDay") : null;
  if (name !== null) {
    const day: DaySpec = name.lexeme.day === "last" ? { kind: "last" } : { kind: "day", day: 1 };
    return { day, start: name.start, end: name.end, digits: false, words: false };
  }
  const word = wordNumberAt(text, pos);
  if (word === null || !Number.isInteger(word.value) || word.value < 1 || word.value > 31) return null;
  return { day: { kind: "day", day: word.value }, start: word.start, end: word.end, digits: false, words: true };
}
