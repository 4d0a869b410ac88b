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
import { kindMask } from "./lexemes.js";
import { entriesInto } from "./lexicon.js";
import { isAsciiDigit } from "../../core/chars.js";
import { isWordCode, wordEnd } from "./text.js";

/** A parser with the kinds of date word that start it, as a mask (all bits for a number). */
interface Entry {
  readonly parse: Parser;
  readonly mask: number;
}

interface Dispatch {
  /** The parsers a number can start. */
  readonly digits: readonly Entry[];
  /** The parsers date words can start. */
  readonly words: readonly Entry[];
}

let dispatch: Dispatch | null = null;

function parsersFor(): Dispatch {
  return (dispatch ??= {
    digits: PARSERS.filter((p) => p.digits).map((p) => ({ parse: p.parse, mask: -1 })),
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
  while (i < n) {
    const c = text.charCodeAt(i);
    let next = i + 1;
    let mask = 0;
    if (isAsciiDigit(c)) {
      while (next < n && isAsciiDigit(text.charCodeAt(next))) next++;
      if (i >= covered) {
        at.digit = true;
        at.lexemes = null;
        at.start = i;
        at.end = next;
        mask = -1;
      }
    } else if (isWordCode(c)) {
      next = wordEnd(text, i);
      // Most words are no date words: the lexicon turns them away and nothing more is asked.
      if (i >= covered) mask = entriesInto(text, i, at);
      at.digit = false;
    }
    if (mask !== 0) {
      at.pos = i;
      const parsers = mask === -1 ? digits : words;
      for (let k = 0; k < parsers.length; k++) {
        const entry = parsers[k] as Entry;
        if ((entry.mask & mask) === 0) continue;
        const candidate = entry.parse(text, at);
        if (candidate !== null) {
          out.push(candidate);
          if (candidate.end > covered) covered = candidate.end;
        }
      }
    }
    i = next;
  }
  return out;
}
