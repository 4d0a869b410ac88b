/**
 * Small readers over the matching view (Latin digits, folded letters): each looks at
 * a few characters from a position and returns a position, never a new string.
 *
 * @module
 */

import { isLineBreak, isWhitespace, isWordChar } from "../../core/chars.js";

// `isWordChar` and `isWhitespace` answer many code units (every Arabic letter, for white
// space) through range tables or a Unicode regular expression; the scanner asks about
// each character of the text, so the answers for UTF-16 code units are kept, one byte
// each: 0 not asked yet, else 1 + WORD + SPACE.
const ASKED = 1;
const WORD = 2;
const SPACE = 4;
let unitClasses: Uint8Array | null = null;

function classOf(c: number): number {
  const table = unitClasses ?? (unitClasses = new Uint8Array(0x10000));
  const known = table[c] as number;
  if (known !== 0) return known;
  const found = ASKED | (isWordChar(c) ? WORD : 0) | (isWhitespace(c) && !isLineBreak(c) ? SPACE : 0);
  table[c] = found;
  return found;
}

/** `isWordChar` for a UTF-16 code unit, remembered; false for anything outside 0–0xFFFF (the end of the text). */
export function isWordCode(c: number): boolean {
  return c >= 0 && c <= 0xffff && (classOf(c) & WORD) !== 0;
}

/** True for an ASCII digit; the matching view has no other digits. */
export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** True when a word character (letter, mark, joiner) stands at `i`; false outside the text. */
export function isWordAt(text: string, i: number): boolean {
  return isWordCode(text.charCodeAt(i));
}

/** True for white space inside a line; false outside 0–0xFFFF (the end of the text). */
export function isInlineSpace(c: number): boolean {
  return c >= 0 && c <= 0xffff && (classOf(c) & SPACE) !== 0;
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
  return isAsciiDigit(here) ? !isAsciiDigit(before) : !isWordCode(before);
}

/** The end of the word that starts at `i` (letters, marks, joiners). */
export function wordEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n && (classOf(text.charCodeAt(i)) & WORD) !== 0) i++;
  return i;
}

/** The start of the word that ends at `end`. */
export function wordStartBack(text: string, end: number): number {
  let i = end;
  while (i > 0 && isWordCode(text.charCodeAt(i - 1))) i--;
  return i;
}

/** True when the character at `i` is one of `chars` (code units). */
export function charIn(text: string, i: number, chars: readonly number[]): boolean {
  return i < text.length && chars.includes(text.charCodeAt(i));
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
