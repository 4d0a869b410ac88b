/**
 * Looking up number words in the matching view of a text, without slicing it: the
 * lexicon is folded once (with the normalizer the text goes through) into a trie
 * walked code unit by code unit, and attached proclitics (و، ف، ب، ل، ك) are tried
 * off the front of the word.
 *
 * @module
 */

import { WORD_BIT, charClasses, wordRunEnd } from "../core/chars.js";
import { MATCH_OPTIONS } from "../normalize/match.js";
import { runNormalizer } from "../normalize/engine.js";
import { CONJUNCTIONS, NEGATIVE_WORDS, NOT_NUMBERS, type NumberWord, PREPOSITIONS, numberWords } from "./lexicon.js";

// A trie over the letters U+0620–065F kept flat, one row of 64 child numbers per node
// (0: none, since no edge leads back to the root): a step is one read of a typed array,
// and most words of a text fail on their first or second letter. The rare word with
// another character (none of the lexicon yet) is kept whole in a map.
const LETTER_BASE = 0x0620;
const ROW = 64;

class FlatTrie<V> implements WordTrie<V> {
  private next = new Int32Array(ROW * 64);
  private readonly values: (V | undefined)[] = [undefined];
  private readonly others = new Map<string, V>();

  add(key: string, value: V): void {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const x = key.charCodeAt(i) - LETTER_BASE;
      if (x < 0 || x >= ROW) {
        if (!this.others.has(key)) this.others.set(key, value);
        return;
      }
      let child = this.next[node * ROW + x] as number;
      if (child === 0) {
        child = this.values.length;
        this.values.push(undefined);
        if ((child + 1) * ROW > this.next.length) {
          const bigger = new Int32Array(2 * this.next.length);
          bigger.set(this.next);
          this.next = bigger;
        }
        this.next[node * ROW + x] = child;
      }
      node = child;
    }
    if (this.values[node] === undefined) this.values[node] = value;
  }

  get(text: string, start: number, end: number): V | undefined {
    const next = this.next;
    let node = 0;
    for (let i = start; i < end; i++) {
      const x = text.charCodeAt(i) - LETTER_BASE;
      if (x < 0 || x >= ROW) return this.others.size === 0 ? undefined : this.others.get(text.slice(start, end));
      node = next[node * ROW + x] as number;
      if (node === 0) return undefined;
    }
    return this.values[node];
  }
}

/** A trie of folded words, each ending on a node that holds a value. */
export interface WordTrie<V> {
  /** The value of exactly `text.slice(start, end)`, or undefined. */
  get(text: string, start: number, end: number): V | undefined;
}

/** Folds a lexicon word the way the matching view folds text. */
export function fold(word: string): string {
  return runNormalizer(word, MATCH_OPTIONS, null);
}

/** Builds a trie from (word, value) pairs, folding each word; the first value of a word stands. */
export function buildTrie<V>(entries: Iterable<readonly [string, V]>): WordTrie<V> {
  const trie = new FlatTrie<V>();
  for (const [word, value] of entries) trie.add(fold(word), value);
  return trie;
}

// Built on first use, then handed out as they are: a lookup runs for thousands of
// words of a text, and a fresh pair each time would be garbage.
let trieTables: readonly [WordTrie<NumberWord>, WordTrie<true>] | undefined;

function tries(): readonly [WordTrie<NumberWord>, WordTrie<true>] {
  trieTables ??= [buildTrie(numberWords().map((w) => [w.word, w] as const)), buildTrie(NOT_NUMBERS.map((w) => [w, true] as const))];
  return trieTables;
}

// Every written form of a number word or negative marker that lookupWord accepts:
// the folded word bare, behind و or ف, behind ب، ل or ك, behind both, and ل + ال
// written لل. A word of a text is one of them only if its key is: its length (five
// standing for "five or more") and its first five letters, hashed into a bit set.
// Most words of a text fail on that one probe, before any trie is walked; a word
// that passes may still be none (two keys can share a bit) and is looked up.
const KEY_LETTERS = 5;
const SET_BITS = 18;
let formBits: Uint32Array | undefined;

// The key of the word at [start, end): -1 when one of its first letters is not an Arabic letter.
function formKey(text: string, start: number, end: number): number {
  const len = end - start;
  const k = len < KEY_LETTERS ? len : KEY_LETTERS;
  let letters = 0;
  for (let i = start; i < start + k; i++) {
    const x = text.charCodeAt(i) - LETTER_BASE;
    if (x < 0 || x >= 64) return -1;
    letters = letters * 64 + x;
  }
  return keyOf(letters, k);
}

// Five letters fill 30 bits; the length (2 to 5) is mixed in apart.
function keyOf(letters: number, length: number): number {
  return (Math.imul(letters, 0x9e3779b1) ^ Math.imul(length, 0x85ebca6b)) >>> (32 - SET_BITS);
}

function forms(): Uint32Array {
  if (formBits !== undefined) return formBits;
  const bits = new Uint32Array(1 << (SET_BITS - 5));
  const set = (form: string): void => {
    if (form.length < 2) return;
    const key = formKey(form, 0, form.length);
    if (key >= 0) bits[key >>> 5] = (bits[key >>> 5] as number) | (1 << (key & 31));
  };
  for (const word of [...numberWords().map((w) => w.word), ...NEGATIVE_WORDS]) {
    const key = fold(word);
    for (const conj of ["", ...CONJUNCTIONS]) {
      for (const prep of ["", ...PREPOSITIONS]) set(conj + prep + key);
      if (key.startsWith("ال")) set(`${conj}ل${key.slice(1)}`);
    }
  }
  formBits = bits;
  return bits;
}

/**
 * False when the word at [start, end) cannot be a number word or a negative
 * marker, with or without proclitics (و، ف، ب، ل، ك); true when it may be.
 */
export function mayBeWord(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  return isForm(formKey(text, start, end));
}

// Is the key (from formKey or keyOf; -1 for none) in the set of forms?
function isForm(key: number): boolean {
  // Once built, the set is read without a call: this runs for every word of a text.
  const bits = formBits ?? forms();
  return key >= 0 && ((bits[key >>> 5] as number) & (1 << (key & 31))) !== 0;
}

/**
 * The end of the word that starts at `start` (a word character) of a text of length
 * `n`, read together with {@link mayBeWord}'s answer for it: the end when the word
 * cannot be a number word, `~end` (below zero) when it may be. One pass over the
 * letters instead of two, for a scanner that walks every word of a long text.
 */
export function scanWord(text: string, start: number, n: number): number {
  let j = start;
  let letters = 0;
  const stop = Math.min(n, start + KEY_LETTERS);
  while (j < stop) {
    const x = text.charCodeAt(j) - LETTER_BASE;
    // The letters ء to ي, those the key is made of and most words are made of alone.
    if (x < 1 || x > 0x2a) break;
    letters = letters * 64 + x;
    j++;
  }
  const len = j - start;
  if (len === KEY_LETTERS || j >= n || !isWordCharAt(text, j)) {
    const end = len === KEY_LETTERS ? wordRunEnd(text, j, n) : j;
    return len >= 2 && isForm(keyOf(letters, len)) ? ~end : end;
  }
  // Another word character among the first letters: the general way.
  const end = wordRunEnd(text, j, n);
  return mayBeWord(text, start, end) ? ~end : end;
}

function isWordCharAt(text: string, i: number): boolean {
  return ((charClasses()[text.charCodeAt(i)] as number) & WORD_BIT) !== 0;
}

/** A number word found in the view, with where its stem begins after proclitics. */
export interface WordHit {
  entry: NumberWord;
  /** Where the number word itself starts (after و، ب …). */
  start: number;
  end: number;
  /** A conjunction و or ف was attached to it. */
  conjunction: boolean;
}

const conj = new Set(CONJUNCTIONS.map((c) => c.charCodeAt(0)));
const prep = new Set(PREPOSITIONS.map((c) => c.charCodeAt(0)));

/** True for a letter that may be attached to a number as a proclitic: و، ف، ب، ل، ك. */
export function isProclitic(c: number): boolean {
  return conj.has(c) || prep.has(c);
}

/**
 * The number word spanning `text.slice(start, end)` (a whole word of the view),
 * possibly behind a conjunction and a preposition; undefined when it is none.
 * Where a sum goes on (`afterNumber`), a leading و is read as "and" first: after
 * مئة, the folded وأحد is و + أحد, not واحد.
 */
export function lookupWord(text: string, start: number, end: number, afterNumber = false): WordHit | undefined {
  const both = tries();
  const words = both[0];
  if (afterNumber && end - start > 2 && text.charCodeAt(start) === 0x0648) {
    const hit = words.get(text, start + 1, end);
    if (hit !== undefined) return { entry: hit, start: start + 1, end, conjunction: true };
  }
  const whole = words.get(text, start, end);
  if (whole !== undefined) return { entry: whole, start, end, conjunction: false };
  const hit = strippedLookup(words, text, start, end);
  return hit === undefined || both[1].get(text, start, end) !== undefined ? undefined : hit;
}

function strippedLookup(words: WordTrie<NumberWord>, text: string, start: number, end: number): WordHit | undefined {
  let s = start;
  let conjunction = false;
  if (end - s > 2 && conj.has(text.charCodeAt(s))) {
    s++;
    conjunction = true;
    const hit = words.get(text, s, end);
    if (hit !== undefined) return { entry: hit, start: s, end, conjunction };
  }
  if (end - s > 2 && prep.has(text.charCodeAt(s))) {
    const c = text.charCodeAt(s);
    // ل + ال is written لل: للمرة، للعشرين. The preposition cannot be cut from the
    // article there, so the whole word is the mention, as in nashra/dates.
    if (c === 0x0644 && text.charCodeAt(s + 1) === 0x0644) {
      const hit = words.get(`ا${text.slice(s + 1, end)}`, 0, end - s);
      if (hit !== undefined && hit.definite) return { entry: hit, start: s, end, conjunction };
    }
    const hit = words.get(text, s + 1, end);
    if (hit !== undefined) return { entry: hit, start: s + 1, end, conjunction };
  }
  return undefined;
}

/** True when the word at [start, end) is exactly `word` (folded). */
export function isWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  return text.startsWith(word, start);
}
