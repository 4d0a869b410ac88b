/**
 * "في 2024 مقارنة بالعام السابق": السابق ("the one before") counts from the year the
 * sentence has just named, not from the publication date as الماضي does. A year or
 * "السنة السابقة" read with السابق becomes the year before the last written year earlier in
 * its sentence; without one it stays counted from the reference.
 *
 * @module
 */

import { isLineBreak, isSentenceEnd } from "../../core/chars.js";
import { fromDayNumber, toDayNumber } from "../calendar.js";
import type { Item } from "../candidate.js";
import { foldEntry } from "../scan/lexemes.js";

let words: string[] | undefined;

// The item is a whole year named with السابق / السابقة.
function previousYearWord(text: string, item: Item): boolean {
  words ??= ["السابق", "السابقة"].map(foldEntry);
  if (item.candidate.kind !== "shift" || item.resolved.grain !== "year") return false;
  const t = text.slice(item.start, item.end);
  return words.some((w) => t.endsWith(` ${w}`));
}

// Nothing ends a sentence between `from` and `to`.
function sameSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isSentenceEnd(c) || isLineBreak(c)) return false;
  }
  return true;
}

/** Counts each السابق year from the written year before it in its sentence. */
export function anchorPreviousYears(text: string, items: Item[]): Item[] {
  let written: Item | null = null;
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as Item;
    if (written !== null && previousYearWord(text, item) && sameSentence(text, written.end, item.start)) {
      const year = fromDayNumber(written.resolved.first).year - 1;
      items[k] = { ...item, resolved: { ...item.resolved, first: toDayNumber(year, 1, 1), last: toDayNumber(year, 12, 31) } };
      continue;
    }
    const c = item.candidate;
    if (c.kind === "year" || (c.kind === "date" && c.year.kind === "year")) written = item;
  }
  return items;
}
