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

import { NBSP, isClosingMark, isFiller, isLineBreak, isSentenceEnd } from "../core/chars.js";
import type { NormalizedText } from "../core/view.js";
import { GLUED, type PhraseScan, scanPhrases } from "./scan.js";

/** A piece of a line. */
export interface Unit {
  /** Span in the folded text, trimmed. */
  readonly fs: number;
  readonly fe: number;
  /** Span in the original text, trimmed. */
  readonly start: number;
  readonly end: number;
  /** Index of the line it stands on. */
  readonly line: number;
  /** Blank lines between this unit and the one before (0 for a unit cut from the same line). */
  readonly gap: number;
  /** True when the unit starts in the middle of its line. */
  readonly midLine: boolean;
  /** True when the unit was cut off at a glued boilerplate or read-also phrase. */
  readonly glued: boolean;
}

const PLAIN = 0;
const BREAK = 1;
const END = 2;
let kindTable: Uint8Array | undefined;

// A byte per code unit: line breaks and sentence ends, the two things a line is read for.
function charKinds(): Uint8Array {
  if (kindTable !== undefined) return kindTable;
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = isLineBreak(c) ? BREAK : isSentenceEnd(c) ? END : PLAIN;
  kindTable = table;
  return table;
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
 * The units of a text, in order, from its folded view and the glued phrases found in it.
 *
 * @example
 * ```ts
 * const view = viewOf("عنوان\n\nفقرة أولى.  فقرة ثانية.", MATCH_OPTIONS);
 * splitUnits("عنوان\n\nفقرة أولى.  فقرة ثانية.", view).length; // 3
 * ```
 */
export function splitUnits(original: string, view: NormalizedText, scan: PhraseScan = scanPhrases(view.text)): Unit[] {
  const f = view.text;
  const n = f.length;
  const units: Unit[] = [];
  const glue = scan.glue;
  const kinds = charKinds();
  // Where paragraphs were run together on the line: the end of the sentence and the start
  // of the next one, in pairs.
  const splits: number[] = [];
  let g = 0;
  let gap = 0;
  let line = 0;
  let i = 0;
  while (i <= n) {
    // One walk over the line: its end, and every sentence end followed by a run of white
    // space wider than one plain space (two or more, or a no-break space in the original).
    splits.length = 0;
    let e = i;
    while (e < n) {
      const k = kinds[f.charCodeAt(e)] as number;
      if (k === PLAIN) {
        e++;
        continue;
      }
      if (k === BREAK) break;
      let j = e + 1;
      while (j < n && isClosingMark(f.charCodeAt(j))) j++;
      let m = j;
      while (m < n && kinds[f.charCodeAt(m)] !== BREAK && isFiller(f.charCodeAt(m))) m++;
      if (m < n && m > j && kinds[f.charCodeAt(m)] !== BREAK && (m - j >= 2 || original.charCodeAt(view.toOriginal(j)) === NBSP)) {
        splits.push(j, m);
      }
      e = m > e + 1 ? m : e + 1;
    }
    let s = i;
    let t = e;
    while (s < t && isFiller(f.charCodeAt(s))) s++;
    while (t > s && isFiller(f.charCodeAt(t - 1))) t--;
    if (s === t) gap++;
    else {
      while (g < glue.length && (glue[g] as number) < s) g++;
      const cut = g < glue.length && (glue[g] as number) < t ? (glue[g] as number) : t;
      // "رابط الخبر: http://…" on a line of its own is boilerplate as much as glued to one.
      const selfLink = cut === s && scan.glueKinds[g] === GLUED;
      let from = s;
      let first = true;
      if (cut > s) {
        for (let q = 0; q < splits.length; q += 2) {
          const j = splits[q] as number;
          const m = splits[q + 1] as number;
          if (m >= cut) break;
          if (push(from, j, first ? gap : 0, !first, false)) first = false;
          from = m;
        }
        if (push(from, cut, first ? gap : 0, !first, false)) first = false;
        from = cut;
      }
      if (from < t) push(from, t, first ? gap : 0, !first, !first || selfLink);
      gap = 0;
    }
    if (e >= n) break;
    // CR LF is one line break.
    i = f.charCodeAt(e) === 0x0d && f.charCodeAt(e + 1) === 0x0a ? e + 2 : e + 1;
    line++;
  }
  return units;

  // A unit of the folded stretch [a, b), trimmed; false when it holds nothing.
  function push(a: number, b: number, gapBefore: number, midLine: boolean, glued: boolean): boolean {
    while (a < b && isFiller(f.charCodeAt(a))) a++;
    while (b > a && isFiller(f.charCodeAt(b - 1))) b--;
    if (b <= a) return false;
    const o = view.spanToOriginal({ start: a, end: b });
    let start = o.start;
    let end = o.end;
    while (start < end && isFiller(original.charCodeAt(start))) start++;
    while (end > start && isFiller(original.charCodeAt(end - 1))) end--;
    units.push({ fs: a, fe: b, start, end, line, gap: gapBefore, midLine, glued });
    return true;
  }
}
