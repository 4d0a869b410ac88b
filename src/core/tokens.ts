/**
 * The tokenizer: words, numbers and punctuation, each with its span, read one at a
 * time so that a scanner over megabytes of text never holds them all.
 *
 * A word is a run of letters, combining marks, tatweel and zero-width joiners; a
 * number is a run of decimal digits of any of the three digit sets; every other
 * character that is not white space is a punctuation token of its own.
 *
 * @module
 */

import { DIGIT_BIT, SPACE_BIT, WORD_BIT, charClasses, isHighSurrogate, isLowSurrogate, isWordChar, wordRunEnd } from "./chars.js";

/** What a token is. */
export type TokenKind = "word" | "number" | "punct";

/** A token: its kind and where it stands, `text.slice(start, end)`. */
export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
}

function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isHighSurrogate(c) && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (isLowSurrogate(d)) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/**
 * The first token that starts at or after `from`, or null at the end of the text.
 *
 * @example
 * ```ts
 * nextToken("قال 3 رجال.", 3); // { kind: "number", start: 4, end: 5 }
 * ```
 */
export function nextToken(text: string, from: number): Token | null {
  const n = text.length;
  const cls = charClasses();
  let i = from < 0 ? 0 : from;
  while (i < n && ((cls[text.charCodeAt(i)] as number) & SPACE_BIT) !== 0) i++;
  if (i >= n) return null;
  const start = i;
  const first = cls[text.charCodeAt(i)] as number;
  if ((first & DIGIT_BIT) !== 0) {
    i++;
    while (i < n && ((cls[text.charCodeAt(i)] as number) & DIGIT_BIT) !== 0) i++;
    return { kind: "number", start, end: i };
  }
  if ((first & WORD_BIT) !== 0) {
    i = wordRunEnd(text, i + 1, n);
    if (i >= n || !isHighSurrogate(text.charCodeAt(i))) return { kind: "word", start, end: i };
  }
  const cp = codePointAt(text, i);
  if (i > start || isWordChar(cp)) {
    // A letter outside the BMP: walk on by code point.
    if (i === start) i += cp > 0xffff ? 2 : 1;
    while (i < n) {
      const c = codePointAt(text, i);
      if (!isWordChar(c)) break;
      i += c > 0xffff ? 2 : 1;
    }
    return { kind: "word", start, end: i };
  }
  return { kind: "punct", start, end: i + (cp > 0xffff ? 2 : 1) };
}

/**
 * Every token of the text, in order.
 *
 * @example
 * ```ts
 * tokenize("في ٣ أيام").map((t) => t.kind); // ["word", "number", "word"]
 * ```
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (let t = nextToken(text, 0); t !== null; t = nextToken(text, t.end)) tokens.push(t);
  return tokens;
}
