/**
 * Joins a weekday or a named day to the date beside it: "الأحد 17رمضان 1433هـ",
 * "الأربعاء، 28 آب/اغسطس 2013", "اليوم الخميس", "مساء أمس السبت 16رمضان الجاري",
 * "الإثنين الموافق 5 أغسطس", "الخميس (24 يوليو)". One mention results; the most explicit part gives its day
 * (a written date over a named day over a weekday), even when the weekday disagrees.
 *
 * @module
 */

import { LEFT_PARENTHESIS, RIGHT_PARENTHESIS, isComma, isDash } from "../../core/chars.js";
import type { Item } from "../candidate.js";
import { entryAt } from "../scan/lexicon.js";
import { skipSpace } from "../scan/text.js";



/** 0 for a weekday, 1 for a named day, 2 for a written day; −1 for anything else. */
function rank(item: Item): number {
  const c = item.candidate;
  if (c.kind === "weekday") return 0;
  if (c.kind === "shift") return c.named ? 1 : -1;
  return c.kind === "date" && item.resolved.grain === "day" && c.day !== null && c.day.kind !== "part" ? 2 : -1;
}

/**
 * True when only a comma, a dash, an opening parenthesis or "الموافق" stands between
 * `end` and `start`.
 */
function adjacent(text: string, end: number, start: number): boolean {
  let p = skipSpace(text, end);
  const c = text.charCodeAt(p);
  if (isComma(c) || isDash(c) || c === LEFT_PARENTHESIS) p = skipSpace(text, p + 1);
  if (p < start) {
    const equals = entryAt(text, p, "connector", false);
    if (equals !== null && equals.start === p && equals.lexeme.role === "equals") p = skipSpace(text, equals.end);
  }
  return p === start;
}

/** Merges weekdays and named days into the dates beside them. */
export function mergeWeekdays(text: string, items: readonly Item[]): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (last !== undefined) {
      const a = rank(last);
      const b = rank(item);
      // A weekday takes a named or written day after it; a named day takes a weekday or a written day.
      if (a >= 0 && a < 2 && b >= 0 && b !== a && adjacent(text, last.end, item.start)) {
        const winner = b > a ? item : last;
        // "الخميس (24 يوليو)": the parenthesis that closes the date belongs to the mention.
        const close = skipSpace(text, item.end);
        const opened =
          text.charCodeAt(skipSpace(text, last.end)) === LEFT_PARENTHESIS && text.charCodeAt(close) === RIGHT_PARENTHESIS;
        out[out.length - 1] = { ...winner, start: last.start, end: opened ? close + 1 : item.end };
        continue;
      }
    }
    out.push(item);
  }
  return out;
}
