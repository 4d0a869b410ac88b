/**
 * A weekday: "الإثنين", "الأحد الماضي" (strictly before), "الخميس المقبل" (strictly
 * after), "الجمعة قبل الماضية". Not "الأحد عشر" (eleven) nor "الاثنين" meaning "the two"
 * ("كلا الاثنين", "الاثنين معا", "بين الاثنين" with no second end). A bare weekday in a
 * clause in the future ("ستجرى الانتخابات يوم الأحد") is the coming one.
 *
 * @module
 */

import { WAW } from "../../core/chars.js";
import type { Candidate } from "../candidate.js";
import { saidInFuture } from "../read/tense.js";
import { entryBefore, wordBeforeIs, wordIs } from "../scan/context.js";
import { entryAt } from "../scan/lexicon.js";
import { skipSpace, wordEnd } from "../scan/text.js";
import { type At, lexemeOf } from "./parser.js";

// Folded forms, as they stand in the view.
const ELEVEN = ["عشر", "عشره"];
const BOTH_BEFORE = ["كلا", "كلتا", "هذين", "هذان"];
// "الواحد الأحد" (God, the One), "سورة الجمعة" (a chapter of the Quran), folded.
const NOT_A_DAY_BEFORE = ["الواحد", "سوره"];
const BOTH_AFTER = ["معا"];
// "بين الاثنين" is "between the two" unless a second end follows ("بين الاثنين والخميس").
const BETWEEN = ["بين"];
const SUNDAY = 0;
const MONDAY = 1;

/** Proposes a weekday at `at`. */
export function weekday(text: string, at: At): Candidate | null {
  const w = lexemeOf(at, "weekday");
  if (w === null) return null;
  const next = skipSpace(text, at.end);
  const nextEnd = wordEnd(text, next);
  if (w.weekday === SUNDAY && wordIs(text, next, nextEnd, ELEVEN)) return null;
  if (wordBeforeIs(text, at.start, NOT_A_DAY_BEFORE)) return null;
  if (w.weekday === MONDAY && (wordBeforeIs(text, at.start, BOTH_BEFORE) || wordIs(text, next, nextEnd, BOTH_AFTER))) {
    return null;
  }
  if (w.weekday === MONDAY && wordBeforeIs(text, at.start, BETWEEN) && text.charCodeAt(next) !== WAW) return null;
  const shift = entryAt(text, next, "shift", false);
  if (shift !== null && shift.start === next) {
    return { kind: "weekday", start: at.start, end: shift.end, weekday: w.weekday, shift: shift.lexeme.shift };
  }
  // A bare weekday looks back, unless its clause is in the future.
  const start = entryBefore(text, at.start, "dayPart")?.start ?? at.start;
  if (saidInFuture(text, start)) return { kind: "weekday", start: at.start, end: at.end, weekday: w.weekday, shift: 0, ahead: true };
  return { kind: "weekday", start: at.start, end: at.end, weekday: w.weekday, shift: 0 };
}
