/**
 * The scanner: one walk over the matching view, stopping at each token start to ask
 * every parser for a candidate. The lexicon is looked up once per word; parsers read
 * a bounded number of tokens ahead, so the walk stays linear in the text.
 *
 * @module
 */

import { isWordChar } from "../../core/chars.js";
import type { Candidate } from "../candidate.js";
import { PARSERS } from "../parsers/index.js";
import type { At } from "../parsers/parser.js";
import { entriesAt } from "./lexicon.js";
import { isAsciiDigit, wordEnd } from "./text.js";

/** Every candidate the parsers propose over the view `text`, in order of their token start. */
export function propose(text: string): Candidate[] {
  const out: Candidate[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let next: number;
    let at: At;
    if (isAsciiDigit(c)) {
      next = i + 1;
      while (next < n && isAsciiDigit(text.charCodeAt(next))) next++;
      at = { pos: i, digit: true, lexemes: null, start: i, end: next };
    } else if (isWordChar(c)) {
      next = wordEnd(text, i);
      const hit = entriesAt(text, i);
      at =
        hit === null
          ? { pos: i, digit: false, lexemes: null, start: i, end: next }
          : { pos: i, digit: false, lexemes: hit.lexemes, start: hit.start, end: hit.end };
    } else {
      i++;
      continue;
    }
    for (const parser of PARSERS) {
      const candidate = parser(text, at);
      if (candidate !== null) out.push(candidate);
    }
    i = next;
  }
  return out;
}
