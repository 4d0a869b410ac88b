/**
 * `parseDate`: one date expression, the whole text.
 *
 * @module
 */

import { isDigit } from "../core/chars.js";
import { assertString } from "../core/errors.js";
import { findItems, toMention } from "./extract.js";
import { resolveDateOptions } from "./options.js";
import { entryAt } from "./scan/lexicon.js";
import { isWordAt, isWordCode } from "./scan/text.js";
import type { DateMention, DateOptions } from "./types.js";

function isFiller(c: number): boolean {
  return !isWordCode(c) && !isDigit(c);
}

// Before the date: nothing but punctuation, an attached proclitic ("ويناير") or one
// preposition that stays outside spans ("في 5 مايو", "بتاريخ 2019/02/09").
function cleanBefore(text: string, start: number): boolean {
  let p = 0;
  while (p < start && isFiller(text.charCodeAt(p))) p++;
  if (p === start) return true;
  const lead = entryAt(text, p, "lead");
  if (lead !== null) {
    p = lead.end;
    while (p < start && isFiller(text.charCodeAt(p))) p++;
    return p === start;
  }
  return start - p <= 2 && isWordAt(text, start) && isWordAt(text, p);
}

/**
 * Reads a text that is one date expression, as a cell of a table or the date line of
 * an article: "الجمعة 8 فيفري 2019", "١٢/٣/٢٠٢٤", "منتصف شعبان 1446", "الأسبوع الماضي".
 * Punctuation around it and one leading preposition (في، بتاريخ، منذ، خلال) are allowed;
 * anything else makes the result null.
 *
 * @param text - Any string.
 * @param options - `reference` (the publication date, default today) and `weekStart`.
 * @returns The mention, or null when the text is not one date expression.
 * @throws TypeError when `text` is not a string; RangeError for an impossible
 *   `reference` or an unknown `weekStart`.
 * @example
 * ```ts
 * parseDate("الأحد 17 رمضان 1433هـ")?.start; // { year: 2012, month: 8, day: 5 }
 * parseDate("الأحد 17 رمضان 1433هـ")?.calendar; // "hijri"
 * parseDate("الإثنين", { reference: "2025-07-22" })?.start; // { year: 2025, month: 7, day: 21 }
 * parseDate("قال الوزير"); // null
 * ```
 */
export function parseDate(text: string, options?: DateOptions): DateMention | null {
  assertString("parseDate", text);
  const { view, items } = findItems(text, resolveDateOptions("parseDate", options));
  const item = items[0];
  if (item === undefined || items.length > 1) return null;
  const v = view.text;
  for (let p = item.end; p < v.length; p++) if (!isFiller(v.charCodeAt(p))) return null;
  return cleanBefore(v, item.start) ? toMention(text, view, item) : null;
}
