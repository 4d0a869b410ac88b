/**
 * `normalize` and `normalizeWithMap`: the engine behind a friendly signature.
 *
 * @module
 */

import { assertString } from "../core/errors.js";
import { type NormalizedText, OffsetMapBuilder, makeView } from "../core/view.js";
import { runNormalizer } from "./engine.js";
import { type NormalizeOptions, type NormalizePreset, type ResolvedOptions, resolveOptions } from "./options.js";

/**
 * Normalizes Arabic text in one pass. With no options it applies the `search` preset.
 *
 * Presets: `"search"` (NFKC, invisibles, diacritics and tatweel deleted, alef,
 * taa marbuta, alef maksura and Persian letters folded, Latin digits, white space
 * collapsed), `"display"` (NFC, presentation forms unfolded, invisibles and tatweel
 * deleted, white space collapsed) and `"minimal"` (NFC, invisibles deleted). An
 * options object picks steps one by one, optionally on top of a `preset`.
 *
 * @param text - Any string; the empty string gives the empty string.
 * @param options - A preset name or a {@link NormalizeOptions} object.
 * @returns The normalized text.
 * @throws TypeError when `text` is not a string; RangeError for an unknown preset or option.
 * @example
 * ```ts
 * normalize("أعلنَت الحكومةُ  ٢٠٢٤"); // "اعلنت الحكومه 2024"
 * normalize("هٰذا ﷲ", "display"); // "هٰذا الله"
 * normalize("إلى", { foldAlef: true }); // "الى"
 * ```
 */
export function normalize(text: string, options?: NormalizeOptions | NormalizePreset): string {
  assertString("normalize", text);
  return runNormalizer(text, resolveOptions("normalize", options), null);
}

/**
 * Normalizes like {@link normalize} and keeps the map back to the original text.
 * `normalizeWithMap(t, p).text === normalize(t, p)` for every text and options.
 *
 * @param text - Any string.
 * @param options - A preset name or a {@link NormalizeOptions} object; default `"search"`.
 * @returns `{ text, toOriginal, spanToOriginal }`.
 * @throws TypeError when `text` is not a string; RangeError for an unknown preset or option.
 * @example
 * ```ts
 * const input = "قال مُحَمَّدٌ إنّ";
 * const view = normalizeWithMap(input);
 * view.text; // "قال محمد ان"
 * const at = view.text.indexOf("محمد");
 * const { start, end } = view.spanToOriginal({ start: at, end: at + 4 });
 * input.slice(start, end); // "مُحَمَّدٌ"
 * ```
 */
export function normalizeWithMap(text: string, options?: NormalizeOptions | NormalizePreset): NormalizedText {
  assertString("normalizeWithMap", text);
  return viewOf(text, resolveOptions("normalizeWithMap", options));
}

/** The normalized view of `text` under decided options (for nashra's own extractors). */
export function viewOf(text: string, options: Readonly<ResolvedOptions>): NormalizedText {
  const builder = new OffsetMapBuilder();
  return makeView(text, runNormalizer(text, options, builder), builder);
}
