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

let wordTrie: WordTrie<NumberWord> | undefined;
let stopTrie: WordTrie<true> | undefined;

function tries(): [WordTrie<NumberWord>, WordTrie<true>] {
  if (wordTrie === undefined || stopTrie === undefined) {
    wordTrie = buildTrie(numberWords().map((w) => [w.word, w] as const));
    stopTrie = buildTrie(NOT_NUMBERS.map((w) => [w, true] as const));
  }
  return [wordTrie, stopTrie];
}

// The opening letters of every folded word a scanner looks up, as bit sets over
// letters of the Arabic block: the first three letters of a stem (two or one for a
// shorter word). Most words of a text fail here, before any trie is walked. A word
// that starts with the article is keyed by the letters after it, since ال opens
// half the words of a text.
const LETTER_BASE = 0x0620;
const ALEF_LAM = "ال";
interface Openings {
  /** Bit sets by stem length 1, 2 and 3+, without and with the article. */
  plain: Uint32Array[];
  afterArticle: Uint32Array[];
}
let openingTables: Openings | undefined;

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

function has(set: Uint32Array | undefined, key: number): boolean {
  return set !== undefined && key >= 0 && ((set[key >>> 5] as number) & (1 << (key & 31))) !== 0;
}

function openings(): Openings {
  if (openingTables !== undefined) return openingTables;
  const sets = (): Uint32Array[] => [new Uint32Array(0), new Uint32Array(2), new Uint32Array(128), new Uint32Array(8192)];
  const tables: Openings = { plain: sets(), afterArticle: sets() };
  for (const word of [...numberWords().map((w) => w.word), ...NEGATIVE_WORDS]) {
    const key = fold(word);
    const article = key.startsWith(ALEF_LAM) && key.length > 2;
    const at = article ? 2 : 0;
    const k = stemKey(key, at, key.length);
    const set = (article ? tables.afterArticle : tables.plain)[Math.min(3, key.length - at)];
    if (k >= 0 && set !== undefined) set[k >>> 5] = (set[k >>> 5] as number) | (1 << (k & 31));
  }
  openingTables = tables;
  return tables;
}

// May the stem that starts at `o` (after proclitics) open a number word?
function opens(t: Openings, text: string, o: number, end: number): boolean {
  const a = text.charCodeAt(o);
  // ال + stem, or لل + stem (ل + ال: للعشرين).
  if ((a === 0x0627 || a === 0x0644) && text.charCodeAt(o + 1) === 0x0644 && end - o > 2) {
    if (has(t.afterArticle[Math.min(3, end - o - 2)], stemKey(text, o + 2, end))) return true;
    if (a === 0x0644) return false;
  }
  return has(t.plain[Math.min(3, end - o)], stemKey(text, o, end));
}

/**
 * False when the word at [start, end) cannot be a number word or a negative
 * marker, with or without proclitics (its first letters, or those after و، ف، ب، ل، ك, open none).
 */
export function mayBeWord(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const t = openings();
  if (opens(t, text, start, end)) return true;
  let o = start;
  let c = text.charCodeAt(o);
  if ((c === 0x0648 || c === 0x0641) && end - o > 2) {
    o++;
    if (opens(t, text, o, end)) return true;
    c = text.charCodeAt(o);
  }
  return (c === 0x0628 || c === 0x0644 || c === 0x0643) && end - o > 2 && opens(t, text, o + 1, end);
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
