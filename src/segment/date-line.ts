/**
 * Publication date lines: "الجمعة 8 فيفري 2019", "2012.10.30", "السبت, 05 مايو, 2012,
 * 14:32 بتوقيت القدس", "نشر في 22 - 09 - 2012".
 *
 * A line is a date line when `nashra/dates` finds in it a day whose year is written
 * (so the line dates the page by itself, whatever the publication date) and little
 * else: a few words of label, time or place around it.
 *
 * @module
 */

import { COLON, DIGIT_BIT, WORD_BIT, charClasses, digitValue, isAsciiDigit, isAsciiLetter, isDash, wordRunEnd } from "../core/chars.js";
import { FEED_MONTHS } from "./cues.js";
import { proposeDates, resolveDates } from "../dates/extract.js";
import { resolveDateOptions } from "../dates/options.js";
import { viewOf } from "../normalize/normalize.js";
import { MATCH_OPTIONS } from "../normalize/match.js";

/** The most words of letters a date line may hold besides its dates. */
const MAX_WORDS = 9;
/** A line that writes this many words after a dash goes on with a sentence. */
const MAX_LEAD_WORDS = 4;
/** Longer lines are sentences, not date lines. */
const MAX_LENGTH = 160;

// A line that dates a day by itself writes the day and the year in figures: a year of four
// digits and another number ("الجمعة 8 فيفري 2019"), or three numbers ("05/05/12"). A line
// without them ("تأسست عام 1998") is spared the date reader.
function yearInFigures(text: string, start: number, end: number): boolean {
  const cls = charClasses();
  let runs = 0;
  let run = 0;
  let value = 0;
  let year = false;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0;
    if (((cls[c] as number) & DIGIT_BIT) !== 0) {
      run++;
      value = value * 10 + digitValue(c);
      continue;
    }
    // A year of the Gregorian or the Hijri calendar: "2019", "1433" (not "2500 مزارع"); or a
    // year glued to the hour after it, as scrapers join two fields ("28/11/202616:22").
    if (run === 4 && value >= 1300 && value <= 2100) year = true;
    if (run === 6 && c === COLON && Math.floor(value / 100) >= 1300 && Math.floor(value / 100) <= 2100) year = true;
    if (run > 0) runs++;
    run = 0;
    value = 0;
  }
  return (year && runs >= 2) || runs >= 3;
}

// "28/11/202616:22" → "28/11/2026 16:22": a year glued to the hour after it, so that the
// date reader sees the date. The line is only judged, never cut, so its offsets may move.
function unglueHour(view: string): string {
  const cls = charClasses();
  let out = view;
  for (let i = view.length - 3; i >= 6; i--) {
    if (view.charCodeAt(i) !== COLON) continue;
    let j = i;
    while (j > 0 && ((cls[view.charCodeAt(j - 1)] as number) & DIGIT_BIT) !== 0) j--;
    if (i - j === 6 && (j === 0 || ((cls[view.charCodeAt(j - 1)] as number) & DIGIT_BIT) === 0)) out = `${out.slice(0, j + 4)} ${out.slice(j + 4)}`;
    i = j;
  }
  return out;
}

let feedMonths: ReadonlySet<string> | undefined;

// "Wed, 21 Oct 2026 09:40:12 GMT": a feed's date (RFC 822) on a line of its own: an optional
// weekday, the day, an English month, the year, then only the time and its zone.
function feedDate(text: string, start: number, end: number): boolean {
  feedMonths ??= new Set(FEED_MONTHS);
  let i = start;
  const skip = (): void => {
    while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  };
  const letters = (): string => {
    const s = i;
    while (i < end && isAsciiLetter(text.charCodeAt(i))) i++;
    return text.slice(s, i);
  };
  const digits = (): number => {
    const s = i;
    while (i < end && isAsciiDigit(text.charCodeAt(i))) i++;
    return i - s;
  };
  // ("آخر تحديث: Sat, 07 Nov 2026 21:05:00 +0400": a short label of words and its colon.)
  for (let k = i; k < end && k - i <= 24; k++) {
    const c = text.charCodeAt(k);
    if (isAsciiDigit(c) || isAsciiLetter(c)) break;
    if (c === COLON) {
      i = k + 1;
      break;
    }
  }
  skip();
  const mark = i;
  if (letters().length === 3 && text.charCodeAt(i) === 0x2c) i++;
  else i = mark;
  skip();
  const day = digits();
  skip();
  const month = letters();
  skip();
  if (day < 1 || day > 2 || !feedMonths.has(month) || digits() !== 4) return false;
  // The rest: figures, colons, spaces, a zone ("GMT", "+0300").
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!(isAsciiDigit(c) || isAsciiLetter(c) || c === COLON || c === 0x20 || c === 0x2b || c === 0x2d)) return false;
  }
  return true;
}

// Any fixed reference does: only dates that do not need it count.
let options: ReturnType<typeof resolveDateOptions> | undefined;

/**
 * True when `text` (one line, folded or not), or its stretch `[start, end)`, reads as a
 * publication date line. `folded` says the text is the matching view already.
 *
 * @example
 * ```ts
 * isDateLine("الجمعة 8 فيفري 2019"); // true
 * isDateLine("2012.10.30"); // true
 * isDateLine("أعلنت الوزارة في 2019 خطة جديدة لدعم المزارعين في المناطق الريفية كلها"); // false
 * ```
 */
export function isDateLine(text: string, start = 0, end = text.length, folded = false): boolean {
  if (end - start > MAX_LENGTH || end <= start || !yearInFigures(text, start, end)) return false;
  // ("https://…/2026/10/21/gold": a link's path is no date line.) The search stays inside the
  // stretch: `text` may be a whole page.
  for (let i = start; i + 2 < end; i++) if (text.charCodeAt(i) === COLON && text.charCodeAt(i + 1) === 0x2f && text.charCodeAt(i + 2) === 0x2f) return false;
  if (feedDate(text, start, end)) return true;
  // A stretch of the matching view is folded already: folding it again changes nothing.
  const view = unglueHour(folded ? text.slice(start, end) : viewOf(text.slice(start, end), MATCH_OPTIONS).text);
  options ??= resolveDateOptions("isDateLine", { reference: "2000-01-01" });
  const items = resolveDates(view, proposeDates(view), options);
  let dated = false;
  let words = 0;
  // Words after the last dash: "بورتسودان 14-11-2025 (سونا) - بدأت وزارة الصحة …" is a lead
  // with its dateline, hard-wrapped, not a date line.
  let tail = -1;
  let next = 0;
  const cls = charClasses();
  for (let i = 0; i < view.length; ) {
    const item = items[next];
    if (item !== undefined && i >= item.start) {
      const r = item.resolved;
      if (r.grain === "day" && !r.implied.includes("year")) dated = true;
      i = Math.max(i, item.end);
      next++;
      continue;
    }
    const stop = item === undefined ? view.length : item.start;
    const c = view.charCodeAt(i);
    if (((cls[c] as number) & WORD_BIT) !== 0) {
      words++;
      if (tail >= 0) tail++;
      i = wordRunEnd(view, i, stop);
    } else {
      if (isDash(c)) tail = 0;
      i++;
    }
  }
  return dated && words <= MAX_WORDS && tail < MAX_LEAD_WORDS;
}
