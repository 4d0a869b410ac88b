/**
 * `nashra/numbers` — Arabic numbers in digits and in words: parse one, or extract
 * every one from running text with its exact span.
 *
 * @example
 * ```ts
 * import { extractNumbers, parseNumber } from "nashra/numbers";
 * parseNumber("مليون ونصف المليون"); // 1500000
 * ```
 *
 * @module numbers
 */

export { extractNumbers } from "./extract.js";
export { parseNumber, parseOrdinal } from "./parse.js";
export type { NumberKind, NumberMention } from "./types.js";
export type { Span } from "../core/span.js";
export { numberToWords } from "./to-words.js";
export type { CountedGender, NumberToWordsOptions } from "./to-words.js";
