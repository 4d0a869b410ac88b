/**
 * Joins the two ends of a range into one mention: "من 3 إلى 5 مايو", "بين 10 و12 يونيو",
 * "يومي 20 و21 نوفمبر", "3 و4 مايو", "3-5 مايو 2024" (a bare first day before a date), "من 28 فبراير إلى 3 مارس 2024",
 * "من يناير إلى مارس 2024", "بين عام 2010 وعام 2015" (two dates). A first end without
 * a year takes the year of the second. A range that runs backwards is no range: its
 * ends stay separate mentions.
 *
 * @module
 */

import { WAW, isDash } from "../../core/chars.js";
import { fromDayNumber } from "../calendar.js";
import type { Item, Resolved } from "../candidate.js";
import { readDay } from "../read/day.js";
import { resolveDate } from "../resolve/date.js";
import { entryAt } from "../scan/lexicon.js";
import { isInlineSpace, previousTokenStart, skipSpace } from "../scan/text.js";

/** How many tokens back the "من" or "بين" of a range may stand from its second end. */
const LOOK_BACK_TOKENS = 8;

/** The position after the link between two ends at `pos` ("إلى", "حتى", "-", "و"), or −1. */
function linkEnd(text: string, pos: number, between: boolean): number {
  const p = skipSpace(text, pos);
  if (isDash(text.charCodeAt(p))) return skipSpace(text, p + 1);
  // "و12 يونيو", "وعام 2015": the و of "بين … و…" is attached to the second end.
  if (between && text.charCodeAt(p) === WAW && !isInlineSpace(text.charCodeAt(p + 1))) return p + 1;
  const word = entryAt(text, p, "connector", false);
  if (word === null) return -1;
  if (word.lexeme.role === "to" || (between && word.lexeme.role === "and")) return skipSpace(text, word.end);
  return -1;
}

/** "من" (role "of") or "بين" at the word start `pos` ("وبين" too): where the range may start. */
function opener(text: string, pos: number): { kind: "from" | "between"; adjacent: boolean; start: number; end: number } | null {
  const word = entryAt(text, pos, "connector");
  if (word === null) return null;
  const role = word.lexeme.role;
  if (role !== "of" && role !== "between") return null;
  return { kind: role === "of" ? "from" : "between", adjacent: word.lexeme.adjacent === true, start: word.start, end: word.end };
}

/** The start of a bare first day that ranges up to `item` ("من 3 إلى", "3-", "بين 10 و"), with that day, or null. */
function bareStart(text: string, item: Item, floor: number): { start: number; day: number } | null {
  const c = item.candidate;
  if (c.kind !== "date" || c.day === null || c.day.kind !== "day") return null;
  const last = c.day.day;
  // Nothing to look for unless a link (-، إلى، حتى، لغاية، و) stands right before the item.
  const link = previousTokenStart(text, item.start);
  if (link < floor || link < 0) return null;
  if (!isDash(text.charCodeAt(link))) {
    const word = entryAt(text, link, "connector");
    if (word === null || (word.lexeme.role !== "to" && word.lexeme.role !== "and")) return null;
  }
  let best: { start: number; day: number } | null = null;
  // Of the starts that read a day linked to the item, the earliest: "الحادي والعشرين" over "والعشرين".
  let t = item.start;
  for (let k = 0; k < LOOK_BACK_TOKENS; k++) {
    t = previousTokenStart(text, t);
    if (t < floor) break;
    const asOpener = opener(text, t);
    const from = asOpener === null ? t : skipSpace(text, asOpener.end);
    const day = readDay(text, from);
    if (day === null || day.day.kind !== "day" || day.day.day >= last) continue;
    // "و" links the ends after بين, and after يومي or alone only two days in a row ("3 و4 مايو").
    const inRow = day.day.day === last - 1;
    const and = asOpener === null ? inRow : asOpener.kind === "between" && (inRow || !asOpener.adjacent);
    if (linkEnd(text, day.end, and) !== item.start) continue;
    let start = asOpener === null ? day.start : asOpener.start;
    if (asOpener === null) {
      const before = previousTokenStart(text, t);
      const outer = before < floor ? null : opener(text, before);
      if (outer !== null && outer.kind === "from") start = outer.start;
    }
    best = { start, day: day.day.day };
  }
  // "5 و6 و7 مايو": more days in a row before the first.
  while (best !== null) {
    const link = previousTokenStart(text, best.start);
    const t = link < floor ? -1 : previousTokenStart(text, link);
    if (t < floor || t < 0) break;
    const day = readDay(text, t);
    if (day === null || day.day.kind !== "day" || day.day.day !== best.day - 1 || linkEnd(text, day.end, true) !== best.start) break;
    best = { start: day.start, day: day.day.day };
  }
  return best;
}

function spanning(a: Resolved, b: Resolved): Resolved | null {
  if (a.first > b.last || a.calendar !== b.calendar) return null;
  return {
    first: a.first,
    last: b.last,
    grain: a.grain === b.grain ? a.grain : "day",
    calendar: a.calendar,
    hijri: a.hijri,
    implied: [...new Set([...a.implied, ...b.implied])],
  };
}

// The second end starts the day (or year) after the first ends.
function adjacent(a: Resolved, b: Resolved, kind: "date" | "year"): boolean {
  if (kind === "date") return b.first === a.last + 1;
  return fromDayNumber(b.first).year === fromDayNumber(a.last).year + 1;
}

/** Two dates joined by a link: the first end resolved in the year of the second, or null. */
function pair(text: string, a: Item, b: Item, today: number): Item | null {
  const ca = a.candidate;
  const cb = b.candidate;
  if ((ca.kind !== "date" && ca.kind !== "year") || ca.kind !== cb.kind) return null;
  const before = previousTokenStart(text, a.start);
  const open = before < 0 ? null : opener(text, before);
  if (linkEnd(text, a.end, open?.kind === "between") !== b.start) return null;
  let first: Resolved | null = a.resolved;
  let second: Resolved | null = b.resolved;
  if (ca.kind === "date" && cb.kind === "date") {
    if (ca.calendar !== cb.calendar) return null;
    // An end without a year takes the other's: the first lies in the second's year, or the
    // year before when its month comes later; the second in the first's, or the year after.
    if (ca.year.kind === "nearest") {
      const end = b.resolved.hijri ?? fromDayNumber(b.resolved.first);
      first = resolveDate(ca, today, { kind: "year", year: ca.month <= end.month ? end.year : end.year - 1 });
    } else if (cb.year.kind === "nearest") {
      const start = a.resolved.hijri ?? fromDayNumber(a.resolved.first);
      second = resolveDate(cb, today, { kind: "year", year: cb.month >= start.month ? start.year : start.year + 1 });
    }
  }
  const resolved = first === null || second === null ? null : spanning(first, second);
  if (resolved === null) return null;
  // "يومي 8 و15 مارس", "عامي 2009 و2015": a dual joins only adjacent ends.
  if (open !== null && open.adjacent && !adjacent(first as Resolved, second as Resolved, ca.kind)) return null;
  return { start: open === null ? a.start : open.start, end: b.end, candidate: ca, resolved };
}

/** Merges the ends of ranges. */
export function mergeRanges(text: string, items: readonly Item[], today: number): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (last !== undefined) {
      const joined = pair(text, last, item, today);
      if (joined !== null) {
        out[out.length - 1] = joined;
        continue;
      }
    }
    const bare = bareStart(text, item, last?.end ?? 0);
    if (bare !== null) {
      const c = item.candidate;
      const shift = (c.kind === "date" && c.day?.kind === "day" ? c.day.day : bare.day) - bare.day;
      const r = item.resolved;
      const hijri = r.hijri === null ? null : { ...r.hijri, day: bare.day };
      out.push({ ...item, start: bare.start, resolved: { ...r, first: r.first - shift, hijri } });
      continue;
    }
    out.push(item);
  }
  return out;
}
