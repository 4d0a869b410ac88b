/**
 * `numberToWords`: an integer in Modern Standard Arabic words (tafqit), as written
 * on cheques and invoices, in the nominative.
 *
 * @module
 */

import { describe } from "../core/errors.js";
import { HUNDREDS, HUNDRED_CONSTRUCTS, SCALES, type Scale, TEEN_HEADS, TEEN_TENS, TENS, UNITS } from "./lexicon.js";

/** The gender of what is counted: ثلاثة رجال (masculine noun), ثلاث نساء (feminine noun). */
export type CountedGender = "masculine" | "feminine";

/** Options of {@link numberToWords}. */
export interface NumberToWordsOptions {
  /** The gender of the counted noun; default "masculine". */
  gender?: CountedGender;
}

const gendered = (g: CountedGender, forms: readonly [number, string, string, ...string[]]): string =>
  g === "masculine" ? forms[1] : forms[2];

// Built from the lexicon on first use, so that both directions share one word list.
let tables: { units: Record<CountedGender, string[]>; heads: Record<CountedGender, string[]> } | undefined;

function words(): NonNullable<typeof tables> {
  if (tables !== undefined) return tables;
  const units = { masculine: [] as string[], feminine: [] as string[] };
  const heads = { masculine: [] as string[], feminine: [] as string[] };
  for (const g of ["masculine", "feminine"] as const) {
    for (const forms of UNITS) units[g][forms[0]] = gendered(g, forms);
    for (let v = 3; v <= 9; v++) heads[g][v] = units[g][v] as string;
    for (const forms of TEEN_HEADS) heads[g][forms[0]] = gendered(g, forms);
  }
  tables = { units, heads };
  return tables;
}

const tenWord = (v: number): string => (TENS.find((t) => t[0] === v) as readonly [number, string, string])[1];
const hundredWord = (v: number): string => (HUNDREDS.find((h) => h[0] === v) as readonly [number, string])[1];

function below100(n: number, g: CountedGender): string {
  const { units, heads } = words();
  if (n <= 10) return units[g][n] as string;
  if (n < 20) return `${heads[g][n - 10] as string} ${TEEN_TENS[g === "masculine" ? 0 : 1]}`;
  const unit = n % 10;
  const ten = tenWord(n - unit);
  if (unit === 0) return ten;
  // 21 before a feminine noun is إحدى وعشرون, not واحدة وعشرون.
  const first = unit === 1 && g === "feminine" ? (heads.feminine[1] as string) : (units[g][unit] as string);
  return `${first} و${ten}`;
}

function below1000(n: number, g: CountedGender): string {
  const h = n - (n % 100);
  const rest = n % 100;
  if (h === 0) return below100(rest, g);
  if (rest === 0) return hundredWord(h);
  return `${hundredWord(h)} و${below100(rest, g)}`;
}

// A count of a magnitude: ألف، ألفان، ثلاثة آلاف، أحد عشر ألفا، مئتا ألف، مئة وخمسة آلاف.
function scaled(count: number, s: Scale): string {
  const [singular] = s.singular;
  if (count === 1) return singular as string;
  if (count === 2) return s.dual[0] as string;
  if (count === 200) return `${HUNDRED_CONSTRUCTS[0] as string} ${singular as string}`;
  const rest = count % 100;
  // Magnitudes are masculine nouns, so their counts take the masculine forms.
  const w = below1000(count, "masculine");
  if (rest >= 3 && rest <= 10) return `${w} ${s.plural[0] as string}`;
  if (rest >= 11) return `${w} ${s.accusative[0] as string}`;
  return `${w} ${singular as string}`;
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
  if (value === 1e15) return `${(SCALES[3] as Scale).singular[0] as string} ${(SCALES[0] as Scale).singular[0] as string}`;
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
