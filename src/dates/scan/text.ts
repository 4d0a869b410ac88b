/**
 * Small readers over the matching view (Latin digits, folded letters): each looks at
 * a few characters from a position and returns a position, never a new string.
 *
 * @module
 */

import { SPACE_BIT, WORD_BIT, charClasses, digitValue, isAsciiDigit, isLineBreak, wordRunEnd } from "../../core/chars.js";

/** `isWordChar` for a UTF-16 code unit, with one read of the shared class table; false outside 0–0xFFFF. */
export function isWordCode(c: number): boolean {
  return c >= 0 && c <= 0xffff && ((charClasses()[c] as number) & WORD_BIT) !== 0;
}

/** True when a word character (letter, mark, joiner) stands at `i`; false outside the text. */
export function isWordAt(text: string, i: number): boolean {
  return isWordCode(text.charCodeAt(i));
}

/** True for white space inside a line; false outside 0–0xFFFF (the end of the text). */
export function isInlineSpace(c: number): boolean {
  return c >= 0 && c <= 0xffff && ((charClasses()[c] as number) & SPACE_BIT) !== 0 && !isLineBreak(c);
}

/** The first position at or after `i` that is not white space inside the line. */
export function skipSpace(text: string, i: number): number {
  while (i < text.length && isInlineSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The last position at or before `i` that follows something other than white space inside the line. */
export function skipSpaceBack(text: string, i: number): number {
  while (i > 0 && isInlineSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** A run of digits: its value and where it ends. */
export interface Digits {
  /** The value, e.g. 9 for "09". */
  readonly value: number;
  /** How many digits were written. */
  readonly length: number;
  /** The position after the last digit. */
  readonly end: number;
}

/** The run of at most `max` digits at `i`, or null when there is none or the run is longer. */
export function digitsAt(text: string, i: number, max = 4): Digits | null {
  let value = 0;
  let j = i;
  while (j < text.length && isAsciiDigit(text.charCodeAt(j))) {
    if (j - i === max) return null;
    value = value * 10 + digitValue(text.charCodeAt(j));
    j++;
  }
  return j === i ? null : { value, length: j - i, end: j };
}


/** The end of the word that starts at `i` (letters, marks, joiners). */
export function wordEnd(text: string, i: number): number {
  return wordRunEnd(text, i, text.length);
}

/** The start of the word that ends at `end`. */
export function wordStartBack(text: string, end: number): number {
  let i = end;
  while (i > 0 && isWordCode(text.charCodeAt(i - 1))) i--;
  return i;
}


/**
 * The start of the token (word, number or punctuation mark) that ends just before `pos`,
 * white space between; −1 at the start of the text.
 */
export function previousTokenStart(text: string, pos: number): number {
  const end = skipSpaceBack(text, pos);
  if (end === 0) return -1;
  const c = text.charCodeAt(end - 1);
  if (isAsciiDigit(c)) {
    let i = end - 1;
    while (i > 0 && isAsciiDigit(text.charCodeAt(i - 1))) i--;
    return i;
  }
  if (isWordCode(c)) return wordStartBack(text, end);
  return end - 1;
}
