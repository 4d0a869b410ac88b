/**
 * The tokens of one stretch of the folded text in parallel arrays of small integers:
 * start, end and kind of every token, its folded word sliced only when somebody reads it.
 * One object per stretch instead of one per token.
 *
 * The tokens are those of `core/tokens.ts`: words, numbers, and every other visible
 * character as a punctuation token of its own.
 *
 * @module
 */

import { DIGIT_BIT, SPACE_BIT, WORD_BIT, charClasses, isHighSurrogate, isLowSurrogate, wordRunEnd } from "../core/chars.js";
import { keepShape } from "../core/shape.js";
import { nextToken } from "../core/tokens.js";

/** Token kinds, as stored in `Tokens.kind`. */
export const WORD = 0;
export const NUMBER = 1;
export const PUNCT = 2;

/**
 * The tokens of a stretch of `f`, refilled for every stretch.
 *
 * @example
 * ```ts
 * const t = new Tokens("قال د. علي: نعم");
 * t.fill(0, 15);
 * t.n; // 6
 * t.w(3); // "علي"
 * t.abbreviation(2); // true
 * ```
 */
export class Tokens {
  /** How many tokens the stretch holds. */
  n = 0;
  readonly start: number[] = [];
  readonly end: number[] = [];
  readonly kind: number[] = [];
  private readonly words: string[] = [];
  /** The start of the token each cached word was sliced for: a refill makes them stale. */
  private readonly wordAt: number[] = [];

  constructor(readonly f: string) {
    // One empty list lives for good, and with it the code that reads lists (core/shape.ts).
    keepShape(Tokens, () => new Tokens(""));
  }

  /** Empties the list; the arrays keep their room for the next stretch. */
  clear(): void {
    this.n = 0;
  }

  /** Reads the tokens of `f.slice(fs, fe)`. */
  fill(fs: number, fe: number): void {
    this.clear();
    const f = this.f;
    const cls = charClasses();
    let i = fs;
    while (i < fe) {
      const c = f.charCodeAt(i);
      const bits = cls[c] as number;
      if ((bits & SPACE_BIT) !== 0) {
        i++;
        continue;
      }
      let j = i + 1;
      if ((bits & DIGIT_BIT) !== 0) {
        while (j < fe && ((cls[f.charCodeAt(j)] as number) & DIGIT_BIT) !== 0) j++;
        this.push(NUMBER, i, j);
      } else if ((bits & WORD_BIT) !== 0) {
        j = wordRunEnd(f, j, fe);
        // "أوبيرغ-لوند", "جيان-هوا": a hyphen between letters joins the halves of a name into
        // one word.
        while (j + 1 < fe && f.charCodeAt(j) === 0x2d && ((cls[f.charCodeAt(j + 1)] as number) & WORD_BIT) !== 0) j = wordRunEnd(f, j + 2, fe);
        if (j < fe && isHighSurrogate(f.charCodeAt(j))) j = this.slow(i, fe);
        else this.push(WORD, i, j);
      } else if (isHighSurrogate(c) || isLowSurrogate(c)) j = this.slow(i, fe);
      else this.push(PUNCT, i, j);
      i = j;
    }
  }

  // Astral letters and lone surrogates: the core tokenizer decides.
  private slow(i: number, fe: number): number {
    const t = nextToken(this.f, i);
    if (t === null) return fe;
    const e = Math.min(t.end, fe);
    this.push(t.kind === "word" ? WORD : t.kind === "number" ? NUMBER : PUNCT, t.start, e);
    return e;
  }

  private push(kind: number, s: number, e: number): void {
    const n = this.n;
    this.start[n] = s;
    this.end[n] = e;
    this.kind[n] = kind;
    this.n = n + 1;
  }

  /** The folded text of token k, sliced once. */
  w(k: number): string {
    const start = this.start[k] as number;
    if (this.wordAt[k] === start) return this.words[k] as string;
    const s = this.f.slice(start, this.end[k]);
    this.words[k] = s;
    this.wordAt[k] = start;
    return s;
  }

  /** The first code unit of token k (the whole of a punctuation token), or −1 outside. */
  c(k: number): number {
    return k >= 0 && k < this.n ? this.f.charCodeAt(this.start[k] as number) : -1;
  }

  /** True when token k is a word. */
  isWord(k: number): boolean {
    return k >= 0 && k < this.n && this.kind[k] === WORD;
  }

  /** Words and numbers among tokens [from, to). */
  countWords(from: number, to: number): number {
    let n = 0;
    for (let k = from; k < to; k++) if (this.kind[k] !== PUNCT) n++;
    return n;
  }

  /**
   * True when token k is the full stop of an abbreviation glued to a one-letter word:
   * "د. ريم", "م. خالد", "أ. د. سالم". It ends no sentence.
   */
  abbreviation(k: number): boolean {
    return (
      this.c(k) === 0x2e &&
      k > 0 &&
      this.kind[k - 1] === WORD &&
      this.end[k - 1] === this.start[k] &&
      (this.end[k - 1] as number) - (this.start[k - 1] as number) === 1
    );
  }
}
