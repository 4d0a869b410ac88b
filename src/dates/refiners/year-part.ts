/**
 * Narrows a year to the quarter or half written before it: "الربع الثالث من العام
 * الجاري" is July to September of the reference's year, "النصف الأول من 2025" January to
 * June 2025, "خلال الربع الأخير من عام 2024" October to December 2024. The part joins the
 * mention, whose grain becomes "month" (as "من يناير إلى مارس 2024"). Gregorian years only:
 * news does not split a Hijri year into quarters.
 *
 * @module
 */

import { daysInMonth, fromDayNumber, toDayNumber } from "../calendar.js";
import type { Item } from "../candidate.js";
import { entryAt } from "../scan/lexicon.js";
import { previousTokenStart, skipSpaceBack } from "../scan/text.js";

// The quarter or half that ends right before `pos` (with "من" between or not): its start
// and months, or null.
function partBefore(text: string, pos: number, floor: number): { start: number; firstMonth: number; lastMonth: number } | null {
  let end = pos;
  const t = previousTokenStart(text, pos);
  if (t >= floor && t >= 0) {
    const of = entryAt(text, t, "connector", false);
    if (of !== null && of.start === t && of.end === skipSpaceBack(text, pos) && of.lexeme.role === "of") end = t;
  }
  // The part is two words ("الربع الأول"), perhaps behind a proclitic ("للربع الثاني").
  const second = previousTokenStart(text, end);
  const first = second < floor || second < 0 ? -1 : previousTokenStart(text, second);
  if (first < floor || first < 0) return null;
  const part = entryAt(text, first, "yearPart");
  if (part === null || part.end !== skipSpaceBack(text, end)) return null;
  return { start: part.start, firstMonth: part.lexeme.firstMonth, lastMonth: part.lexeme.lastMonth };
}

/** Narrows each whole Gregorian year to the quarter or half named before it. */
export function takeYearParts(text: string, items: Item[]): Item[] {
  let floor = 0;
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as Item;
    const r = item.resolved;
    const from = fromDayNumber(r.first);
    const to = fromDayNumber(r.last);
    const wholeYear = r.grain === "year" && r.calendar === "gregorian" && from.year === to.year && from.month === 1 && from.day === 1 && to.month === 12 && to.day === 31;
    if (wholeYear) {
      const part = partBefore(text, item.start, floor);
      if (part !== null) {
        const year = from.year;
        items[k] = {
          ...item,
          start: part.start,
          resolved: {
            ...r,
            first: toDayNumber(year, part.firstMonth, 1),
            last: toDayNumber(year, part.lastMonth, daysInMonth(year, part.lastMonth)),
            grain: "month",
          },
        };
      }
    }
    floor = (items[k] as Item).end;
  }
  return items;
}
