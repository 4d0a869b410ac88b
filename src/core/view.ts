/**
 * A normalized view of a text, with the map back to the text it came from.
 *
 * The map is a sparse correction table in the manner of Lucene's `BaseCharFilter`:
 * while the normalizer writes its output it appends a pair (output offset,
 * original − output) only where that difference changes, and a lookup is a binary
 * search. A text that needed no change has an empty table.
 *
 * @module
 */

import { isBlank, isHighSurrogate, isLowSurrogate } from "./chars.js";
import { keepShape } from "./shape.js";
import type { Span } from "./span.js";

/**
 * A normalized text with the map back to the text it came from: a match found in
 * `text` can be highlighted in the original through `spanToOriginal`.
 */
export interface NormalizedText {
  /** The normalized text. */
  readonly text: string;
  /**
   * The index in the original text of the character at `index` of the normalized
   * text. `toOriginal(text.length)` is the end of the original text. Monotone:
   * a larger index never maps to a smaller one. Indices outside `0…text.length`
   * are clamped.
   */
  toOriginal(index: number): number;
  /**
   * The stretch of the original text that a span of the normalized text came from:
   * a whole normalized word maps to the whole original word, with its diacritics and
   * tatweel, but without white space or invisible marks that were deleted after it.
   * Ends are clamped to the text; a span whose end is before its start maps to an empty
   * span at its start.
   */
  spanToOriginal(span: Span): Span;
}

/** Collects the correction pairs while a normalizer writes its output. */
export class OffsetMapBuilder {
  /** Output offsets at which the difference changes, ascending. */
  readonly offsets: number[] = [];
  /** The difference original − output from the matching offset on. */
  readonly diffs: number[] = [];
  private diff = 0;

  constructor() {
    // One builder lives for good, so that the optimised code that reads builders does too (core/shape.ts).
    keepShape(OffsetMapBuilder, () => new OffsetMapBuilder());
  }

  /** Declares that output offset `out` holds (the start of) the original character at `source`. */
  at(out: number, source: number): void {
    const d = source - out;
    if (d === this.diff) return;
    this.diff = d;
    const last = this.offsets.length - 1;
    if (last >= 0 && this.offsets[last] === out) {
      this.diffs[last] = d;
      if (last > 0 ? this.diffs[last - 1] === d : d === 0) {
        this.offsets.pop();
        this.diffs.pop();
      }
      return;
    }
    this.offsets.push(out);
    this.diffs.push(d);
  }
}

/**
 * Builds the view of `text`, the normalized form of `original`, from the pairs the
 * builder collected. The caller has declared, with `builder.at(text.length,
 * original.length)`, where the end of the text falls.
 */
export function makeView(original: string, text: string, builder: OffsetMapBuilder): NormalizedText {
  const offsets = builder.offsets;
  const diffs = builder.diffs;
  const n = text.length;
  const toOriginal = (index: number): number => {
    const i = clamp(index, n);
    let lo = 0;
    let hi = offsets.length - 1;
    let d = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if ((offsets[mid] as number) <= i) {
        d = diffs[mid] as number;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return i + d;
  };
  const spanToOriginal = (s: Span): Span => {
    const a = clamp(s.start, n);
    const b = clamp(s.end, n);
    const start = toOriginal(a);
    if (b <= a) return { start, end: start };
    const lastSource = toOriginal(b - 1);
    // The last character's source ends no sooner than its own code units do (all of
    // ⑴ when the span holds only the 1 of its expansion "(1)").
    const low = original.charCodeAt(lastSource + 1);
    const minEnd = lastSource + (isHighSurrogate(original.charCodeAt(lastSource)) && isLowSurrogate(low) ? 2 : 1);
    let end = Math.max(toOriginal(b), minEnd);
    // Marks and tatweel deleted after the last character belong to it; blanks do not.
    while (end > minEnd && isBlank(original.charCodeAt(end - 1))) end--;
    return { start, end };
  };
  return { text, toOriginal, spanToOriginal };
}

function clamp(index: number, n: number): number {
  if (!(index > 0)) return 0;
  if (index >= n) return n;
  return Math.floor(index);
}

/**
 * The map of a view, read by an extractor whose spans come in text order: a cursor
 * moves along the correction table, so that a span costs a step or two instead of
 * three binary searches. A plain record, read by the functions below.
 */
export interface OrderedMap {
  readonly original: string;
  readonly offsets: readonly number[];
  readonly diffs: readonly number[];
  /** The last pair at or before the last index asked for, or -1. */
  k: number;
}

/** The ordered map back to `original` from the builder that normalized it (see {@link makeView}). */
export function orderedMap(original: string, builder: OffsetMapBuilder): OrderedMap {
  return { original, offsets: builder.offsets, diffs: builder.diffs, k: -1 };
}

// How many pairs the cursor walks before it searches instead.
const WALK = 8;

/** `toOriginal(index)` of the view, for an index from 0 to the length of the normalized text. */
export function orderedIndex(map: OrderedMap, index: number): number {
  const offsets = map.offsets;
  let k = map.k;
  if (k >= 0 && (offsets[k] as number) > index) k = -1;
  let steps = 0;
  while (k + 1 < offsets.length && (offsets[k + 1] as number) <= index) {
    if (++steps > WALK) {
      // A long way ahead (or back from the start): the last pair at or before index.
      let lo = k + 1;
      let hi = offsets.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if ((offsets[mid] as number) <= index) lo = mid;
        else hi = mid - 1;
      }
      k = lo;
      break;
    }
    k++;
  }
  map.k = k;
  return index + (k >= 0 ? (map.diffs[k] as number) : 0);
}

/**
 * The view of `text`, the normalized form of `original`, with the map read through a
 * cursor (see {@link OrderedMap}): for an extractor that asks for its offsets mostly in
 * text order, a question costs a step or two instead of a binary search. Any order gives
 * the same answers as {@link makeView}; the caller has declared the end of the text.
 */
export function orderedView(original: string, text: string, builder: OffsetMapBuilder): NormalizedText {
  const map = orderedMap(original, builder);
  const n = text.length;
  return {
    text,
    toOriginal: (index) => orderedIndex(map, clamp(index, n)),
    spanToOriginal: (s) => {
      const a = clamp(s.start, n);
      return orderedSpan(map, a, Math.max(a, clamp(s.end, n)));
    },
  };
}

/**
 * `spanToOriginal({ start, end })` of the view, for 0 ≤ start ≤ end ≤ the length of the
 * normalized text: the same stretch of the original, computed the same way.
 */
export function orderedSpan(map: OrderedMap, start: number, end: number): Span {
  const from = orderedIndex(map, start);
  if (end <= start) return { start: from, end: from };
  return { start: from, end: sourceEnd(map.original, orderedIndex(map, end - 1), orderedIndex(map, end)) };
}

/**
 * The end in `original` of a stretch of the view whose last character came from
 * `lastSource` and whose end maps to `next` (`orderedIndex` of the end): the second
 * half of {@link orderedSpan}, the only one that reads the original. An extractor that
 * reads the original later anyway asks for it then, when that part of the text is at
 * hand, rather than once more in the middle of its scan.
 */
export function sourceEnd(original: string, lastSource: number, next: number): number {
  const low = original.charCodeAt(lastSource + 1);
  const minEnd = lastSource + (isHighSurrogate(original.charCodeAt(lastSource)) && isLowSurrogate(low) ? 2 : 1);
  let to = Math.max(next, minEnd);
  while (to > minEnd && isBlank(original.charCodeAt(to - 1))) to--;
  return to;
}
