/**
 * Lines into units: the pieces of text the segmenter classifies.
 *
 * A unit is a line without its line break and the blanks around it, except where a line
 * holds more than one thing: paragraphs run together after a sentence end followed by a
 * run of spaces or a no-break space ("… واحدة . ⍽ ⍽وأوضحت …") are cut there, and
 * boilerplate glued to content by a scraper ("… الإلكتروني [email protected] /* *\/ رابط
 * الخبر …") is cut at its first character. Everything is found on the folded view; each
 * unit also knows its span in the original text.
 *
 * @module
 */

import { DIGIT_BIT, NBSP, WORD_BIT, charClasses, isClosingMark, isFiller, isLineBreak, isSentenceEnd } from "../core/chars.js";
import type { NormalizedText } from "../core/view.js";
import { Growing } from "./growing.js";
import { GLUED, MARK, OPENS, type PhraseScan, emptyScan, matchPhrases, phraseTables, tripleKey, wordStart } from "./scan.js";

/** A piece of a line. */
export interface Unit {
  /** Span in the folded text, trimmed. */
  readonly fs: number;
  readonly fe: number;
  /** Span in the original text, trimmed. */
  readonly start: number;
  readonly end: number;
  /** Blank lines between this unit and the one before (0 for a unit cut from the same line). */
  readonly gap: number;
  /** True when the unit starts in the middle of its line. */
  readonly midLine: boolean;
  /** True when the unit was cut off at a glued boilerplate or read-also phrase. */
  readonly glued: boolean;
  /** Words and numbers in the unit (a run of letters and digits is one). */
  readonly words: number;
  /** Separators of a navigation bar: "|", and "»" or ">" with spaces around them. */
  readonly separators: number;
  /** The unit holds a digit. */
  readonly digits: boolean;
}

/** The unit just cut, filled anew for every unit: `make` reads it and lets it go. */
type Cut = { -readonly [K in keyof Unit]: Unit[K] };

/** What a code unit is to the walk over a line, as bits of `charKinds()`. */
const BREAK = 1;
const END = 2;
const WORDY = 4;
const FIGURE = 8;
const BAR = 16;
const SIGN = 32;
let kindTable: Uint8Array | undefined;

// A byte per code unit: line breaks and sentence ends, which a line is cut at, what its
// units are counted by (letters and digits, digits, bar separators), and the signs a scan
// stops at (quotation marks, the first sign of a phrase: "[email", "/* ").
function charKinds(): Uint8Array {
  if (kindTable !== undefined) return kindTable;
  const cls = charClasses();
  const { signs } = phraseTables();
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const bits = cls[c] as number;
    table[c] =
      (isLineBreak(c) ? BREAK : 0) |
      (isSentenceEnd(c) ? END : 0) |
      ((bits & (WORD_BIT | DIGIT_BIT)) !== 0 ? WORDY : 0) |
      ((bits & DIGIT_BIT) !== 0 ? FIGURE : 0) |
      (c === 0x7c || c === 0xbb || c === 0x3e ? BAR : 0) |
      (signs[c] !== 0 ? SIGN : 0);
  }
  kindTable = table;
  return table;
}

// و ف ب ل ك: a one-letter proclitic a phrase may follow ("وسياسة الخصوصية").
function isProclitic(c: number): boolean {
  return c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0644 || c === 0x0643;
}

/** Words, bars and digits of a stretch, as the walk over a line counts them. */
interface Counts {
  words: number;
  bars: number;
  digits: boolean;
}

/**
 * Counts the words, navigation-bar separators and digits of `f.slice(from, to)`.
 *
 * @example
 * ```ts
 * countStretch("الرئيسية | محليات | 2024", 0, 24).words; // 3
 * ```
 */
export function countStretch(f: string, from: number, to: number): Counts {
  const kinds = charKinds();
  const out: Counts = { words: 0, bars: 0, digits: false };
  let inWord = false;
  for (let k = from; k < to; k++) {
    const c = f.charCodeAt(k);
    const bits = kinds[c] as number;
    const w = (bits & WORDY) !== 0;
    if (w && !inWord) out.words++;
    inWord = w;
    if ((bits & FIGURE) !== 0) out.digits = true;
    else if ((bits & BAR) !== 0 && isBarAt(f, k, c)) out.bars++;
  }
  return out;
}

// "|" anywhere, "»" and ">" between spaces.
function isBarAt(f: string, k: number, c: number): boolean {
  return c === 0x7c || (f.charCodeAt(k - 1) === 0x20 && f.charCodeAt(k + 1) === 0x20);
}

// A digit in [from, to): asked only of a line that holds one, where it was cut in pieces.
function hasDigit(f: string, from: number, to: number): boolean {
  const kinds = charKinds();
  for (let k = from; k < to; k++) if (((kinds[f.charCodeAt(k)] as number) & FIGURE) !== 0) return true;
  return false;
}

/** Trims a span of `text` of filler characters (white space, controls, invisibles). */
export function trimFiller(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isFiller(text.charCodeAt(s))) s++;
  while (e > s && isFiller(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

/**
 * The units of a text, in order, from its folded view. The same walk finds the phrases of
 * `scan.ts` (glued boilerplate, which cuts a line, boilerplate phrases, quotation marks)
 * and gathers them into `scan`.
 *
 * @example
 * ```ts
 * const view = viewOf("عنوان\n\nفقرة أولى.  فقرة ثانية.", MATCH_OPTIONS);
 * splitUnits("عنوان\n\nفقرة أولى.  فقرة ثانية.", view).length; // 3
 * ```
 *
 * @param make - What a unit becomes as soon as it is cut (a copy of it by default): the
 *   segmenter describes each unit there, so that only its description stays alive. The
 *   unit handed over is valid during the call only (one object is filled for every unit).
 */
export function splitUnits<T = Unit>(
  original: string,
  view: NormalizedText,
  scan: PhraseScan = emptyScan(),
  make: (unit: Unit) => T = (unit) => ({ ...unit }) as T,
): T[] {
  const f = view.text;
  const scratch: Cut = { fs: 0, fe: 0, start: 0, end: 0, gap: 0, midLine: false, glued: false, words: 0, separators: 0, digits: false };
  const n = f.length;
  const units = new Growing<T>();
  const glue = scan.glue;
  const kinds = charKinds();
  const { quads, signs, triples } = phraseTables();
  // Where paragraphs were run together on the line: the end of the sentence, the start of
  // the next one, and the words and bars counted up to the end, four by four; the first
  // `cuts` of them are this line's (the list is reused from line to line: emptying it
  // would cost a call a line).
  const splits: number[] = [];
  let cuts = 0;
  let gap = 0;
  let firstDigit = -1;
  let lastDigit = -1;
  let i = 0;
  while (i <= n) {
    // One walk over the line: its end, its words, bars and digits, the phrases that start
    // in it, and every sentence end followed by a run of white space wider than one plain
    // space (two or more, or a no-break space in the original).
    cuts = 0;
    const glueFrom = glue.length;
    let words = 0;
    let bars = 0;
    firstDigit = -1;
    lastDigit = -1;
    let e = i;
    while (e < n) {
      const c = f.charCodeAt(e);
      const k = kinds[c] as number;
      if ((k & WORDY) !== 0) {
        // A word: runs of letters and of digits, each read in a tight loop of its own.
        words++;
        let bits = k;
        do {
          const from = e;
          e++;
          if ((bits & FIGURE) !== 0) {
            if (firstDigit < 0) firstDigit = from;
            while (e < n && ((kinds[f.charCodeAt(e)] as number) & FIGURE) !== 0) e++;
            lastDigit = e - 1;
          } else {
            // The phrase table is asked only where the first letters fit. (Speech verbs are
            // looked for later, in the paragraphs read for quotations: `findVerbs`.)
            const c0 = f.charCodeAt(from);
            const c1 = f.charCodeAt(from + 1);
            const c2 = f.charCodeAt(from + 2);
            if (triples[tripleKey(c0, c1, c2)] === 1 || (isProclitic(c0) && triples[tripleKey(c1, c2, f.charCodeAt(from + 3))] === 1)) {
              wordStart(f, from, quads, scan);
            }
            while (e < n && ((kinds[f.charCodeAt(e)] as number) & (WORDY | FIGURE)) === WORDY) e++;
          }
          bits = e < n ? (kinds[f.charCodeAt(e)] as number) : 0;
        } while ((bits & WORDY) !== 0);
        continue;
      }
      if ((k & BREAK) !== 0) break;
      if ((k & SIGN) !== 0) signAt(f, e, signs[c] as number, scan);
      if ((k & BAR) !== 0 && isBarAt(f, e, c)) bars++;
      if ((k & END) === 0) {
        e++;
        continue;
      }
      let j = e + 1;
      while (j < n && isClosingMark(f.charCodeAt(j))) {
        const m = f.charCodeAt(j);
        const mk = kinds[m] as number;
        // A closing mark passed over may be a quotation mark, or a "»" between spaces.
        if ((mk & SIGN) !== 0) signAt(f, j, signs[m] as number, scan);
        if ((mk & BAR) !== 0 && isBarAt(f, j, m)) bars++;
        j++;
      }
      let m = j;
      while (m < n && ((kinds[f.charCodeAt(m)] as number) & BREAK) === 0 && isFiller(f.charCodeAt(m))) m++;
      if (m < n && m > j && ((kinds[f.charCodeAt(m)] as number) & BREAK) === 0 && (m - j >= 2 || original.charCodeAt(view.toOriginal(j)) === NBSP)) {
        splits[cuts++] = j;
        splits[cuts++] = m;
        splits[cuts++] = words;
        splits[cuts++] = bars;
      }
      e = m > e + 1 ? m : e + 1;
    }
    let s = i;
    let t = e;
    while (s < t && isFiller(f.charCodeAt(s))) s++;
    while (t > s && isFiller(f.charCodeAt(t - 1))) t--;
    if (s === t) gap++;
    else {
      // The line is cut where the first glued phrase found on it starts.
      const cut = glueFrom < glue.length ? (glue[glueFrom] as number) : t;
      // "رابط الخبر: http://…" on a line of its own is boilerplate as much as glued to one.
      const selfLink = cut === s && scan.glueKinds[glueFrom] === GLUED;
      // The glued rest is counted on its own (it is rare); what stands before it is the rest.
      const tail = cut < t ? countStretch(f, cut, t) : null;
      let from = s;
      let first = true;
      let doneWords = 0;
      let doneBars = 0;
      if (cut > s) {
        for (let q = 0; q < cuts; q += 4) {
          const j = splits[q] as number;
          const m = splits[q + 1] as number;
          if (m >= cut) break;
          const w = splits[q + 2] as number;
          const b = splits[q + 3] as number;
          if (pushUnit(units, make, scratch, original, view, from, j, first ? gap : 0, !first, false, w - doneWords, b - doneBars, digitIn(f, from, j, firstDigit, lastDigit))) first = false;
          doneWords = w;
          doneBars = b;
          from = m;
        }
        const w = words - (tail?.words ?? 0) - doneWords;
        const b = bars - (tail?.bars ?? 0) - doneBars;
        if (pushUnit(units, make, scratch, original, view, from, cut, first ? gap : 0, !first, false, w, b, digitIn(f, from, cut, firstDigit, lastDigit))) first = false;
        from = cut;
      }
      if (tail !== null) pushUnit(units, make, scratch, original, view, from, t, first ? gap : 0, !first, !first || selfLink, tail.words, tail.bars, tail.digits);
      gap = 0;
    }
    if (e >= n) break;
    // CR LF is one line break.
    i = f.charCodeAt(e) === 0x0d && f.charCodeAt(e + 1) === 0x0a ? e + 2 : e + 1;
  }
  return units.toArray();
}

// A sign the scan stops at: a quotation mark, the first sign of a phrase.
function signAt(f: string, at: number, bits: number, scan: PhraseScan): void {
  if ((bits & MARK) !== 0) scan.marks.push(at);
  if ((bits & OPENS) !== 0) matchPhrases(f, at, false, scan);
}

// A digit in [a, b) of the line just walked: known from its first and last digit, read
// again only for a piece between them.
function digitIn(f: string, a: number, b: number, firstDigit: number, lastDigit: number): boolean {
  if (firstDigit < 0 || firstDigit >= b || lastDigit < a) return false;
  if (firstDigit >= a || lastDigit < b) return true;
  return hasDigit(f, a, b);
}

// A unit of the folded stretch [a, b), trimmed; false when it holds nothing.
// (The walk's state is passed in rather than captured, so that the walk keeps it in registers.)
function pushUnit<T>(
  units: Growing<T>,
  make: (unit: Unit) => T,
  cut: Cut,
  original: string,
  view: NormalizedText,
  a: number,
  b: number,
  gapBefore: number,
  midLine: boolean,
  glued: boolean,
  words: number,
  bars: number,
  digits: boolean,
): boolean {
  const f = view.text;
  while (a < b && isFiller(f.charCodeAt(a))) a++;
  while (b > a && isFiller(f.charCodeAt(b - 1))) b--;
  if (b <= a) return false;
  const o = view.spanToOriginal({ start: a, end: b });
  let start = o.start;
  let end = o.end;
  while (start < end && isFiller(original.charCodeAt(start))) start++;
  while (end > start && isFiller(original.charCodeAt(end - 1))) end--;
  cut.fs = a;
  cut.fe = b;
  cut.start = start;
  cut.end = end;
  cut.gap = gapBefore;
  cut.midLine = midLine;
  cut.glued = glued;
  cut.words = words;
  cut.separators = bars;
  cut.digits = digits;
  units.push(make(cut));
  return true;
}
