/**
 * The single-purpose folds: each one step of `normalize`, after NFC composition.
 *
 * @module
 */

import { assertString } from "../core/errors.js";
import { runNormalizer } from "./engine.js";
import { PRESETS, type ResolvedOptions } from "./options.js";

const NONE: ResolvedOptions = { ...PRESETS.minimal, stripInvisible: false };

function step(fn: string, text: unknown, options: Partial<ResolvedOptions>): string {
  assertString(fn, text);
  return runNormalizer(text, { ...NONE, ...options }, null);
}

/**
 * Folds the alef forms آ أ إ ٱ ٲ ٳ into bare alef ا. Alef maksura ى and the
 * dagger alef U+0670 are left alone, so على stays على.
 *
 * @example
 * ```ts
 * foldAlef("أحمد إبراهيم آل"); // "احمد ابراهيم ال"
 * ```
 */
export function foldAlef(text: string): string {
  return step("foldAlef", text, { foldAlef: true });
}

/**
 * Folds taa marbuta ة into haa ه, the spelling most search keys use.
 *
 * @example
 * ```ts
 * foldTaaMarbuta("مدينة الجمعة"); // "مدينه الجمعه"
 * ```
 */
export function foldTaaMarbuta(text: string): string {
  return step("foldTaaMarbuta", text, { foldTaaMarbuta: true });
}

/**
 * Folds alef maksura ى into yaa ي (Egyptian typing writes ي as ى and back).
 *
 * @example
 * ```ts
 * foldYaa("على مستوى"); // "علي مستوي"
 * ```
 */
export function foldYaa(text: string): string {
  return step("foldYaa", text, { foldYaa: true });
}

/**
 * Deletes Arabic diacritics: harakat, tanween, shadda, sukun, the dagger alef, the
 * hamza and madda marks, Quranic annotation signs and the Extended-A/B marks.
 * Tatweel, the spacing signs ۞ ۩ ۝ ۥ ۦ and all other characters are kept.
 *
 * @param options - `keepShadda: true` keeps the shadda U+0651.
 * @example
 * ```ts
 * stripDiacritics("مُحَمَّدٌ"); // "محمد"
 * stripDiacritics("شَدَّ", { keepShadda: true }); // "شدّ"
 * ```
 */
export function stripDiacritics(text: string, options?: { keepShadda?: boolean }): string {
  const keepShadda = options?.keepShadda === true;
  return step("stripDiacritics", text, { stripDiacritics: true, keepShadda });
}

/**
 * Deletes tatweel (kashida) U+0640.
 *
 * @example
 * ```ts
 * stripTatweel("الـعـربـيـة"); // "العربية"
 * ```
 */
export function stripTatweel(text: string): string {
  return step("stripTatweel", text, { stripTatweel: true });
}

/**
 * Deletes invisible format characters — soft hyphen, ALM, Mongolian vowel
 * separator, ZWSP, ZWNJ, ZWJ, LRM, RLM, bidi embeddings, overrides and isolates,
 * word joiner, invisible operators, BOM. They are deleted, never turned into
 * spaces, because they sit inside words.
 *
 * @example
 * ```ts
 * stripInvisible("بيروت\u200F - \u200Eرويترز"); // "بيروت - رويترز"
 * ```
 */
export function stripInvisible(text: string): string {
  return step("stripInvisible", text, { stripInvisible: true });
}

/**
 * Replaces Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) by their
 * compatibility decomposition, leaving everything else as it is: ﻷ → لأ keeps
 * the hamza, ﷲ → الله, ﺑﺴﻢ → بسم.
 *
 * @example
 * ```ts
 * unfoldPresentationForms("ﻻ ﷲ"); // "لا الله"
 * ```
 */
export function unfoldPresentationForms(text: string): string {
  return step("unfoldPresentationForms", text, { unfoldPresentationForms: true });
}

/**
 * Folds Persian and Urdu letters into their Arabic counterparts: ی ے ۓ → ي,
 * ک → ك, ۀ ہ ۂ → ه.
 *
 * @example
 * ```ts
 * foldPersianLetters("فبرایر کابل"); // "فبراير كابل"
 * ```
 */
export function foldPersianLetters(text: string): string {
  return step("foldPersianLetters", text, { foldPersianLetters: true });
}

/**
 * Turns Arabic-Indic ٠–٩ and Persian ۰–۹ digits into 0–9. Between two digits the
 * decimal separator ٫ becomes "." and the thousands separator ٬ is dropped;
 * elsewhere both are left alone.
 *
 * @example
 * ```ts
 * toLatinDigits("٣٫٥٪ عام ٢٠٢٤ و١٬٢٠٠"); // "3.5٪ عام 2024 و1200"
 * ```
 */
export function toLatinDigits(text: string): string {
  return step("toLatinDigits", text, { toLatinDigits: true });
}

/**
 * Turns 0–9 and Persian ۰–۹ digits into Arabic-Indic ٠–٩; a "." between two
 * digits becomes the Arabic decimal separator ٫.
 *
 * @example
 * ```ts
 * toArabicDigits("3.5% عام 2024"); // "٣٫٥% عام ٢٠٢٤"
 * ```
 */
export function toArabicDigits(text: string): string {
  return step("toArabicDigits", text, { toArabicDigits: true });
}
