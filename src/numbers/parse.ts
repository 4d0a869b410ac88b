/**
 * `parseNumber` and `parseOrdinal`: one whole text, one number.
 *
 * @module
 */

import { assertString } from "../core/errors.js";
import { nextToken } from "../core/tokens.js";
import { viewOf } from "../normalize/normalize.js";
import { MATCH_OPTIONS } from "../normalize/match.js";
import { type NumberMatch, numberAt } from "./scan.js";

// The single number that the whole (trimmed) text is, or null.
function whole(text: string): NumberMatch | null {
  const view = viewOf(text, MATCH_OPTIONS).text;
  const first = nextToken(view, 0);
  if (first === null) return null;
  const m = numberAt(view, first.start);
  if (m === null || nextToken(view, m.end) !== null) return null;
  return m;
}

/**
 * Reads a text that is exactly one number expression: digits of any script with
 * "٫"/"." decimals and "٬"/"," thousands, digits with a magnitude (3 ملايين،
 * ١٫٥ مليار), number words (ألف وتسعمائة وخمسة وتسعون), fractions (نصف، ثلاثة أرباع،
 * ٧٧/١٠٠), percentages in percent units (٣٥٪ → 35) and negatives (سالب خمسة، -5).
 * Anything else — a vague quantity (آلاف، عشرات), an ordinal, extra words — is null.
 *
 * @param text - The number expression; surrounding white space is ignored.
 * @returns Its value, or null.
 * @throws TypeError when `text` is not a string.
 * @example
 * ```ts
 * parseNumber("ألف وتسعمائة وخمسة وتسعون"); // 1995
 * parseNumber("مئتا ألف"); // 200000
 * parseNumber("٣٥٪"); // 35
 * parseNumber("عشرات"); // null
 * ```
 */
export function parseNumber(text: string): number | null {
  assertString("parseNumber", text);
  const m = whole(text);
  return m === null || m.kind === "ordinal" ? null : m.value;
}

/**
 * Reads a text that is exactly one ordinal, with or without the article:
 * الأول، الأولى، أول (1), الحادي عشر، الحادية عشرة (11), الثاني والعشرون (22),
 * العشرون (20), المئة (100). "الـ25" (the article before digits) is 25.
 *
 * @param text - The ordinal; surrounding white space is ignored.
 * @returns Its value, or null when the text is not one ordinal.
 * @throws TypeError when `text` is not a string.
 * @example
 * ```ts
 * parseOrdinal("الحادي والعشرون"); // 21
 * parseOrdinal("الثانية عشرة"); // 12
 * parseOrdinal("ثلاثة"); // null
 * ```
 */
export function parseOrdinal(text: string): number | null {
  assertString("parseOrdinal", text);
  const m = whole(text);
  if (m !== null) return m.kind === "ordinal" ? m.value : null;
  // الـ25: the article glued (over a tatweel) to digits.
  const view = viewOf(text, MATCH_OPTIONS).text;
  const first = nextToken(view, 0);
  if (first === null || first.kind !== "word" || view.slice(first.start, first.end) !== "ال") return null;
  const digits = nextToken(view, first.end);
  if (digits === null || digits.kind !== "number") return null;
  const n = numberAt(view, digits.start);
  if (n === null || n.kind !== "cardinal" || !Number.isInteger(n.value) || nextToken(view, n.end) !== null) return null;
  return n.value;
}
