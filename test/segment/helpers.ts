/**
 * Checks every segmentation must pass: blocks in text order, never overlapping, each one
 * the trimmed slice of the input at its span, and together holding every letter and digit
 * of the input exactly once. `expectSegmented` runs them on every call.
 */

import { expect } from "vitest";
import { isFiller, isLetterOrDigit } from "../../src/core/chars.js";
import { segmentArticle } from "../../src/segment/index.js";
import type { Block, SegmentedText } from "../../src/segment/index.js";

/** The first broken invariant of a result, or null. */
export function brokenInvariant(input: string, result: SegmentedText): string | null {
  let pos = 0;
  for (const b of result.blocks) {
    const { start, end } = b.span;
    if (!(start >= pos && end > start && end <= input.length)) return `bad span ${start}-${end} after ${pos}`;
    if (input.slice(start, end) !== b.text) return `text differs from slice at ${start}`;
    if (isFiller(input.charCodeAt(start)) || isFiller(input.charCodeAt(end - 1))) return `untrimmed block at ${start}`;
    for (let i = pos; i < start; i++) {
      const c = input.codePointAt(i) as number;
      if (isLetterOrDigit(c)) return `letter or digit outside blocks at ${i}`;
    }
    pos = end;
  }
  for (let i = pos; i < input.length; i++) {
    if (isLetterOrDigit(input.codePointAt(i) as number)) return `letter or digit after the last block at ${i}`;
  }
  // Every typed block is one of `blocks`.
  const all = new Set<Block>(result.blocks);
  const typed: Block[] = [...result.related, ...result.tags, ...result.boilerplate];
  for (const a of [...result.articles, ...result.readAlso]) {
    for (const b of [a.title, a.dateline, a.byline, a.lead, a.source]) if (b !== null) typed.push(b);
    typed.push(...a.paragraphs, ...a.subtitles, ...a.subheadings, ...a.captions, ...a.dates, ...a.signatures);
    if (a.lead !== (a.paragraphs[0] ?? null)) return "lead is not paragraphs[0]";
    for (const q of a.quotes) if (input.slice(q.span.start, q.span.end) !== q.text) return "quote text differs";
  }
  for (const b of typed) if (!all.has(b)) return `typed block not in blocks: ${b.kind} ${b.text.slice(0, 20)}`;
  return null;
}

/** Segments and checks the invariants. */
export function expectSegmented(input: string): SegmentedText {
  const result = segmentArticle(input);
  expect(brokenInvariant(input, result)).toBeNull();
  return result;
}
