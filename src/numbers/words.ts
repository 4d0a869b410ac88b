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

interface TrieNode {
  next: Map<number, TrieNode>;
  value: unknown;
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
  const root: TrieNode = { next: new Map(), value: undefined };
  for (const [word, value] of entries) {
    let node = root;
    const key = fold(word);
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let child = node.next.get(c);
      if (child === undefined) {
        child = { next: new Map(), value: undefined };
        node.next.set(c, child);
      }
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }
  return {
    get(text, start, end) {
      let node: TrieNode | undefined = root;
      for (let i = start; i < end && node !== undefined; i++) node = node.next.get(text.charCodeAt(i));
      return node?.value as V | undefined;
    },
  };
}

let wordTrie: WordTrie<NumberWord> | undefined;
let stopTrie: WordTrie<true> | undefined;

function tries(): [WordTrie<NumberWord>, WordTrie<true>] {
  if (wordTrie === undefined || stopTrie === undefined) {
    wordTrie = buildTrie(numberWords().map((w) => [w.word, w] as const));
    stopTrie = buildTrie(NOT_NUMBERS.map((w) => [w, true] as const));
  }
  return [wordTrie, stopTrie];
}

// The first two letters of every folded word a scanner looks up, as a bit table
// over pairs of letters of the Arabic block: most words of a text fail here, before
// any trie is walked.
const PAIR_BASE = 0x0620;
let pairs: Uint8Array | undefined;

function pairIndex(a: number, b: number): number {
  const x = a - PAIR_BASE;
  const y = b - PAIR_BASE;
  return x >= 0 && x < 64 && y >= 0 && y < 64 ? x * 64 + y : -1;
}

function openings(): Uint8Array {
  if (pairs !== undefined) return pairs;
  const table = new Uint8Array(64 * 64);
  for (const word of [...numberWords().map((w) => w.word), ...NEGATIVE_WORDS]) {
    const key = fold(word);
    const k = pairIndex(key.charCodeAt(0), key.charCodeAt(1));
    if (k >= 0) table[k] = 1;
  }
  pairs = table;
  return table;
}

/**
 * False when the word at [start, end) cannot be a number word or a negative
 * marker, with or without proclitics (its first letters, or those after و، ف، ب، ل، ك, open none).
 */
export function mayBeWord(text: string, start: number, end: number): boolean {
  const table = openings();
  const limit = Math.min(end - 1, start + 3);
  for (let i = start; i < limit; i++) {
    const k = pairIndex(text.charCodeAt(i), text.charCodeAt(i + 1));
    if (k >= 0 && table[k] === 1) return true;
  }
  return false;
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

/** The end of the word that starts at `start` of the view text. */
export function wordEnd(text: string, start: number): number {
  const cls = charClasses();
  let i = start;
  while (i < text.length && ((cls[text.charCodeAt(i)] as number) & WORD_BIT) !== 0) i++;
  return i;
}

/**
 * The number word spanning `text.slice(start, end)` (a whole word of the view),
 * possibly behind a conjunction and a preposition; undefined when it is none.
 * Where a sum goes on (`afterNumber`), a leading و is read as "and" first: after
 * مئة, the folded وأحد is و + أحد, not واحد.
 */
export function lookupWord(text: string, start: number, end: number, afterNumber = false): WordHit | undefined {
  const [words, stops] = tries();
  if (afterNumber && end - start > 2 && text.charCodeAt(start) === 0x0648) {
    const hit = words.get(text, start + 1, end);
    if (hit !== undefined) return { entry: hit, start: start + 1, end, conjunction: true };
  }
  const whole = words.get(text, start, end);
  if (whole !== undefined) return { entry: whole, start, end, conjunction: false };
  const hit = strippedLookup(words, text, start, end);
  return hit === undefined || stops.get(text, start, end) !== undefined ? undefined : hit;
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
