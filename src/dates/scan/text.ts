/**
 * Small readers over the matching view (Latin digits, folded letters): each looks at
 * a few characters from a position and returns a position, never a new string.
 *
 * @module
 */

import { isLineBreak, isWhitespace, isWordChar } from "../../core/chars.js";

/** True for an ASCII digit; the matching view has no other digits. */
export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** True when a word character (letter, mark, joiner) stands at `i`; false outside the text. */
export function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isWordChar(text.charCodeAt(i));
}

/** True for white space inside a line. */
export function isInlineSpace(c: number): boolean {
  return isWhitespace(c) && !isLineBreak(c);
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
    value = value * 10 + (text.charCodeAt(j) - 0x30);
    j++;
  }
  return j === i ? null : { value, length: j - i, end: j };
}

/** True when position `i` starts a word or a number: nothing of the same kind stands before it. */
export function isTokenStart(text: string, i: number): boolean {
  if (i === 0) return true;
  const here = text.charCodeAt(i);
  const before = text.charCodeAt(i - 1);
  return isAsciiDigit(here) ? !isAsciiDigit(before) : !isWordChar(before);
}

/** The end of the word that starts at `i` (letters, marks, joiners). */
export function wordEnd(text: string, i: number): number {
  while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
  return i;
}

/** The start of the word that ends at `end`. */
export function wordStartBack(text: string, end: number): number {
  let i = end;
  while (i > 0 && isWordChar(text.charCodeAt(i - 1))) i--;
  return i;
}

/** True when the character at `i` is one of `chars` (code units). */
export function charIn(text: string, i: number, chars: readonly number[]): boolean {
  return i < text.length && chars.includes(text.charCodeAt(i));
}

/** The start of the token (word, number or punctuation mark) that ends just before `pos`, white space between; −1 at the start. */
export function previousTokenStart(text: string, pos: number): number {
  const end = skipSpaceBack(text, pos);
  if (end === 0) return -1;
  const c = text.charCodeAt(end - 1);
  if (isAsciiDigit(c)) {
    let i = end - 1;
    while (i > 0 && isAsciiDigit(text.charCodeAt(i - 1))) i--;
    return i;
  }
  if (isWordChar(c)) return wordStartBack(text, end);
  return end - 1;
}
