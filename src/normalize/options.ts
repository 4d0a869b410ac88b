/**
 * Normalization options and presets, as plain values: the rules live in the table,
 * the walking in the engine, the choices here.
 *
 * @module
 */

import { describe } from "../core/errors.js";

/** The three ready-made settings of `normalize`. */
export type NormalizePreset = "search" | "display" | "minimal";

/**
 * What `normalize` does; every step is off unless set. Whatever is set, the text is
 * first composed to NFC (or NFKC with `nfkc`), which changes no meaning: ا followed
 * by a separate hamza mark U+0654 becomes أ, and marks come in canonical order.
 */
export interface NormalizeOptions {
  /** Start from a preset and change only the steps named beside it. */
  preset?: NormalizePreset;
  /** Compose with compatibility mappings (NFKC) instead of NFC: ligatures, presentation forms, full-width and super-script characters, NBSP become their plain forms. */
  nfkc?: boolean;
  /** Delete invisible format characters (RLM, LRM, ALM, ZWJ, ZWNJ, BOM, soft hyphen, bidi controls). */
  stripInvisible?: boolean;
  /** Delete Arabic combining marks: harakat, tanween, shadda, sukun, dagger alef, Quranic signs. */
  stripDiacritics?: boolean;
  /** With `stripDiacritics`, keep the shadda U+0651. */
  keepShadda?: boolean;
  /** Delete tatweel (kashida) U+0640. */
  stripTatweel?: boolean;
  /** آ أ إ ٱ ٲ ٳ → ا. */
  foldAlef?: boolean;
  /** ة → ه. */
  foldTaaMarbuta?: boolean;
  /** ى → ي. */
  foldYaa?: boolean;
  /** ؤ → و and ئ → ي (the hamza seats; off in every preset). */
  hamza?: boolean;
  /** Replace Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) by their letters: ﻷ → لأ, ﷲ → الله. */
  unfoldPresentationForms?: boolean;
  /** ی ے ۓ → ي, ک → ك, ۀ ہ ۂ → ه. */
  foldPersianLetters?: boolean;
  /** ٠–٩ and ۰–۹ → 0–9; ٫ between digits → ".", ٬ between digits deleted. */
  toLatinDigits?: boolean;
  /** 0–9 and ۰–۹ → ٠–٩; "." between digits → ٫. */
  toArabicDigits?: boolean;
  /** Collapse every run of white space (line breaks included) into one space, and trim both ends. */
  whitespace?: boolean;
}

/** The options with every step decided. */
export type ResolvedOptions = Required<Omit<NormalizeOptions, "preset">>;

/** The option names, in the order of the bit key. */
export const OPTION_NAMES = [
  "nfkc",
  "stripInvisible",
  "stripDiacritics",
  "keepShadda",
  "stripTatweel",
  "foldAlef",
  "foldTaaMarbuta",
  "foldYaa",
  "hamza",
  "unfoldPresentationForms",
  "foldPersianLetters",
  "toLatinDigits",
  "toArabicDigits",
  "whitespace",
] as const satisfies readonly (keyof ResolvedOptions)[];

/** Options with exactly the named steps on. */
function steps(...on: (keyof ResolvedOptions)[]): ResolvedOptions {
  const o = {} as ResolvedOptions;
  for (const name of OPTION_NAMES) o[name] = on.includes(name);
  return o;
}

const OFF = steps();

/**
 * The presets. `search` is the aggressive key for indexing and matching; `display`
 * cleans what a reader sees and keeps every letter and diacritic; `minimal` only
 * composes and removes invisibles.
 */
export const PRESETS: Readonly<Record<NormalizePreset, Readonly<ResolvedOptions>>> = {
  search: steps(
    "nfkc",
    "stripInvisible",
    "stripDiacritics",
    "stripTatweel",
    "foldAlef",
    "foldTaaMarbuta",
    "foldYaa",
    "unfoldPresentationForms",
    "foldPersianLetters",
    "toLatinDigits",
    "whitespace",
  ),
  display: steps("stripInvisible", "stripTatweel", "unfoldPresentationForms", "whitespace"),
  minimal: steps("stripInvisible"),
};

/** A bit per option: the cache key of the fold table. */
export function optionKey(o: ResolvedOptions): number {
  let key = 0;
  for (let b = 0; b < OPTION_NAMES.length; b++) if (o[OPTION_NAMES[b] as keyof ResolvedOptions]) key |= 1 << b;
  return key;
}

function preset(fn: string, name: unknown): Readonly<ResolvedOptions> {
  if (typeof name !== "string" || !Object.hasOwn(PRESETS, name)) {
    throw new RangeError(`${fn}: unknown preset ${JSON.stringify(name)}; expected one of "search", "display", "minimal"`);
  }
  return PRESETS[name as NormalizePreset];
}

/** Turns what the caller passed into decided options, or throws naming `fn`. */
export function resolveOptions(
  fn: string,
  options: NormalizeOptions | NormalizePreset | undefined,
): Readonly<ResolvedOptions> {
  if (options === undefined) return PRESETS.search;
  if (typeof options === "string") return preset(fn, options);
  if (options === null || typeof options !== "object") {
    throw new TypeError(`${fn}: options must be an object or a preset name, got ${describe(options)}`);
  }
  let base: ResolvedOptions = OFF;
  const out: ResolvedOptions = { ...OFF };
  for (const key of Object.keys(options)) {
    const value = (options as Record<string, unknown>)[key];
    if (key === "preset") {
      if (value !== undefined) base = preset(fn, value);
      continue;
    }
    if (!(OPTION_NAMES as readonly string[]).includes(key)) {
      throw new RangeError(`${fn}: unknown option "${key}"; valid options are preset, ${OPTION_NAMES.join(", ")}`);
    }
    if (value !== undefined && typeof value !== "boolean") {
      throw new TypeError(`${fn}: option "${key}" must be a boolean, got ${describe(value)}`);
    }
  }
  for (const name of OPTION_NAMES) {
    const value = (options as Record<string, unknown>)[name];
    out[name] = typeof value === "boolean" ? value : base[name];
  }
  if (out.toLatinDigits && out.toArabicDigits) {
    throw new RangeError(`${fn}: options "toLatinDigits" and "toArabicDigits" cannot both be set`);
  }
  return out;
}
