/**
 * A whole period counted from the reference: "الأسبوع الماضي", "الشهر الجاري",
 * "العام المقبل", "هذا العام", "السنة الماضية", "الأسبوع قبل الماضي". Weeks follow the
 * `weekStart` option. Not "العام" as "general" after its noun ("الأمين العام السابق").
 *
 * @module
 */

import type { Candidate } from "../candidate.js";
import { readPeriod } from "../read/period.js";
import { entryBefore } from "../scan/context.js";
import { type At, lexemeOf } from "./parser.js";

/** Proposes a counted period at `at`. */
export function relativePeriod(text: string, at: At): Candidate | null {
  if (lexemeOf(at, "period") === null && lexemeOf(at, "this") === null) return null;
  const period = readPeriod(text, at.pos, null);
  if (period === null) return null;
  // "الأمين العام السابق": العام as "general" after its noun.
  if (period.unit === "year" && period.start === at.pos && entryBefore(text, at.pos, "generalHead") !== null) return null;
  return {
    kind: "shift",
    start: period.start,
    end: period.end,
    unit: period.unit,
    amount: period.shift,
    day: null,
    named: false,
  };
}
