/**
 * The one door through which `nashra/dates` reads numbers written in words ("الحادي
 * والعشرين من يوليو", "منذ ثلاثة أسابيع"). The dates lexicon has no number words of
 * its own: they belong to `nashra/numbers`, whose grammar (`numberAt`) this module asks.
 *
 * @module
 */

import { numberAt, startsNumber } from "../numbers/scan.js";
import { wordEnd } from "./scan/text.js";

/** A number written in words, found in the matching view. */
export interface WordNumber {
  /** Where the number starts (after an attached proclitic). */
  readonly start: number;
  /** Where it ends. */
  readonly end: number;
  /** Its value: 21 for "الحادي والعشرين". */
  readonly value: number;
  /** True for an ordinal ("الخامس"), false for a cardinal ("خمسة"). */
  readonly ordinal: boolean;
}

/** True when the word [start, end) of the view may be (or end) a number word: a quick test before the grammar. */
export function mayBeNumberWord(text: string, start: number, end: number): boolean {
  return startsNumber(text, start, end);
}

/**
 * The whole number written in words that starts at the word start `pos` of the
 * matching view, or null (digits, fractions and percentages are not read here).
 *
 * @example
 * ```ts
 * wordNumberAt("الحادي والعشرين من يوليو", 0); // { start: 0, end: 15, value: 21, ordinal: true }
 * ```
 */
export function wordNumberAt(text: string, pos: number): WordNumber | null {
  // The letter-pair test of nashra/numbers turns most words away before the grammar runs.
  if (!startsNumber(text, pos, wordEnd(text, pos))) return null;
  const m = numberAt(text, pos);
  if (m === null || m.digits || (m.kind !== "cardinal" && m.kind !== "ordinal") || !Number.isInteger(m.value)) {
    return null;
  }
  return { start: m.start, end: m.end, value: m.value, ordinal: m.kind === "ordinal" };
}
