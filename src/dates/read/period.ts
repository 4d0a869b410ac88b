/**
 * A period counted from the reference: "الأسبوع الماضي", "الشهر الجاري", "هذا العام",
 * "السنة المقبلة", "العام قبل الماضي". Used alone, as the month of "5 من الشهر
 * الجاري" and "نهاية الشهر المقبل", and as the year of "مارس من العام الماضي".
 *
 * @module
 */

import { entryAt } from "../scan/lexicon.js";
import { skipSpace } from "../scan/text.js";

/** A period counted from the reference. */
export interface PeriodRead {
  readonly unit: "week" | "month" | "year";
  /** −1 for the previous one, 0 for the current one, 1 for the next one; ±2 one further. */
  readonly shift: number;
  /** Where it starts (after a proclitic). */
  readonly start: number;
  readonly end: number;
}

/** The counted period at the word start `pos`, of `unit` when given, or null. */
export function readPeriod(text: string, pos: number, unit: PeriodRead["unit"] | null): PeriodRead | null {
  const demonstrative = entryAt(text, pos, "this");
  if (demonstrative !== null) {
    const at = skipSpace(text, demonstrative.end);
    const period = entryAt(text, at, "period", false);
    if (period === null || period.start !== at || (unit !== null && period.lexeme.unit !== unit)) return null;
    return { unit: period.lexeme.unit, shift: 0, start: demonstrative.start, end: period.end };
  }
  const period = entryAt(text, pos, "period");
  if (period === null || (unit !== null && period.lexeme.unit !== unit)) return null;
  const at = skipSpace(text, period.end);
  const shift = entryAt(text, at, "shift", false);
  if (shift === null || shift.start !== at) return null;
  return { unit: period.lexeme.unit, shift: shift.lexeme.shift, start: period.start, end: shift.end };
}
