/**
 * The scanner: one walk over the matching view, stopping at each token start to ask
 * the parsers that such a token can start for a candidate. The lexicon is looked up
 * once per word; parsers read a bounded number of tokens ahead, so the walk stays
 * linear in the text.
 *
 * @module
 */

import type { Candidate } from "../candidate.js";
import { hasWordNumbers } from "../number-words.js";
import { AT_DIGITS, AT_ENTRIES, AT_WORDS } from "../parsers/index.js";
import type { At, Parser } from "../parsers/parser.js";
import { entriesAt } from "./lexicon.js";
import { isAsciiDigit, isWordCode, wordEnd } from "./text.js";

/** Every candidate the parsers propose over the view `text`, in order of their token start. */
export function propose(text: string): Candidate[] {
  const out: Candidate[] = [];
  const n = text.length;
  const at: At = { pos: 0, digit: false, lexemes: null, start: 0, end: 0 };
  // Most words are not date words: they are asked only when a number word can be a day.
  const atWords = hasWordNumbers() ? AT_WORDS : [];
  // Tokens inside a candidate already proposed start nothing longer than it ("سبتمبر" of
  // "5 سبتمبر 2024"): the walk skips them.
  let covered = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let next: number;
    let parsers: readonly Parser[];
    if (isAsciiDigit(c)) {
      next = i + 1;
      while (next < n && isAsciiDigit(text.charCodeAt(next))) next++;
      if (i < covered) {
        i = next;
        continue;
      }
      at.digit = true;
      at.lexemes = null;
      at.start = i;
      at.end = next;
      parsers = AT_DIGITS;
    } else if (isWordCode(c)) {
      next = wordEnd(text, i);
      if (i < covered) {
        i = next;
        continue;
      }
      const hit = entriesAt(text, i);
      at.digit = false;
      at.lexemes = hit === null ? null : hit.lexemes;
      at.start = hit === null ? i : hit.start;
      at.end = hit === null ? next : hit.end;
      parsers = hit === null ? atWords : AT_ENTRIES;
    } else {
      i++;
      continue;
    }
    at.pos = i;
    for (const parser of parsers) {
      const candidate = parser(text, at);
      if (candidate !== null) {
        out.push(candidate);
        if (candidate.end > covered) covered = candidate.end;
      }
    }
    i = next;
  }
  return out;
}
