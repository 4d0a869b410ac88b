/**
 * `nashra/normalize` — Arabic orthographic normalization with a map back to the original text.
 *
 * @example
 * ```ts
 * import { normalize, normalizeWithMap } from "nashra/normalize";
 * normalize("أعلنَت الحكومةُ"); // "اعلنت الحكومه"
 * ```
 *
 * @module normalize
 */

export { normalize, normalizeWithMap } from "./normalize.js";
export type { NormalizedText } from "../core/view.js";
export type { NormalizeOptions, NormalizePreset } from "./options.js";
export {
  foldAlef,
  foldPersianLetters,
  foldTaaMarbuta,
  foldYaa,
  stripDiacritics,
  stripInvisible,
  stripTatweel,
  toArabicDigits,
  toLatinDigits,
  unfoldPresentationForms,
} from "./folds.js";
export type { Span } from "../core/span.js";
