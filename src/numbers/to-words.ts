/**
 * `numberToWords`: an integer in Modern Standard Arabic words (tafqit), as written
 * on cheques and invoices, in the nominative.
 *
 * @module
 */

import { describe } from "../core/errors.js";

/** The gender of what is counted: ثلاثة رجال (masculine noun), ثلاث نساء (feminine noun). */
export type CountedGender = "masculine" | "feminine";

/** Options of {@link numberToWords}. */
export interface NumberToWordsOptions {
  /** The gender of the counted noun; default "masculine". */
  gender?: CountedGender;
}

// Units 1–10 before a masculine and before a feminine counted noun (gender polarity from 3 on).
const UNITS: Readonly<Record<CountedGender, readonly string[]>> = {
  masculine: ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"],
  feminine: ["", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"],
};
const TEEN_HEADS: Readonly<Record<CountedGender, readonly string[]>> = {
  masculine: ["", "أحد", "اثنا", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"],
  feminine: ["", "إحدى", "اثنتا", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع"],
};
const TEEN_TEN: Readonly<Record<CountedGender, string>> = { masculine: "عشر", feminine: "عشرة" };
const UNIT_BEFORE_TEN: Readonly<Record<CountedGender, readonly string[]>> = {
  masculine: ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"],
  feminine: ["", "إحدى", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع"],
};
const TENS = ["", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"];
const HUNDREDS = ["", "مئة", "مئتان", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة", "ثمانمئة", "تسعمئة"];

// The magnitudes: singular, dual, plural (after 3–10), accusative (after 11–99).
const SCALES: readonly { value: number; singular: string; dual: string; plural: string; accusative: string }[] = [
  { value: 1e12, singular: "تريليون", dual: "تريليونان", plural: "تريليونات", accusative: "تريليونا" },
  { value: 1e9, singular: "مليار", dual: "ملياران", plural: "مليارات", accusative: "مليارا" },
  { value: 1e6, singular: "مليون", dual: "مليونان", plural: "ملايين", accusative: "مليونا" },
  { value: 1e3, singular: "ألف", dual: "ألفان", plural: "آلاف", accusative: "ألفا" },
];

function below100(n: number, g: CountedGender): string {
  if (n <= 10) return UNITS[g][n] as string;
  if (n < 20) return `${TEEN_HEADS[g][n - 10] as string} ${TEEN_TEN[g]}`;
  const unit = n % 10;
  const ten = TENS[Math.floor(n / 10)] as string;
  return unit === 0 ? ten : `${UNIT_BEFORE_TEN[g][unit] as string} و${ten}`;
}

function below1000(n: number, g: CountedGender): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h === 0) return below100(rest, g);
  if (rest === 0) return HUNDREDS[h] as string;
  return `${HUNDREDS[h] as string} و${below100(rest, g)}`;
}

// A count of a magnitude: ألف، ألفان، ثلاثة آلاف، أحد عشر ألفا، مئتا ألف، مئة وخمسة آلاف.
function scaled(count: number, s: (typeof SCALES)[number]): string {
  if (count === 1) return s.singular;
  if (count === 2) return s.dual;
  if (count === 200) return `مئتا ${s.singular}`;
  const rest = count % 100;
  // Magnitudes are masculine nouns, so their counts take the masculine forms.
  const words = below1000(count, "masculine");
  if (rest >= 3 && rest <= 10) return `${words} ${s.plural}`;
  if (rest >= 11) return `${words} ${s.accusative}`;
  return `${words} ${s.singular}`;
}

/**
 * Writes an integer in Arabic words, in the nominative, with the counted noun's
 * gender deciding the forms of the units (ثلاثة رجال، ثلاث نساء). Works up to
 * 10^15 in absolute value; negatives take "سالب". `parseNumber` reads every result
 * back to the same number.
 *
 * @param value - A safe integer with |value| ≤ 10^15.
 * @param options - `gender` of the counted noun, "masculine" (default) or "feminine".
 * @returns The number in words.
 * @throws TypeError when `value` is not a number; RangeError when it is not an integer in range or the gender is unknown.
 * @example
 * ```ts
 * numberToWords(1995); // "ألف وتسعمئة وخمسة وتسعون"
 * numberToWords(3, { gender: "feminine" }); // "ثلاث"
 * numberToWords(2300000); // "مليونان وثلاثمئة ألف"
 * ```
 */
export function numberToWords(value: number, options?: NumberToWordsOptions): string {
  if (typeof value !== "number") throw new TypeError(`numberToWords: value must be a number, got ${describe(value)}`);
  if (!Number.isInteger(value) || Math.abs(value) > 1e15) {
    throw new RangeError(`numberToWords: value must be an integer between -10^15 and 10^15, got ${value}`);
  }
  const gender = options?.gender ?? "masculine";
  if (gender !== "masculine" && gender !== "feminine") {
    throw new RangeError(`numberToWords: option "gender" must be "masculine" or "feminine", got ${describe(gender)}`);
  }
  if (value === 0) return "صفر";
  if (value < 0) return `سالب ${numberToWords(-value, { gender })}`;
  if (value === 1e15) return "ألف تريليون";
  const parts: string[] = [];
  let rest = value;
  for (const s of SCALES) {
    const count = Math.floor(rest / s.value);
    if (count > 0) parts.push(scaled(count, s));
    rest -= count * s.value;
  }
  if (rest > 0) parts.push(below1000(rest, gender));
  return parts.join(" و");
}
