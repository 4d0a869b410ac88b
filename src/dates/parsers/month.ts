/**
 * A month without a day: "يناير 2017", "شهر رمضان", "شباط/فبراير 1979", "مارس الماضي",
 * "رمضان 1445هـ". An ambiguous name (مارس, آب, رجب…) needs "شهر", a two-name partner,
 * a year after it or a preposition before it (في، خلال، منذ، قبل، بعد، حتى، إلى…); صفر
 * needs "شهر", a year or a placing word. The second month of a list is vouched for by the
 * first ("شهري آذار ونيسان").
 *
 * @module
 */

import { WAW } from "../../core/chars.js";
import type { Candidate } from "../candidate.js";
import { readMonth } from "../read/month.js";
import { monthDate } from "../read/month-date.js";
import { readYearAfter } from "../read/year.js";
import { entryBefore } from "../scan/context.js";
import { type At, lexemeOf } from "./parser.js";

function confirmedByWordBefore(text: string, start: number): boolean {
  if (entryBefore(text, start, "lead") !== null || entryBefore(text, start, "direction") !== null) return true;
  const connector = entryBefore(text, start, "connector");
  if (connector !== null && (connector.lexeme.role === "to" || connector.lexeme.role === "between")) return true;
  // The second of a list: "آذار ونيسان", "ماي وجوان" — the month before vouches for it.
  const and = text.charCodeAt(start - 1) === WAW ? start - 1 : start;
  return entryBefore(text, and, "month") !== null;
}

/** Proposes a whole month at `at`. */
export function month(text: string, at: At): Candidate | null {
  if (lexemeOf(at, "month") === null && lexemeOf(at, "monthWord") === null) return null;
  const m = readMonth(text, at.pos, true);
  if (m === null) return null;
  if (m.conflict) return { kind: "blocked", start: m.start, end: m.end };
  const year = readYearAfter(text, m.end, m.calendar);
  if (m.need === "strict" && year === null) return null;
  if (m.need === "context" && year === null && !confirmedByWordBefore(text, m.start)) return null;
  return monthDate(text, m.start, m, year, null);
}
