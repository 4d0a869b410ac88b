/**
 * Publication date lines ("الجمعة 8 فيفري 2019", "2012.10.30", "السبت, 05 مايو, 2012,
 * 14:32 بتوقيت القدس").
 *
 * TEMPORARY: until `nashra/dates` lands, a date line is recognised by structure alone —
 * a short line that holds a day (1–31) at most four words before a year (a four-digit
 * number 1300–2100, Gregorian or Hijri), or a numeric day-month-year, and few words besides. No month names are listed here on
 * purpose: at integration this function is to ask `extractDates` whether the line is
 * mostly one date mention, and keep the same signature.
 *
 * @module
 */

import { digitValue, isDigit, isWordChar } from "../core/chars.js";

/** The most words of letters a date line may hold besides its numbers. */
const MAX_WORDS = 9;

/**
 * True when `text` (one line, folded or not), or its stretch `[start, end)`, reads as a
 * publication date line.
 *
 * @example
 * ```ts
 * isDateLine("الجمعة 8 فيفري 2019"); // true
 * isDateLine("2012.10.30"); // true
 * isDateLine("أعلنت الوزارة في 2019 خطة جديدة لدعم المزارعين في المناطق الريفية كلها"); // false
 * ```
 */
export function isDateLine(text: string, start = 0, end = text.length): boolean {
  if (end - start > 160) return false;
  let words = 0;
  let tokens = 0; // words and numbers, to measure how far a day stands from its year
  let dayAt = -10;
  let dated = false;
  let lastNumberEnd = -10;
  let run = 0; // numbers chained by one separator: 22 - 09 - 2012, 2012/02/09
  let i = start;
  const n = end;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      let value = 0;
      let j = i;
      while (j < n && isDigit(text.charCodeAt(j))) value = value * 10 + digitValue(text.charCodeAt(j++));
      run = i - lastNumberEnd <= 3 && separatorBetween(text, lastNumberEnd, i) ? run + 1 : 1;
      if (run >= 3) dated = true;
      if (j - i === 4 && value >= 1300 && value <= 2100 && tokens - dayAt <= 4) dated = true;
      if (j - i <= 2 && value >= 1 && value <= 31) dayAt = tokens;
      tokens++;
      lastNumberEnd = j;
      i = j;
    } else if (isWordChar(c)) {
      let j = i + 1;
      while (j < n && isWordChar(text.charCodeAt(j))) j++;
      words++;
      tokens++;
      i = j;
    } else i++;
  }
  return dated && words <= MAX_WORDS;
}

function separatorBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x2d && c !== 0x2f && c !== 0x2e && c !== 0x5f) return false;
  }
  return true;
}
