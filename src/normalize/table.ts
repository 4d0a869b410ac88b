/**
 * The fold table: one entry per UTF-16 code unit saying what the normalizer does
 * with it, so that the engine's hot loop is a single array read per character.
 *
 * `table[c] === c` keeps c; another value above {@link LOCAL} replaces c by that
 * value; the small values below ({@link SPACE} and under) are instructions. Tables are built on first use,
 * one per combination of options, never at import time.
 *
 * @module
 */

import {
  ALEF,
  ALEF_MAKSURA,
  ALEF_VARIANTS,
  ARABIC_DECIMAL_SEPARATOR,
  ARABIC_THOUSANDS_SEPARATOR,
  HAA,
  PERSIAN_FOLDS,
  TAA_MARBUTA,
  TATWEEL,
  WAW,
  WAW_HAMZA,
  YAA,
  YAA_HAMZA,
  composesBackward,
  isInvisible,
  isMark,
  isPresentationForm,
  isWhitespace,
} from "../core/chars.js";
import { type ResolvedOptions, optionKey } from "./options.js";

/** Delete the code unit. */
export const DELETE = 0;
/** The code unit needs Unicode composition with its neighbours (or is a surrogate). */
export const NF = 1;
/** A combining mark: it belongs to the character before it. */
export const MARK = 2;
/** Decided by context: a digit separator. */
export const LOCAL = 3;
/** White space, collapsed into one space (with the `whitespace` option). */
export const SPACE = 4;

/** Per composition form, a byte per code unit: 1 where the code unit alone is not stable. */
const unstable: { NFC?: Uint8Array; NFKC?: Uint8Array } = {};

// Blocks whose every character is stable under NFC and NFKC, skipped when the
// table is built: Basic Latin, the Arabic letters, CJK ideographs, Hangul syllables, Yi.
const STABLE_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0000, 0x009f],
  [0x0621, 0x064a],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
];

function unstableUnits(form: "NFC" | "NFKC"): Uint8Array {
  const cached = unstable[form];
  if (cached) return cached;
  const bits = new Uint8Array(0x10000);
  let block = 0;
  for (let c = 0; c < 0x10000; c++) {
    const b = STABLE_BLOCKS[block];
    if (b && c >= b[0]) {
      if (c <= b[1]) {
        c = b[1];
        block++;
        continue;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      bits[c] = 1;
      continue;
    }
    const s = String.fromCharCode(c);
    if (s.normalize(form) !== s) bits[c] = 1;
  }
  unstable[form] = bits;
  return bits;
}

const tables = new Map<number, Uint16Array>();

/** The table for a set of options, built on first use and kept. */
export function foldTable(o: ResolvedOptions): Uint16Array {
  const key = optionKey(o);
  const cached = tables.get(key);
  if (cached) return cached;
  const table = buildTable(o);
  tables.set(key, table);
  return table;
}

function buildTable(o: ResolvedOptions): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  const set = (c: number, v: number): void => {
    if (t[c] === c) t[c] = v;
  };
  // Instructions first, white space before all: they win over the folds below, which
  // only touch plain code units.
  const bits = unstableUnits(o.nfkc ? "NFKC" : "NFC");
  for (let c = 0; c < 0x10000; c++) {
    if (o.whitespace && isWhitespace(c)) t[c] = SPACE;
    else if (c < 0x80) continue;
    else if (isMark(c) || composesBackward(c)) t[c] = MARK;
    else if (bits[c] === 1) t[c] = NF;
    else if (o.unfoldPresentationForms && isPresentationForm(c) && String.fromCharCode(c).normalize("NFKC") !== String.fromCharCode(c)) t[c] = NF;
    else if (o.stripInvisible && isInvisible(c)) t[c] = DELETE;
  }
  if (o.stripTatweel) set(TATWEEL, DELETE);
  if (o.foldAlef) for (const c of ALEF_VARIANTS) set(c, ALEF);
  if (o.foldTaaMarbuta) set(TAA_MARBUTA, HAA);
  if (o.foldYaa) set(ALEF_MAKSURA, YAA);
  if (o.hamza) {
    set(WAW_HAMZA, WAW);
    set(YAA_HAMZA, YAA);
  }
  if (o.foldPersianLetters) for (const [from, to] of PERSIAN_FOLDS) set(from, to);
  if (o.toLatinDigits) {
    for (let d = 0; d < 10; d++) {
      set(0x0660 + d, 0x30 + d);
      set(0x06f0 + d, 0x30 + d);
    }
    set(ARABIC_DECIMAL_SEPARATOR, LOCAL);
    set(ARABIC_THOUSANDS_SEPARATOR, LOCAL);
  }
  if (o.toArabicDigits) {
    for (let d = 0; d < 10; d++) {
      set(0x30 + d, 0x0660 + d);
      set(0x06f0 + d, 0x0660 + d);
    }
    set(0x2e, LOCAL);
  }
  return t;
}
