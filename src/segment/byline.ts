/**
 * The author's name after a byline cue: "كتبت- حسنات الحكيم", "بقلم الدكتور/ نعيم أسعد
 * الصفدي", "تحقيق - طارق خطاب:", "حوار: آسيا العتروس". The cue is not part of the name;
 * honorifics are.
 *
 * @module
 */

import { isDash, isFiller, isWordChar, unitAt } from "../core/chars.js";

/** The longest name taken after a cue, in words. */
const MAX_NAME_WORDS = 7;

/** The name after a cue, as folded offsets: `[start, end)`, and where the text after it starts. */
export interface ParsedByline {
  readonly start: number;
  readonly end: number;
  readonly rest: number;
}

/**
 * Reads the name that follows a byline cue ending at `from`, up to `to`: separators after
 * the cue are skipped, the name runs to a colon, a spaced dash or the end.
 *
 * @example
 * ```ts
 * const text = "كتبت- حسنات الحكيم";
 * const b = parseByline(text, 4, text.length);
 * text.slice(b.start, b.end); // "حسنات الحكيم"
 * ```
 */
export function parseByline(text: string, from: number, to: number): ParsedByline | null {
  let i = from;
  // "كتب: …", "كتبت- …", "Author, …"
  while (i < to && (isFiller(unitAt(text, i)) || isDash(unitAt(text, i)) || isLabelMark(unitAt(text, i)))) i++;
  const start = i;
  let end = i;
  let words = 0;
  while (i < to) {
    const c = unitAt(text, i);
    if (isWordChar(c) || c === 0x2e) {
      if (words === MAX_NAME_WORDS) return null;
      while (i < to && (isWordChar(unitAt(text, i)) || unitAt(text, i) === 0x2e)) i++;
      if (unitAt(text, i) === 0x2f) i++; // "الدكتور/ نعيم"
      words++;
      end = i;
      continue;
    }
    if (isFiller(c)) {
      i++;
      continue;
    }
    break;
  }
  if (words === 0) return null;
  let rest = i;
  while (rest < to && (isFiller(unitAt(text, rest)) || isDash(unitAt(text, rest)) || unitAt(text, rest) === 0x3a)) {
    rest++;
  }
  if (rest < to && rest === i) return null; // the name runs into something that is not a separator
  return { start, end, rest };
}

// ":", ",", "،", and the slash of Yemeni and Egyptian sites ("كتب/ وضاح …").
function isLabelMark(c: number): boolean {
  return c === 0x3a || c === 0x2c || c === 0x060c || c === 0x2f;
}
