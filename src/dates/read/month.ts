/**
 * A month name, with "شهر" before it and its two-name partner after it: "شهر يونيو",
 * "تشرين الثاني/نوفمبر", "نوفمبر (تشرين الثاني)", "أغسطس-آب", "أكتوبر تشرين الأول". A two-name form is
 * read here, as one unit, because the year that follows it belongs to both names.
 * Its names must come from different naming systems (a Levantine and an Egyptian
 * name); two names of one system ("مايو-يونيو") are two months, not one.
 *
 * @module
 */

import { LEFT_PARENTHESIS, REVERSE_SOLIDUS, RIGHT_PARENTHESIS, SOLIDUS, isDash } from "../../core/chars.js";
import type { MonthRegion } from "../lexicon/gregorian-months.js";
import type { MonthNeed } from "../scan/lexemes.js";
import { entriesAt, entryAt } from "../scan/lexicon.js";
import { skipSpace } from "../scan/text.js";
import type { DateCalendar } from "../types.js";

/** A month read from the text. */
export interface MonthRead {
  readonly start: number;
  readonly end: number;
  readonly calendar: DateCalendar;
  readonly month: number;
  /** The context still needed: "none" once "شهر" or a two-name partner confirmed it. */
  readonly need: MonthNeed;
  /** True for a two-name form whose names disagree. */
  readonly conflict: boolean;
}


function disjoint(a: readonly (MonthRegion | "hijri")[], b: readonly (MonthRegion | "hijri")[]): boolean {
  return !a.some((r) => b.includes(r));
}

/**
 * The month at `pos` (a word start), or null. With `proclitic`, an attached و/ب/ل… is
 * allowed before "شهر" or the name ("ويناير").
 */
export function readMonth(text: string, pos: number, proclitic: boolean): MonthRead | null {
  // One lookup of any kind turns most words away before the lookups by kind.
  if (entriesAt(text, pos) === null) return null;
  let at = pos;
  let start = -1;
  let need: MonthNeed | null = null;
  const word = entryAt(text, pos, "monthWord");
  if (word !== null && (proclitic || word.start === pos)) {
    start = word.start;
    at = skipSpace(text, word.end);
    need = "none";
  }
  const first = entryAt(text, at, "month");
  if (first === null || (first.start !== at && (start >= 0 || !proclitic))) return null;
  if (start < 0) start = first.start;
  const m = first.lexeme;
  let end = first.end;
  let conflict = false;
  const sep = skipSpace(text, end);
  const c = text.charCodeAt(sep);
  if (c === SOLIDUS || c === REVERSE_SOLIDUS || c === LEFT_PARENTHESIS || isDash(c)) {
    const at2 = skipSpace(text, sep + 1);
    const second = entryAt(text, at2, "month", false);
    if (
      second !== null &&
      second.start === at2 &&
      second.lexeme.calendar === m.calendar &&
      disjoint(second.lexeme.regions, m.regions)
    ) {
      end = second.end;
      if (c === LEFT_PARENTHESIS) {
        const close = skipSpace(text, end);
        if (text.charCodeAt(close) === RIGHT_PARENTHESIS) end = close + 1;
      }
      conflict = second.lexeme.month !== m.month;
      need = "none";
    }
  } else if (sep > end) {
    // "8 أكتوبر تشرين الأول 2026": the two names side by side, as Reuters writes them, name
    // one month only when they agree.
    const second = entryAt(text, sep, "month", false);
    if (second !== null && second.start === sep && second.lexeme.calendar === m.calendar && second.lexeme.month === m.month && disjoint(second.lexeme.regions, m.regions)) {
      end = second.end;
      need = "none";
    }
  }
  return { start, end, calendar: m.calendar, month: m.month, need: need ?? m.need, conflict };
}
