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

import { WORD_BIT, charClasses } from "../core/chars.js";
import { proposeDates, resolveDates } from "../dates/extract.js";
import { resolveDateOptions } from "../dates/options.js";
import { viewOf } from "../normalize/normalize.js";
import { MATCH_OPTIONS } from "../normalize/match.js";

/** The most words of letters a date line may hold besides its dates. */
const MAX_WORDS = 9;
/** Longer lines are sentences, not date lines. */
const MAX_LENGTH = 160;

// Any fixed reference does: only dates that do not need it count.
let options: ReturnType<typeof resolveDateOptions> | undefined;

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
  if (end - start > MAX_LENGTH || end <= start) return false;
  const view = viewOf(text.slice(start, end), MATCH_OPTIONS).text;
  options ??= resolveDateOptions("isDateLine", { reference: "2000-01-01" });
  const items = resolveDates(view, proposeDates(view), options);
  let dated = false;
  let words = 0;
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
    if (((cls[view.charCodeAt(i)] as number) & WORD_BIT) !== 0) {
      words++;
      while (i < stop && ((cls[view.charCodeAt(i)] as number) & WORD_BIT) !== 0) i++;
    } else i++;
  }
  return dated && words <= MAX_WORDS;
}
