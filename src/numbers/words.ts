/**
 * Looking up number words in the matching view of a text, without slicing it: the
 * lexicon is folded once (with the normalizer the text goes through) into a trie
 * walked code unit by code unit, and attached proclitics (و، ف، ب، ل، ك) are tried
 * off the front of the word.
 *
 * @module
 */

import { WORD_BIT, charClasses } from "../core/chars.js";
import { MATCH_OPTIONS } from "../normalize/match.js";
import { runNormalizer } from "../normalize/engine.js";
import { CONJUNCTIONS, NEGATIVE_WORDS, NOT_NUMBERS, type NumberWord, PREPOSITIONS, numberWords } from "./lexicon.js";

// Children of the Arabic letters U+0620–065F sit in an array (one read instead of a
// hash lookup: most words of a text fail on their first or second letter); others in a map.
const ARABIC_BASE = 0x0620;
interface TrieNode {
  arabic: (TrieNode | undefined)[] | undefined;
  other: Map<number, TrieNode> | undefined;
  value: unknown;
}

function child(node: TrieNode, c: number): TrieNode | undefined {
  const k = c - ARABIC_BASE;
  return k >= 0 && k < 64 ? node.arabic?.[k] : node.other?.get(c);
}

function addChild(node: TrieNode, c: number): TrieNode {
  const existing = child(node, c);
  if (existing !== undefined) return existing;
  const created: TrieNode = { arabic: undefined, other: undefined, value: undefined };
  const k = c - ARABIC_BASE;
  if (k >= 0 && k < 64) (node.arabic ??= new Array<TrieNode | undefined>(64).fill(undefined))[k] = created;
  else (node.other ??= new Map()).set(c, created);
  return created;
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

/** Builds a trie from (word, value) pairs, folding each word. */
export function buildTrie<V>(entries: Iterable<readonly [string, V]>): WordTrie<V> {
  const root: TrieNode = { arabic: undefined, other: undefined, value: undefined };
  for (const [word, value] of entries) {
    let node = root;
    const key = fold(word);
    for (let i = 0; i < key.length; i++) node = addChild(node, key.charCodeAt(i));
    if (node.value === undefined) node.value = value;
  }
  return {
    get(text, start, end) {
      let node: TrieNode | undefined = root;
      for (let i = start; i < end && node !== undefined; i++) node = child(node, text.charCodeAt(i));
      return node?.value as V | undefined;
    },
  };
}

// Built on first use, then handed out as they are: a lookup runs for thousands of
// words of a text, and a fresh pair each time would be garbage.
let trieTables: readonly [WordTrie<NumberWord>, WordTrie<true>] | undefined;

function tries(): readonly [WordTrie<NumberWord>, WordTrie<true>] {
  trieTables ??= [buildTrie(numberWords().map((w) => [w.word, w] as const)), buildTrie(NOT_NUMBERS.map((w) => [w, true] as const))];
  return trieTables;
}

// The opening letters of every folded word a scanner looks up, as bit sets over
// letters of the Arabic block: the first three letters of a stem (two for a
// shorter word). Most words of a text fail here, before any trie is walked. A word
// that starts with the article is keyed by the letters after it (one, two or
// three), since ال opens half the words of a text. The sets share one array, at
// the offsets below; a key is its letters' places in the block, in base 64.
const LETTER_BASE = 0x0620;
const ALEF = 0x0627 - LETTER_BASE;
const LAM = 0x0644 - LETTER_BASE;
const ALEF_LAM = "ال";
const PLAIN_2 = 0;
const PLAIN_3 = PLAIN_2 + 128;
const ARTICLE_1 = PLAIN_3 + 8192;
const ARTICLE_2 = ARTICLE_1 + 2;
const ARTICLE_3 = ARTICLE_2 + 128;
let openingBits: Uint32Array | undefined;

// The key of the first min(3, length) letters at o, or -1 when one is not an Arabic letter.
function stemKey(text: string, o: number, end: number): number {
  const len = Math.min(3, end - o);
  let key = 0;
  for (let i = 0; i < len; i++) {
    const x = text.charCodeAt(o + i) - LETTER_BASE;
    if (x < 0 || x >= 64) return -1;
    key = key * 64 + x;
  }
  return key;
}

function has(bits: Uint32Array, at: number, key: number): boolean {
  return ((bits[at + (key >>> 5)] as number) & (1 << (key & 31))) !== 0;
}

function openings(): Uint32Array {
  if (openingBits !== undefined) return openingBits;
  const bits = new Uint32Array(ARTICLE_3 + 8192);
  for (const word of [...numberWords().map((w) => w.word), ...NEGATIVE_WORDS]) {
    const key = fold(word);
    const article = key.startsWith(ALEF_LAM) && key.length > 2;
    const stem = article ? key.length - 2 : key.length;
    const k = stemKey(key, article ? 2 : 0, key.length);
    // A lone letter is never looked up: a word has two letters at least.
    if (k < 0 || (!article && stem < 2)) continue;
    const at = article ? (stem === 1 ? ARTICLE_1 : stem === 2 ? ARTICLE_2 : ARTICLE_3) : stem === 2 ? PLAIN_2 : PLAIN_3;
    bits[at + (k >>> 5)] = (bits[at + (k >>> 5)] as number) | (1 << (k & 31));
  }
  openingBits = bits;
  return bits;
}

// May the stem that starts at `o` (after proclitics) open a number word? The
// stretch o…end holds two letters at least.
function opens(bits: Uint32Array, text: string, o: number, end: number): boolean {
  const a = text.charCodeAt(o) - LETTER_BASE;
  const b = text.charCodeAt(o + 1) - LETTER_BASE;
  if (a < 0 || a >= 64 || b < 0 || b >= 64) return false;
  const m = end - o;
  // ال + stem, or لل + stem (ل + ال: للعشرين).
  if ((a === ALEF || a === LAM) && b === LAM && m > 2) {
    const x = text.charCodeAt(o + 2) - LETTER_BASE;
    if (x >= 0 && x < 64) {
      if (m === 3) {
        if (has(bits, ARTICLE_1, x)) return true;
      } else {
        const y = text.charCodeAt(o + 3) - LETTER_BASE;
        if (y >= 0 && y < 64) {
          if (m === 4) {
            if (has(bits, ARTICLE_2, x * 64 + y)) return true;
          } else {
            const z = text.charCodeAt(o + 4) - LETTER_BASE;
            if (z >= 0 && z < 64 && has(bits, ARTICLE_3, (x * 64 + y) * 64 + z)) return true;
          }
        }
      }
    }
    if (a === LAM) return false;
  }
  if (m === 2) return has(bits, PLAIN_2, a * 64 + b);
  const c = text.charCodeAt(o + 2) - LETTER_BASE;
  return c >= 0 && c < 64 && has(bits, PLAIN_3, (a * 64 + b) * 64 + c);
}

/**
 * False when the word at [start, end) cannot be a number word or a negative
 * marker, with or without proclitics (its first letters, or those after و، ف، ب، ل، ك, open none).
 */
export function mayBeWord(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  // Once built, the table is read without a call: this runs for every word of a text.
  const bits = openingBits ?? openings();
  if (opens(bits, text, start, end)) return true;
  let o = start;
  let c = text.charCodeAt(o);
  if ((c === 0x0648 || c === 0x0641) && end - o > 2) {
    o++;
    if (opens(bits, text, o, end)) return true;
    c = text.charCodeAt(o);
  }
  return (c === 0x0628 || c === 0x0644 || c === 0x0643) && end - o > 2 && opens(bits, text, o + 1, end);
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
    // ل + ال is written لل: للمرة، للعشرين.
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
