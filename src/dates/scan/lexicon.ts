/**
 * Every date word in one character trie, folded with the same normalizer as the text
 * and built on first use. A lookup walks the view from a word start, reads a space in
 * an entry as any run of white space inside the line, and takes the longest entry
 * that ends at a word boundary; when nothing matches it tries again after an attached
 * proclitic (و ف ب ل ك, or two of them: "وبالأمس"), and reads لل as ل + ال ("للعام
 * المقبل").
 *
 * @module
 */

import {
  ALEF,
  ARABIC_BASE_FIRST,
  ARABIC_BASE_LAST,
  BAA,
  FAA,
  KAF,
  LAM,
  SPACE,
  WAW,
  digitValue,
  isAsciiDigit,
  isDigit,
  isProclitic,
} from "../../core/chars.js";
import {
  ANY_KIND,
  type Found,
  KIND_BITS,
  type Lexeme,
  type LexemeKind,
  type LexemeOf,
  entries,
  foldEntry,
  maskOf,
} from "./lexemes.js";
import { isInlineSpace, isWordAt, isWordCode } from "./text.js";

// Children as parallel arrays searched in a line: most nodes have one to four. The
// root is a table over the Arabic letters ء–ي, where every key starts.
interface TrieNode {
  readonly keys: number[];
  readonly kids: TrieNode[];
  /** For a node with many children (the one after "ال"): the children by letter, ء–ي. */
  letters: (TrieNode | undefined)[] | null;
  lexemes: Lexeme[] | null;
  /** The kinds of `lexemes`, one bit each: 0 for a node that ends no entry. */
  mask: number;
}

/** How many children a node may have before it gets a table by letter. */
const MANY_CHILDREN = 6;

function indexLetters(node: TrieNode): void {
  if (node.keys.length > MANY_CHILDREN) {
    const letters = new Array<TrieNode | undefined>(LAST_LETTER - FIRST_LETTER + 1);
    node.keys.forEach((c, k) => {
      if (c >= FIRST_LETTER && c <= LAST_LETTER) letters[c - FIRST_LETTER] = node.kids[k];
    });
    node.letters = letters;
  }
  for (const kid of node.kids) indexLetters(kid);
}

const FIRST_LETTER = ARABIC_BASE_FIRST;
const LAST_LETTER = ARABIC_BASE_LAST;

function childOf(node: TrieNode, c: number): TrieNode | undefined {
  const letters = node.letters;
  if (letters !== null && c >= FIRST_LETTER && c <= LAST_LETTER) return letters[c - FIRST_LETTER];
  const keys = node.keys;
  for (let k = 0; k < keys.length; k++) if (keys[k] === c) return node.kids[k];
  return undefined;
}

let roots: (TrieNode | undefined)[] | null = null;

// The first two characters of every key, as a table of (letter, next) pairs: most words
// of a text start no key, and two reads turn them away. The next character is a letter,
// a space, a digit, or "none" for a one-letter key.
const PAIR_SLOTS = 64;
const SPACE_SLOT = 42;
const DIGIT_SLOT = 43;
const NONE_SLOT = 63;
let pairs: Uint8Array = new Uint8Array(0);

function slotOf(c: number): number {
  if (c >= FIRST_LETTER && c <= LAST_LETTER) return c - FIRST_LETTER;
  if (isAsciiDigit(c)) return DIGIT_SLOT + digitValue(c);
  return isInlineSpace(c) ? SPACE_SLOT : NONE_SLOT;
}

function trie(): (TrieNode | undefined)[] {
  if (roots !== null) return roots;
  const table: (TrieNode | undefined)[] = new Array<TrieNode | undefined>(LAST_LETTER - FIRST_LETTER + 1);
  const firstPairs = new Uint8Array((LAST_LETTER - FIRST_LETTER + 1) * PAIR_SLOTS);
  for (const [written, lexeme] of entries()) {
    const key = foldEntry(written);
    const second = key.length > 1 ? slotOf(key.charCodeAt(1)) : NONE_SLOT;
    firstPairs[(key.charCodeAt(0) - FIRST_LETTER) * PAIR_SLOTS + second] = 1;
    const first = key.charCodeAt(0) - FIRST_LETTER;
    let node = (table[first] ??= { keys: [], kids: [], letters: null, lexemes: null, mask: 0 });
    for (let i = 1; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let child = childOf(node, c);
      if (child === undefined) {
        child = { keys: [], kids: [], letters: null, lexemes: null, mask: 0 };
        node.keys.push(c);
        node.kids.push(child);
      }
      node = child;
    }
    (node.lexemes ??= []).push(lexeme);
    node.mask = maskOf(node.lexemes);
  }
  for (const node of table) if (node !== undefined) indexLetters(node);
  pairs = firstPairs;
  roots = table;
  return table;
}

function atBoundary(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  if (isWordCode(c)) return false;
  return !(isDigit(c) && isDigit(text.charCodeAt(end - 1)));
}

// What the last walk found: the walk runs once per word of the text, so it reports
// through these two variables instead of allocating a record.
let foundLexemes: Lexeme[] | null = null;
let foundEnd = -1;

// The longest entry from `pos` with a meaning in `mask`; true when there is one. A space
// of a key matches a run of white space inside the line; no key ends with one.
function walk(text: string, pos: number, mask: number): boolean {
  const first = text.charCodeAt(pos);
  if (!(first >= FIRST_LETTER && first <= LAST_LETTER)) return false;
  const node = trie()[first - FIRST_LETTER];
  if (node === undefined) return false;
  const row = (first - FIRST_LETTER) * PAIR_SLOTS;
  const second = pos + 1 < text.length ? slotOf(text.charCodeAt(pos + 1)) : NONE_SLOT;
  // A one-letter key (و، م، ه) ends at anything but a letter: "و12".
  if (pairs[row + second] === 0 && (pairs[row + NONE_SLOT] === 0 || isWordAt(text, pos + 1))) return false;
  return descend(text, pos + 1, node, mask);
}

// The walk below `node`, from `i` on; `foundLexemes` and `foundEnd` hold its result.
function descend(text: string, i: number, node: TrieNode, mask: number): boolean {
  foundLexemes = null;
  const n = text.length;
  if ((node.mask & mask) !== 0 && atBoundary(text, i)) {
    foundLexemes = node.lexemes;
    foundEnd = i;
  }
  while (i < n) {
    const c = text.charCodeAt(i);
    let child: TrieNode | undefined = c === SPACE ? undefined : childOf(node, c);
    if (child === undefined) {
      if (!isInlineSpace(c)) break;
      child = childOf(node, SPACE);
      if (child === undefined) break;
      i++;
      while (i < n && isInlineSpace(text.charCodeAt(i))) i++;
      node = child;
      continue;
    }
    node = child;
    i++;
    if ((node.mask & mask) !== 0 && atBoundary(text, i)) {
      foundLexemes = node.lexemes;
      foundEnd = i;
    }
  }
  return foundLexemes !== null;
}

let article: TrieNode | null | undefined;

// The walk from `pos` as if "ال" stood before it.
function walkAfterArticle(text: string, pos: number, mask: number): boolean {
  if (article === undefined) {
    const alef = trie()[ALEF - FIRST_LETTER];
    article = (alef === undefined ? undefined : childOf(alef, LAM)) ?? null;
  }
  return article !== null && descend(text, pos, article, mask);
}

/** Where the entry found by `lookup` starts (after a proclitic), or −1 when there is none. */
function lookup(text: string, pos: number, mask: number): number {
  if (walk(text, pos, mask)) return pos;
  const first = text.charCodeAt(pos);
  if (!isProclitic(first) || !isWordAt(text, pos + 1)) return -1;
  if (walk(text, pos + 1, mask)) return pos + 1;
  const second = text.charCodeAt(pos + 1);
  // ل + ال is written لل: "للعام المقبل" reads العام after it; the word is the mention.
  if (first === LAM && second === LAM && isWordAt(text, pos + 2) && walkAfterArticle(text, pos + 2, mask)) return pos;
  if ((first === WAW || first === FAA) && (second === BAA || second === LAM || second === KAF)) {
    if (isWordAt(text, pos + 2) && walk(text, pos + 2, mask)) return pos + 2;
    // "وللعام المقبل": the word after و is the mention.
    if (second === LAM && text.charCodeAt(pos + 2) === LAM && isWordAt(text, pos + 3) && walkAfterArticle(text, pos + 3, mask)) {
      return pos + 1;
    }
  }
  return -1;
}

/**
 * Every meaning of the longest entry at the word start `pos`, or null.
 *
 * @example
 * ```ts
 * entriesAt("وبالامس", 0); // { lexemes: [{ kind: "relativeDay", offset: -1, … }], mask: 4, start: 2, end: 7 }
 * ```
 */
export function entriesAt(
  text: string,
  pos: number,
): { lexemes: readonly Lexeme[]; mask: number; start: number; end: number } | null {
  const start = lookup(text, pos, ANY_KIND);
  return start < 0 || foundLexemes === null
    ? null
    : { lexemes: foundLexemes, mask: maskOf(foundLexemes), start, end: foundEnd };
}

/**
 * `entriesAt` for the scanner, which asks at every word: writes the meanings and place
 * of the longest entry at `pos` into `into` and returns the mask of their kinds, or 0
 * when there is none (then `into` is left as it was). Allocates nothing.
 */
export function entriesInto(
  text: string,
  pos: number,
  into: { lexemes: readonly Lexeme[] | null; start: number; end: number },
): number {
  const start = lookup(text, pos, ANY_KIND);
  if (start < 0 || foundLexemes === null) return 0;
  into.lexemes = foundLexemes;
  into.start = start;
  into.end = foundEnd;
  return maskOf(foundLexemes);
}

/**
 * The longest entry of one kind at the word start `pos`, or null. With `proclitic`
 * false, only an entry that starts at `pos` itself (the caller wants nothing else, and
 * the two walks after و/ب/ل… are saved).
 *
 * @example
 * ```ts
 * entryAt("كانون 2 2024", 0, "month"); // { lexeme: { kind: "month", month: 1, … }, start: 0, end: 7 }
 * ```
 */
export function entryAt<K extends LexemeKind>(
  text: string,
  pos: number,
  kind: K,
  proclitic = true,
): Found<LexemeOf<K>> | null {
  const start = proclitic ? lookup(text, pos, KIND_BITS[kind]) : walk(text, pos, KIND_BITS[kind]) ? pos : -1;
  if (start < 0 || foundLexemes === null) return null;
  const lexeme = foundLexemes.find((l): l is LexemeOf<K> => l.kind === kind);
  return lexeme === undefined ? null : { lexeme, start, end: foundEnd };
}
