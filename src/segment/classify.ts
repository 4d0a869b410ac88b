/**
 * What each unit looks like: its cue, its length and shape. The facts every later step
 * decides on, computed once per unit in one walk over its folded text.
 *
 * @module
 */

import { isArabicLetter, isBullet, isClosingMark, isDiacritic, isDigit, isSentenceEnd, isWordChar } from "../core/chars.js";
import { nextToken } from "../core/tokens.js";
import { isDateLine } from "./date-line.js";
import { type LineCueKind, lexicon, longestPrefix, longestSuffix } from "./lexicon.js";
import type { Unit } from "./lines.js";

/** How many leading tokens are kept: the longest cue, its colon and a self-link after it. */
const HEAD_TOKENS = 8;
/** A line longer than this is never a date line, a credit or a cue line. */
const SHORT_CHARS = 200;

/**
 * How many words a line may hold beyond its cue and still be the cue's line: "بحث" opens
 * a search box and a sentence ("بحث الرئيس …"); only the short line is navigation.
 */
const CUE_ROOM: Readonly<Record<LineCueKind, number>> = {
  readAlso: 60,
  related: 30,
  tags: 30,
  source: 10,
  byline: 8,
  boilerplate: 4,
  footer: 12,
  caption: 25,
  signature: 15,
};

/** A unit with the facts about it. */
export interface Info {
  readonly unit: Unit;
  /** Folded, lower-cased leading tokens (punctuation tokens included), bullets skipped. */
  readonly head: readonly string[];
  /** Folded offset where each of `head` starts. */
  readonly headAt: readonly number[];
  /** Words and numbers in the unit. */
  readonly words: number;
  /** The last visible character ends a sentence (. ! ? ؟ …), closing marks read through. */
  readonly endsSentence: boolean;
  /** The last visible character is a colon. */
  readonly endsColon: boolean;
  /** The unit opens with a bullet followed by a space ("• ", "- ", "* "). */
  readonly bullet: boolean;
  /** Folded offset of the text after a leading bullet. */
  readonly afterBullet: number;
  /** Separators of a navigation bar: | » > between words. */
  readonly bars: number;
  /** The cue at the start of the unit, if any. */
  readonly cue: { kind: LineCueKind; tokens: number } | null;
  /** The unit ends with a caption cue ("… صورة أرشيفية"). */
  readonly captionEnd: boolean;
  /** The unit reads as a date line. */
  readonly date: boolean;
  /** Boilerplate phrases found anywhere in the unit. */
  readonly phrases: number;
  /** The unit is a closing formula ("والله من وراء القصد"). */
  readonly closing: boolean;
  /** The last word, folded: a line ending with "في" or "تحت" was wrapped mid-sentence. */
  readonly lastWord: string;
  /** Length in folded code units. */
  readonly length: number;
}

/**
 * The facts about every unit, in order.
 *
 * @example
 * ```ts
 * const text = "إقرأ أيضاً:\nعنوان خبر آخر";
 * const view = viewOf(text, MATCH_OPTIONS);
 * const infos = describeUnits(splitUnits(text, view), view.text);
 * infos[0]?.cue?.kind; // "readAlso"
 * ```
 */
export function describeUnits(units: readonly Unit[], f: string, phraseHits = boilerplateHits(f)): Info[] {
  const lex = lexicon();
  let h = 0;
  const out: Info[] = [];
  for (const unit of units) {
    const { fs, fe } = unit;
    const head: string[] = [];
    const headAt: number[] = [];
    let bullet = false;
    let afterBullet = fs;
    // The head: leading punctuation (bullets) skipped, then up to HEAD_TOKENS tokens.
    let t = nextToken(f, fs);
    for (; t !== null && t.start < fe && t.kind === "punct"; t = nextToken(f, t.end)) {
      const c = f.charCodeAt(t.start);
      if (c === 0xa9) break;
      if (t.start === fs && isBullet(c) && t.end < fe && f.charCodeAt(t.end) === 0x20) bullet = true;
      afterBullet = t.end;
    }
    for (; t !== null && t.start < fe && head.length < HEAD_TOKENS; t = nextToken(f, t.end)) {
      const token = f.slice(t.start, t.end);
      const c = token.charCodeAt(0);
      head.push(c < 0x80 ? token.toLowerCase() : token); // Latin cues ignore case
      headAt.push(t.start);
    }
    while (afterBullet < fe && f.charCodeAt(afterBullet) === 0x20) afterBullet++;
    const words = countWords(f, fs, fe);
    const bars = words > 0 ? countBars(f, fs, fe) : 0;
    let k = fe - 1;
    while (k > fs && isClosingMark(f.charCodeAt(k))) k--;
    const last = f.charCodeAt(k);
    const short = fe - fs <= SHORT_CHARS;
    const match = longestPrefix(lex.lineCues, head);
    const found = match !== null && words <= match.tokens + CUE_ROOM[match.value] ? match : null;
    while (h < phraseHits.length && (phraseHits[h] as number) < fs) h++;
    let phrases = 0;
    for (let q = h; q < phraseHits.length && (phraseHits[q] as number) < fe; q++) phrases++;
    const tail = short && words <= 30 ? lastWords(f, fs, fe, TAIL_WORDS) : [];
    out.push({
      unit,
      head,
      headAt,
      words,
      endsSentence: isSentenceEnd(last),
      endsColon: last === 0x3a,
      bullet,
      afterBullet,
      bars,
      cue: found === null ? null : { kind: found.value, tokens: found.tokens },
      captionEnd: tail.length > 0 && (longestSuffix(lex.captionEnds, tail) > 0 || creditInParentheses(f, fs, fe)),
      date: short && words <= 24 && isDateLine(f, fs, fe),
      phrases,
      closing: words <= TAIL_WORDS && tail.length === words && lex.closings.map.has(tail.join(" ")),
      lastWord: lastWord(f, fs, fe),
      length: fe - fs,
    });
  }
  return out;
}

// "… خلال الافتتاح (تصوير: علي حسن)": a photo credit in parentheses closes a caption.
function creditInParentheses(f: string, fs: number, fe: number): boolean {
  let e = fe;
  while (e > fs && isClosingMark(f.charCodeAt(e - 1)) && f.charCodeAt(e - 1) !== 0x29) e--;
  if (f.charCodeAt(e - 1) !== 0x29) return false;
  const open = f.lastIndexOf("(", e - 1);
  if (open < fs || e - open > 40) return false;
  const words: string[] = [];
  for (let t = nextToken(f, open + 1); t !== null && t.start < e - 1 && words.length < 3; t = nextToken(f, t.end)) {
    if (t.kind === "punct") break;
    words.push(f.slice(t.start, t.end));
  }
  return words.length > 0 && longestPrefix(lexicon().captionEnds, words) !== null;
}

/** How many words at the end of a unit are read for caption cues and closing formulas. */
const TAIL_WORDS = 5;

/** Where each boilerplate phrase occurs in the folded text, ascending: one native search per phrase. */
export function boilerplateHits(f: string): number[] {
  const out: number[] = [];
  for (const p of lexicon().phrases) for (let at = f.indexOf(p); at >= 0; at = f.indexOf(p, at + p.length)) out.push(at);
  return out.sort((a, b) => a - b);
}

// A character inside a word or a number, with a fast path for ASCII and the Arabic block.
function wordy(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (c >= 0x0600 && c <= 0x06ff) return isArabicLetter(c) || isDigit(c) || isDiacritic(c) || c === 0x0640;
  return isWordChar(c) || isDigit(c);
}

// Words and numbers in [fs, fe).
function countWords(f: string, fs: number, fe: number): number {
  let words = 0;
  let inWord = false;
  for (let i = fs; i < fe; i++) {
    const w = wordy(f.charCodeAt(i));
    if (w && !inWord) words++;
    inWord = w;
  }
  return words;
}

// The separators of a navigation bar: "|", and "»" or ">" with spaces around them.
function countBars(f: string, fs: number, fe: number): number {
  let bars = 0;
  for (let i = fs; i < fe; i++) {
    const c = f.charCodeAt(i);
    if (c === 0x7c || ((c === 0xbb || c === 0x3e) && f.charCodeAt(i - 1) === 0x20 && f.charCodeAt(i + 1) === 0x20)) bars++;
  }
  return bars;
}

// The last `count` words of [fs, fe), folded and lower-cased, in text order.
function lastWords(f: string, fs: number, fe: number, count: number): string[] {
  const out: string[] = [];
  let e = fe;
  while (out.length < count) {
    while (e > fs && !wordy(f.charCodeAt(e - 1))) e--;
    if (e <= fs) break;
    let s = e;
    while (s > fs && wordy(f.charCodeAt(s - 1))) s--;
    out.push(f.slice(s, e).toLowerCase());
    e = s;
  }
  return out.reverse();
}

function lastWord(f: string, fs: number, fe: number): string {
  let e = fe;
  while (e > fs && !isWordChar(f.charCodeAt(e - 1)) && !isDigit(f.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > fs && (isWordChar(f.charCodeAt(s - 1)) || isDigit(f.charCodeAt(s - 1)))) s--;
  return f.slice(s, e);
}
