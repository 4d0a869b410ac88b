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

import { NBSP, isClosingMark, isFiller, isLetter, isLineBreak, isSentenceEnd, unitAt } from "../core/chars.js";
import type { NormalizedText } from "../core/view.js";
import { lexicon } from "./lexicon.js";

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

/** Trims a span of `text` of filler characters (white space, controls, invisibles). */
export function trimFiller(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isFiller(text.charCodeAt(s))) s++;
  while (e > s && isFiller(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

// Every place where a glued phrase starts, ascending. One indexOf pass per phrase.
function gluePoints(f: string): number[] {
  const points: number[] = [];
  const lex = lexicon();
  for (const { text, needsColon } of lex.glued) collect(f, text, points, needsColon);
  // "… المقبل.اطبعأرسل إلى صديقشارك": share prompts glued to a sentence end.
  for (let i = f.indexOf(".", 0); i >= 0; i = f.indexOf(".", i + 1)) {
    if (!isLetter(unitAt(f, i + 1)) || !isLetter(unitAt(f, i - 1))) continue;
    for (const cue of lex.prompts) {
      if (f.startsWith(cue, i + 1)) {
        points.push(i + 1);
        break;
      }
    }
  }
  return points.sort((a, b) => a - b);
}

function collect(f: string, phrase: string, points: number[], needsColon: boolean): void {
  for (let at = f.indexOf(phrase); at >= 0; at = f.indexOf(phrase, at + phrase.length)) {
    if (at > 0 && isLetter(f.charCodeAt(at - 1))) continue;
    if (needsColon && !colonSoon(f, at + phrase.length)) continue;
    points.push(at);
  }
}

// A letter cue glued in a line is taken only when a label colon or a link follows it soon.
function colonSoon(f: string, from: number): boolean {
  const end = Math.min(f.length, from + 40);
  for (let i = from; i < end; i++) {
    const c = f.charCodeAt(i);
    if (c === 0x3a) return true;
    if (isLineBreak(c)) return false;
    if (c === 0x68 && f.startsWith("http", i)) return true;
  }
  return false;
}

/**
 * The units of a text, in order, from its folded view.
 *
 * @example
 * ```ts
 * const view = viewOf("عنوان\n\nفقرة أولى.  فقرة ثانية.", MATCH_OPTIONS);
 * splitUnits("عنوان\n\nفقرة أولى.  فقرة ثانية.", view).length; // 3
 * ```
 */
export function splitUnits(original: string, view: NormalizedText): Unit[] {
  const f = view.text;
  const n = f.length;
  const units: Unit[] = [];
  const glue = gluePoints(f);
  let g = 0;
  let gap = 0;
  let line = 0;
  let i = 0;
  while (i <= n) {
    let e = i;
    while (e < n && !isLineBreak(f.charCodeAt(e))) e++;
    const [s, t] = trimFiller(f, i, e);
    if (s === t) gap++;
    else {
      while (g < glue.length && (glue[g] as number) < s) g++;
      const cut = g < glue.length && (glue[g] as number) < t ? (glue[g] as number) : t;
      let from = s;
      let first = true;
      if (cut > s) {
        for (const [a, b] of runTogether(original, view, s, cut)) {
          units.push(makeUnit(original, view, a, b, line, first ? gap : 0, !first, false));
          first = false;
        }
        from = cut;
      }
      if (from < t) units.push(makeUnit(original, view, from, t, line, first ? gap : 0, !first, !first));
      gap = 0;
    }
    if (e >= n) break;
    // CR LF is one line break.
    i = f.charCodeAt(e) === 0x0d && f.charCodeAt(e + 1) === 0x0a ? e + 2 : e + 1;
    line++;
  }
  return units;
}

function makeUnit(
  original: string,
  view: NormalizedText,
  fs: number,
  fe: number,
  line: number,
  gap: number,
  midLine: boolean,
  glued: boolean,
): Unit {
  const o = view.spanToOriginal({ start: fs, end: fe });
  const [start, end] = trimFiller(original, o.start, o.end);
  return { fs, fe, start, end, line, gap, midLine, glued };
}

// The pieces of [s, e) between sentence ends followed by a run of white space that is
// wider than one plain space (two or more, or a no-break space in the original).
function* runTogether(original: string, view: NormalizedText, s: number, e: number): Generator<[number, number]> {
  const f = view.text;
  let from = s;
  let i = s;
  while (i < e) {
    const c = f.charCodeAt(i);
    if (!isSentenceEnd(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < e && isClosingMark(f.charCodeAt(j))) j++;
    let k = j;
    while (k < e && isFiller(f.charCodeAt(k))) k++;
    if (k < e && k > j && (k - j >= 2 || original.charCodeAt(view.toOriginal(j)) === NBSP)) {
      const [a, b] = trimFiller(f, from, j);
      if (b > a) yield [a, b];
      from = k;
    }
    i = k > i + 1 ? k : i + 1;
  }
  const [a, b] = trimFiller(f, from, e);
  if (b > a) yield [a, b];
}
