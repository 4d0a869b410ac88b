/**
 * Looking at the word before a position: prepositions that confirm an ambiguous month,
 * day-part words that join a mention, words that make a weekday something else.
 *
 * @module
 */

import { WAW, isClauseEnd, isComma } from "../../core/chars.js";
import type { Found, LexemeKind, LexemeOf } from "./lexemes.js";
import { entryAt } from "./lexicon.js";
import { skipSpace, skipSpaceBack, wordStartBack } from "./text.js";

/** The word that ends just before `pos` (white space between), as [start, end), or null. */
export function previousWord(text: string, pos: number): { start: number; end: number } | null {
  const end = skipSpaceBack(text, pos);
  const start = wordStartBack(text, end);
  return start === end ? null : { start, end };
}

/** The lexicon entry of `kind` that is the whole word before `pos`, or null. */
export function entryBefore<K extends LexemeKind>(text: string, pos: number, kind: K): Found<LexemeOf<K>> | null {
  const word = previousWord(text, pos);
  if (word === null) return null;
  const found = entryAt(text, word.start, kind);
  return found !== null && found.end === word.end ? found : null;
}

/** True when the word before `pos` is exactly one of `words` (folded forms). */
export function wordBeforeIs(text: string, pos: number, words: readonly string[]): boolean {
  const word = previousWord(text, pos);
  if (word === null) return false;
  const length = word.end - word.start;
  return words.some((w) => w.length === length && text.startsWith(w, word.start));
}

/** True when the word at `pos` is exactly one of `words` (folded forms). */
export function wordIs(text: string, pos: number, end: number, words: readonly string[]): boolean {
  return words.some((w) => w.length === end - pos && text.startsWith(w, pos));
}

/** The position after an "من" at `pos` ("الخامس من يونيو", "مارس من العام الماضي"), or `pos`. */
export function skipOf(text: string, pos: number): number {
  const of = entryAt(text, pos, "connector", false);
  return of !== null && of.start === pos && of.lexeme.role === "of" ? skipSpace(text, of.end) : pos;
}

/** True when nothing but white space stands between `pos` and the start of its clause (or of the text). */
export function startsClause(text: string, pos: number): boolean {
  const i = skipSpaceBack(text, pos);
  return i === 0 || isClauseEnd(text.charCodeAt(i - 1));
}

/**
 * True when only "و" (alone or glued to what follows), white space and a comma stand
 * between `end` and `start`: two members of one list ("30 يونيو و3 يوليو", "الثلاثاء والأربعاء").
 */
export function joinedByAnd(text: string, end: number, start: number): boolean {
  let i = skipSpace(text, end);
  if (isComma(text.charCodeAt(i))) i = skipSpace(text, i + 1);
  if (text.charCodeAt(i) !== WAW) return false;
  return skipSpace(text, i + 1) === start;
}
