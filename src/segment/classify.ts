/**
 * What each unit looks like: its cue, its length and shape. The facts every later step
 * decides on, computed once per unit in one walk over its folded text.
 *
 * @module
 */

import { isBullet, isClosingMark, isDigit, isSentenceEnd, isWordChar } from "../core/chars.js";
import { nextToken } from "../core/tokens.js";
import { isDateLine } from "./date-line.js";
import { type LineCueKind, lexicon, longestPrefix, longestSuffix } from "./lexicon.js";
import type { Unit } from "./lines.js";

/** How many leading tokens are kept for cue matching. */
const HEAD_TOKENS = 12;
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
 * const infos = describeUnits(units, view.text);
 * infos[0].cue; // { kind: "readAlso", tokens: 2 } for "إقرأ أيضاً:"
 * ```
 */
export function describeUnits(units: readonly Unit[], f: string): Info[] {
  const lex = lexicon();
  const out: Info[] = [];
  for (const unit of units) {
    const { fs, fe } = unit;
    const head: string[] = [];
    const headAt: number[] = [];
    let words = 0;
    let bars = 0;
    let leading = true;
    let bullet = false;
    let afterBullet = fs;
    for (let t = nextToken(f, fs); t !== null && t.start < fe; t = nextToken(f, t.end)) {
      if (t.kind !== "punct") words++;
      else {
        const c = f.charCodeAt(t.start);
        // "|" always separates menu items; "»" and ">" only with spaces around them.
        if (c === 0x7c || ((c === 0xbb || c === 0x3e) && f.charCodeAt(t.start - 1) === 0x20 && f.charCodeAt(t.end) === 0x20)) {
          bars++;
        }
        if (leading && c !== 0xa9) {
          if (t.start === fs && isBullet(c) && t.end < fe && f.charCodeAt(t.end) === 0x20) bullet = true;
          afterBullet = t.end;
          continue;
        }
      }
      leading = false;
      if (head.length < HEAD_TOKENS) {
        head.push(f.slice(t.start, t.end).toLowerCase());
        headAt.push(t.start);
      } else if (unit.fe - unit.fs > SHORT_CHARS * 4 && words > HEAD_TOKENS) {
        words = HEAD_TOKENS * 4; // a very long unit: an estimate is enough
        break;
      }
    }
    while (afterBullet < fe && f.charCodeAt(afterBullet) === 0x20) afterBullet++;
    let k = fe - 1;
    while (k > fs && isClosingMark(f.charCodeAt(k))) k--;
    const last = f.charCodeAt(k);
    const short = fe - fs <= SHORT_CHARS;
    const match = longestPrefix(lex.lineCues, head);
    const found = match !== null && words <= match.tokens + CUE_ROOM[match.value] ? match : null;
    const text = short ? f.slice(fs, fe) : "";
    let phrases = 0;
    if (short || fe - fs < SHORT_CHARS * 4) {
      const whole = short ? text : f.slice(fs, fe);
      for (const p of lex.phrases) if (whole.includes(p)) phrases++;
    }
    const tail = short ? tailTokens(text) : [];
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
      captionEnd: short && words <= 30 && longestSuffix(lex.captionEnds, tail) > 0,
      date: short && isDateLine(text),
      phrases,
      closing: short && lex.closings.map.has(tail.join(" ")),
      lastWord: lastWord(f, fs, fe),
      length: fe - fs,
    });
  }
  return out;
}

function tailTokens(text: string): string[] {
  const words: string[] = [];
  for (let t = nextToken(text, 0); t !== null; t = nextToken(text, t.end)) {
    if (t.kind !== "punct") words.push(text.slice(t.start, t.end).toLowerCase());
  }
  return words;
}

function lastWord(f: string, fs: number, fe: number): string {
  let e = fe;
  while (e > fs && !isWordChar(f.charCodeAt(e - 1)) && !isDigit(f.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > fs && (isWordChar(f.charCodeAt(s - 1)) || isDigit(f.charCodeAt(s - 1)))) s--;
  return f.slice(s, e);
}
