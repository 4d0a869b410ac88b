/**
 * Numbers written with digits, in the matching view (where every digit is already
 * an ASCII digit and ٫ between digits has become "."): thousands groups separated by
 * "," (the Arabic ٬ was dropped by the normalizer), by "." or by spaces in the Maghreb
 * style, a decimal point, and the Maghreb decimal comma ("12,5 مليون").
 *
 * @module
 */

import { isAsciiDigit } from "../core/chars.js";

/** A run of digits read as a number. */
export interface DigitNumber {
  start: number;
  end: number;
  value: number;
  /** The value is an exact integer or a short decimal (not beyond 2^53). */
  exact: boolean;
}

function digitsEnd(text: string, i: number): number {
  while (i < text.length && isAsciiDigit(text.charCodeAt(i))) i++;
  return i;
}

// How many ".ddd" groups follow `end`, each of exactly three digits, and where they stop.
function dottedGroups(text: string, end: number): { count: number; end: number } {
  let count = 0;
  let i = end;
  while (text.charCodeAt(i) === 0x2e) {
    const groupEnd = digitsEnd(text, i + 1);
    if (groupEnd - (i + 1) !== 3) break;
    count++;
    i = groupEnd;
  }
  return { count, end: i };
}

/**
 * Where the thousands of the figures [start, end) end when they are set apart by single
 * spaces, as writers trained in French do in the Maghreb ("25 000 دينار", "1 250 000
 * درهم"; a no-break or thin space is a space in the view), or -1. The figures before
 * the first space are one to three, not opening with 0 and not after figures of their
 * own nor at the end of a chain of figures ("15/3 120", "10:30 000", "+212 661 234 567");
 * every group after a space is exactly three; and the chain must not go on into figures
 * of another length after a space, which makes a telephone number or a list ("0555 123
 * 456", "06 12 345 678").
 */
export function spacedEnd(text: string, start: number, end: number): number {
  if (end - start > 3 || text.charCodeAt(start) === 0x30) return -1;
  // The last part of a chain ("15/3 120 حالة", "10:30", "2023-12") and a telephone number
  // after its "+" ("+212 661 234 567") are no thousands.
  const joint = text.charCodeAt(start - 1);
  if (joint === 0x2f || joint === 0x2044 || joint === 0x3a || joint === 0x2e || joint === 0x2c || joint === 0x2b) return -1;
  if ((joint === 0x2d || joint === 0x2013) && isAsciiDigit(text.charCodeAt(start - 2))) return -1;
  let before = start - 1;
  if (text.charCodeAt(before) === 0x20) before--;
  if (isAsciiDigit(text.charCodeAt(before))) return -1;
  let i = end;
  while (text.charCodeAt(i) === 0x20 && digitsEnd(text, i + 1) - (i + 1) === 3) i += 4;
  if (i === end || (text.charCodeAt(i) === 0x20 && isAsciiDigit(text.charCodeAt(i + 1)))) return -1;
  return i;
}

/**
 * The number written with digits that starts at `start` (a digit), or null. A
 * dotted or slashed chain of three or more numbers (a date, a version, an address)
 * is read one number at a time, so only its first number is returned here.
 */
export function readDigits(text: string, start: number): DigitNumber | null {
  if (!isAsciiDigit(text.charCodeAt(start))) return null;
  let end = digitsEnd(text, start);
  const after = text.charCodeAt(end);
  const spaced = after === 0x20 && isAsciiDigit(text.charCodeAt(end + 1)) ? spacedEnd(text, start, end) : -1;
  if (after !== 0x2c && after !== 0x2e && spaced < 0 && end - start <= 15) {
    // Figures alone, the usual case: below 10^15 every integer is exactly a double,
    // so the value is summed up without a string.
    let value = 0;
    for (let i = start; i < end; i++) value = value * 10 + (text.charCodeAt(i) - 0x30);
    return { start, end, value, exact: true };
  }
  let integer = text.slice(start, end);
  // Thousands: "," followed by exactly three digits, again and again; or "." the same
  // way (1.850.000, 17.080,5) when it cannot be a decimal point: two groups or more,
  // or one group followed by a decimal comma.
  let grouped = false;
  let separator = 0x2c;
  if (spaced >= 0) {
    for (let i = end + 1; i < spaced; i += 4) integer += text.slice(i, i + 3);
    end = spaced;
    grouped = true;
    separator = 0x20;
  } else if (end - start <= 3) {
    const dots = dottedGroups(text, end);
    if (dots.count >= 2 || (dots.count === 1 && text.charCodeAt(dots.end) === 0x2c && isAsciiDigit(text.charCodeAt(dots.end + 1)))) {
      separator = 0x2e;
    }
    for (;;) {
      if (text.charCodeAt(end) !== separator) break;
      const groupEnd = digitsEnd(text, end + 1);
      if (groupEnd - (end + 1) !== 3) break;
      integer += text.slice(end + 1, groupEnd);
      end = groupEnd;
      grouped = true;
    }
  }
  let fraction = "";
  const sep = text.charCodeAt(end);
  if ((sep === 0x2e && separator !== 0x2e) || (sep === 0x2c && (!grouped || separator !== 0x2c))) {
    const fracEnd = digitsEnd(text, end + 1);
    const len = fracEnd - (end + 1);
    // "12,5" and "12,75" are decimals; "12,500" was taken as thousands above; a
    // second dot after the decimals ("2012.10.30") makes a chain, not a decimal.
    const chain =
      (text.charCodeAt(fracEnd) === 0x2e && isAsciiDigit(text.charCodeAt(fracEnd + 1))) ||
      (text.charCodeAt(start - 1) === 0x2e && isAsciiDigit(text.charCodeAt(start - 2)));
    if (len > 0 && !chain && (sep === 0x2e || len <= 2)) {
      fraction = text.slice(end + 1, fracEnd);
      end = fracEnd;
    }
  }
  const source = fraction === "" ? integer : `${integer}.${fraction}`;
  let value = Number(source);
  let exact = integer.replace(/^0+/, "").length <= 15 && fraction.length <= 15;
  if (!Number.isFinite(value)) {
    value = Number.MAX_VALUE;
    exact = false;
  } else if (!Number.isSafeInteger(Math.trunc(value))) exact = false;
  return { start, end, value, exact };
}
