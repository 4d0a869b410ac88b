/**
 * A part of a month: "منتصف يوليو" (days 11–20), "أوائل مارس 2024" (1–10), "أواخر رمضان"
 * (21 to the end), "نهاية الشهر الجاري", "منذ بداية الشهر" (the reference's month), "مطلع
 * شهر شعبان 1446".
 *
 * @module
 */

import type { Candidate } from "../candidate.js";
import { readMonth } from "../read/month.js";
import { monthDate } from "../read/month-date.js";
import { skipOf } from "../scan/context.js";
import { readPeriod } from "../read/period.js";
import { readYearAfter } from "../read/year.js";
import { entryAt } from "../scan/lexicon.js";
import { skipSpace } from "../scan/text.js";
import { type At, lexemeOf } from "./parser.js";

/** Proposes a part of a month at `at`. */
export function monthPart(text: string, at: At): Candidate | null {
  const part = lexemeOf(at, "part");
  if (part === null) return null;
  const day = { kind: "part", part: part.part } as const;
  const p = skipOf(text, skipSpace(text, at.end));
  const m = readMonth(text, p, false);
  if (m === null) {
    const relative = readPeriod(text, p, "month");
    if (relative !== null && relative.start === p) {
      return { kind: "shift", start: at.start, end: relative.end, unit: "month", amount: relative.shift, day, named: false };
    }
    // "منذ بداية الشهر", "نهاية الشهر": the month alone is the reference's.
    const month = entryAt(text, p, "period", false);
    if (month === null || month.start !== p || month.lexeme.unit !== "month") return null;
    return { kind: "shift", start: at.start, end: month.end, unit: "month", amount: 0, day, named: false };
  }
  if (m.conflict) return { kind: "blocked", start: at.start, end: m.end };
  const year = readYearAfter(text, m.end, m.calendar);
  return monthDate(text, at.start, m, year, day);
}
