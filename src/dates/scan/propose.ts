/**
 * The scanner: one walk over the matching view, stopping at each number and each date
 * word to ask the parsers that such a token can start for a candidate. The lexicon is
 * looked up once per word; parsers read a bounded number of tokens ahead (or, for a
 * day in words, back), so the walk stays linear in the text.
 *
 * @module
 */

import type { Candidate } from "../candidate.js";
import { PARSERS } from "../parsers/index.js";
import type { At, Parser } from "../parsers/parser.js";
import { entriesAt, kindMask } from "./lexicon.js";
import { isAsciiDigit, isWordCode, wordEnd } from "./text.js";

interface Dispatch {
  /** The parsers a number can start. */
  readonly digits: readonly Parser[];
  /** The parsers date words can start, with the kinds of word that start each. */
  readonly words: readonly { readonly parse: Parser; readonly mask: number }[];
}

let dispatch: Dispatch | null = null;

function parsersFor(): Dispatch {
  return (dispatch ??= {
    digits: PARSERS.filter((p) => p.digits).map((p) => p.parse),
    words: PARSERS.filter((p) => p.kinds.length > 0).map((p) => ({ parse: p.parse, mask: kindMask(p.kinds) })),
  });
}

/** Every candidate the parsers propose over the view `text`, in order of their token start. */
export function propose(text: string): Candidate[] {
  const out: Candidate[] = [];
  const n = text.length;
  const at: At = { pos: 0, digit: false, lexemes: null, start: 0, end: 0 };
  const { digits, words } = parsersFor();
  // Tokens inside a candidate already proposed start nothing longer than it ("سبتمبر" of
  // "5 سبتمبر 2024"): the walk skips them.
  let covered = 0;
  let i = 0;
  const propose1 = (parse: Parser): void => {
    const candidate = parse(text, at);
    if (candidate !== null) {
      out.push(candidate);
      if (candidate.end > covered) covered = candidate.end;
    }
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isAsciiDigit(c)) {
      let next = i + 1;
      while (next < n && isAsciiDigit(text.charCodeAt(next))) next++;
      if (i >= covered) {
        at.pos = i;
        at.digit = true;
        at.lexemes = null;
        at.start = i;
        at.end = next;
        for (const parse of digits) propose1(parse);
      }
      i = next;
    } else if (isWordCode(c)) {
      const next = wordEnd(text, i);
      if (i >= covered) {
        // Most words are no date words: nothing more is asked of them.
        const hit = entriesAt(text, i);
        if (hit !== null) {
          at.pos = i;
          at.digit = false;
          at.lexemes = hit.lexemes;
          at.start = hit.start;
          at.end = hit.end;
          for (const entry of words) if ((entry.mask & hit.mask) !== 0) propose1(entry.parse);
        }
      }
      i = next;
    } else i++;
  }
  return out;
}
