import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OffsetMapBuilder, makeView, orderedIndex, orderedMap, orderedSpan, orderedView } from "../../src/core/view.js";
import { runNormalizer } from "../../src/normalize/engine.js";
import { MATCH_OPTIONS } from "../../src/normalize/match.js";
import { PRESETS } from "../../src/normalize/options.js";

// Text whose map has every kind of step: deleted marks, tatweel and invisibles,
// expansions (⑴ → "(1)", ﷲ → الله), digit separators, astral characters, blanks.
const pieces = [
  "ا", "أ", "ب", "ة", "ى", "و", "ل", "م", "\u064B", "\u064E", "\u0651", "\u0654", "\u0670", "\u0640", "\u0640\u064E",
  "\u200F", "\u200C", "\uFEFF", "\u00AD", " ", "  ", "\n", "\u00A0", "\t",
  "٣", "٫", "٬", "1", ".", ",", "٪", "⑴", "½", "ﷲ", "ﻻ", "𝟙", "😀", "\uD800", "\uDC00", "a",
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(""));

describe("orderedSpan", () => {
  for (const [name, options] of [["matching view", MATCH_OPTIONS], ["search", PRESETS.search]] as const) {
    it(`maps spans as the view's spanToOriginal does, in any order (${name})`, () => {
      fc.assert(
        fc.property(text, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 30 }), (original, pairs) => {
          const builder = new OffsetMapBuilder();
          const folded = runNormalizer(original, options, builder);
          const view = makeView(original, folded, builder);
          const map = orderedMap(original, builder);
          const n = folded.length;
          const spans = pairs.map(([a, b]) => [a % (n + 1), b % (n + 1)].sort((x, y) => x - y) as [number, number]);
          for (const [start, end] of [...spans, ...[...spans].sort((x, y) => x[0] - y[0])]) {
            expect(orderedSpan(map, start, end)).toEqual(view.spanToOriginal({ start, end }));
            expect(orderedIndex(map, end)).toBe(view.toOriginal(end));
          }
        }),
        { numRuns: 500 },
      );
    });
  }

  it("walks a long map in order and back", () => {
    const original = "مُحَمَّدٌ ⑴ ".repeat(200);
    const builder = new OffsetMapBuilder();
    const folded = runNormalizer(original, MATCH_OPTIONS, builder);
    const view = makeView(original, folded, builder);
    const map = orderedMap(original, builder);
    for (const i of [0, 5, 6, 700, 701, 3, folded.length, 12, folded.length - 1]) {
      expect(orderedIndex(map, i)).toBe(view.toOriginal(i));
    }
    for (let i = 0; i + 3 <= folded.length; i += 2) {
      expect(orderedSpan(map, i, i + 3)).toEqual(view.spanToOriginal({ start: i, end: i + 3 }));
    }
  });
});

describe("orderedView", () => {
  it("answers as makeView's view does, for any index and span, clamped, in any order", () => {
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.integer({ min: -3, max: 80 }), fc.integer({ min: -3, max: 80 })), { maxLength: 30 }), (original, pairs) => {
        const builder = new OffsetMapBuilder();
        const folded = runNormalizer(original, MATCH_OPTIONS, builder);
        const view = makeView(original, folded, builder);
        const ordered = orderedView(original, folded, builder);
        expect(ordered.text).toBe(view.text);
        for (const [start, end] of pairs) {
          expect(ordered.spanToOriginal({ start, end })).toEqual(view.spanToOriginal({ start, end }));
          expect(ordered.toOriginal(end)).toBe(view.toOriginal(end));
        }
      }),
      { numRuns: 500 },
    );
  });
});
