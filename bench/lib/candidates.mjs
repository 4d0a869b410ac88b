// The things the benchmarks time, in one place so that the throughput run, the
// scaling check and the memory children all call exactly the same code.
//
// nashra is imported from the BUILT package (dist/*.js, run `npm run build` first),
// each operation from the entry point a user would import it from. Every operation
// is feature-detected: one the build does not export yet is `null` here, and the
// scripts print "not available yet" for it instead of a number.

import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
export const DIST = join(ROOT, "dist");

/** The publication date given to the date-resolving operations, so that every run does the same work. */
export const REFERENCE = "2025-10-14";

async function entry(file) {
  const path = join(DIST, file);
  if (!existsSync(path)) return {};
  return import(pathToFileURL(path).href);
}

const fn = (mod, name) => (typeof mod[name] === "function" ? mod[name] : null);

/** nashra's operations from dist/, each a function or null when not built yet. */
export async function loadNashra() {
  if (!existsSync(join(DIST, "index.js"))) {
    throw new Error("dist/index.js is missing: run `npm run build` first (npm run bench does it for you)");
  }
  const [norm, nums, dates, seg, root] = await Promise.all(
    ["normalize.js", "numbers.js", "dates.js", "segment.js", "index.js"].map(entry),
  );
  return {
    normalize: fn(norm, "normalize"),
    normalizeWithMap: fn(norm, "normalizeWithMap"),
    extractNumbers: fn(nums, "extractNumbers"),
    extractDates: fn(dates, "extractDates"),
    segmentArticle: fn(seg, "segmentArticle"),
    analyzeArticle: fn(root, "analyzeArticle"),
  };
}

// --- the hand-written equivalent of normalize(t, "search") -------------------------
//
// What a developer writes without nashra: the same folds, in the order of the search
// preset, one String.prototype.replace per step (plus the one-line NFKC call). The
// character sets are the ones nashra documents (docs/normalize.md, src/core/chars.ts),
// so both sides do the same work; run.mjs checks that the outputs are identical.
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const DIACRITICS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u0898-\u089f\u08ca-\u08e1\u08e3-\u08ff]/g;
const TATWEEL = /\u0640/g;
const ALEF_VARIANTS = /[\u0622\u0623\u0625\u0671\u0672\u0673]/g; // آ أ إ ٱ ٲ ٳ → ا
const TAA_MARBUTA = /\u0629/g; // ة → ه
const ALEF_MAKSURA = /\u0649/g; // ى → ي
const PERSIAN_YAA = /[\u06cc\u06d2\u06d3]/g; // ی ے ۓ → ي
const KEHEH = /\u06a9/g; // ک → ك
const PERSIAN_HAA = /[\u06c0\u06c1\u06c2]/g; // ۀ ہ ۂ → ه
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g; // ٠–٩ ۰–۹ → 0–9
const DECIMAL_SEPARATOR = /(?<=\d)\u066b(?=\d)/g; // ٫ between digits → "."
const THOUSANDS_SEPARATOR = /(?<=\d)\u066c(?=\d)/g; // ٬ between digits → deleted
const WHITESPACE_RUN = /[\s\u0085]+/g; // collapsed to one space, then trimmed

const latinDigit = (d) => String.fromCharCode(0x30 + d.charCodeAt(0) - (d.charCodeAt(0) >= 0x06f0 ? 0x06f0 : 0x0660));

export function regexChain(text) {
  return text
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(DIACRITICS, "")
    .replace(TATWEEL, "")
    .replace(ALEF_VARIANTS, "ا")
    .replace(TAA_MARBUTA, "ه")
    .replace(ALEF_MAKSURA, "ي")
    .replace(PERSIAN_YAA, "ي")
    .replace(KEHEH, "ك")
    .replace(PERSIAN_HAA, "ه")
    .replace(EASTERN_DIGITS, latinDigit)
    .replace(DECIMAL_SEPARATOR, ".")
    .replace(THOUSANDS_SEPARATOR, "")
    .replace(WHITESPACE_RUN, " ")
    .trim();
}

// --- the physical floor ----------------------------------------------------------------

/** Copying the text: Buffer.from(t, "utf16le") is a memcpy of its code units. */
export const copyFloor = (text) => Buffer.from(text, "utf16le").length;

/** Reading every code unit once, with the sum kept so the loop cannot be optimised away. */
export function scanFloor(text) {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

// --- arabic-text-normalizer ------------------------------------------------------------
//
// Its defaults delete every Arabic-Indic digit and all punctuation, which is less work
// of a different kind; it is run with those two steps off, the configuration closest to
// the search preset (and the cheapest for it: fewer passes).
export const ATN_OPTIONS = { verseNumbers: false, punctuation: false };

export async function loadArabicTextNormalizer() {
  const mod = await import("arabic-text-normalizer");
  return (text) => mod.normalize(text, ATN_OPTIONS);
}

export async function loadChronoAr() {
  const chrono = await import("chrono-node");
  return (text) => chrono.ar.parse(text, new Date(`${REFERENCE}T12:00:00Z`));
}

/**
 * nashra's operations by name, for the scaling and memory checks: [name, function or
 * null when not built yet]. The comparison candidates are added with `others`.
 */
export function operations(nashra, { others = false, atn = null } = {}) {
  const ops = [
    ["normalize", nashra.normalize && ((t) => nashra.normalize(t, "search"))],
    ["normalizeWithMap", nashra.normalizeWithMap && ((t) => nashra.normalizeWithMap(t, "search"))],
    ["extractNumbers", nashra.extractNumbers],
    ["extractDates", nashra.extractDates && ((t) => nashra.extractDates(t, { reference: REFERENCE }))],
    ["segmentArticle", nashra.segmentArticle],
    ["analyzeArticle", nashra.analyzeArticle && ((t) => nashra.analyzeArticle(t, { published: REFERENCE }))],
  ];
  if (others) ops.push(["replace chain", regexChain], ["arabic-text-normalizer", atn]);
  return ops;
}

/** The run.mjs section an operation belongs to, for --only. */
export const SECTION_OF = {
  normalize: "normalize",
  normalizeWithMap: "normalize",
  "replace chain": "normalize",
  "arabic-text-normalizer": "normalize",
  extractNumbers: "numbers",
  extractDates: "dates",
  segmentArticle: "segment",
  analyzeArticle: "analyze",
};
