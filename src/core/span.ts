/**
 * Spans: where something was found, as UTF-16 offsets into the text the user gave.
 *
 * @module
 */

import { isBlank } from "./chars.js";

/**
 * A stretch of the input text: `input.slice(span.start, span.end)` is what was found.
 * Offsets are UTF-16 code units (JavaScript string indices), 0-based; `end` is exclusive.
 */
export interface Span {
  /** Index of the first code unit. */
  start: number;
  /** Index one past the last code unit. */
  end: number;
}

/** Builds a span; both ends are clamped so that `start <= end`. */
export function span(start: number, end: number): Span {
  return end < start ? { start, end: start } : { start, end };
}

/**
 * Shrinks a span so that it neither starts nor ends with white space or an
 * invisible format mark (RLM, ZWJ, BOM …). An all-blank span shrinks to empty at its start.
 */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** True when the span holds no code unit. */
export function isEmptySpan(s: Span): boolean {
  return s.end <= s.start;
}

/** True when two spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `outer` contains all of `inner`. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
