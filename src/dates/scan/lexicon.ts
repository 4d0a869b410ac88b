/**
 * Every date word in one character trie, folded with the same normalizer as the text
 * and built on first use. A lookup walks the view from a word start, reads a space in
 * an entry as any run of white space inside the line, and takes the longest entry
 * that ends at a word boundary; when nothing matches it tries again after an attached
 * proclitic (و ف ب ل ك, or two of them: "وبالأمس").
 *
 * @module
 */

import {
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
import { viewOf } from "../../normalize/normalize.js";
import { MATCH_OPTIONS } from "../../normalize/match.js";
import { GREGORIAN_MONTHS, type MonthRegion } from "../lexicon/gregorian-months.js";
import { HIJRI_MONTHS } from "../lexicon/hijri-months.js";
import {
  CONNECTORS,
  type ConnectorRole,
  LEADS,
  MONTH_PARTS,
  MONTH_WORDS,
  type MonthPart,
  NAMED_DAYS,
  YEAR_MARKERS,
  YEAR_PAIR_WORDS,
  YEAR_WORDS,
} from "../lexicon/markers.js";
import {
  APPROXIMATELY,
  DAY_PARTS,
  DIRECTIONS,
  NAMED_AFTER_A_DATE,
  NAMES_WITH_TODAY,
  NOT_TODAY_AFTER,
  PERIODS,
  RELATIVE_DAYS,
  SHIFTS,
  THIS_WORDS,
  type TimeUnit,
  UNITS,
} from "../lexicon/relative.js";
import { WEEKDAYS } from "../lexicon/weekdays.js";
import type { DateCalendar } from "../types.js";
import { isInlineSpace, isWordAt, isWordCode } from "./text.js";

/** How much context a month name needs: none, a day/year/preposition, or more (صفر). */
export type MonthNeed = "none" | "context" | "strict";

/** What a lexicon entry means to the parsers. */
export type Lexeme =
  | {
      readonly kind: "month";
      readonly calendar: DateCalendar;
      readonly month: number;
      readonly need: MonthNeed;
      readonly regions: readonly (MonthRegion | "hijri")[];
    }
  | { readonly kind: "weekday"; readonly weekday: number }
  | { readonly kind: "relativeDay"; readonly offset: number; readonly needsPrefix: boolean }
  | { readonly kind: "dayPart" }
  | { readonly kind: "notToday" }
  | { readonly kind: "todayName" }
  | { readonly kind: "namedAfterDate" }
  | { readonly kind: "unit"; readonly unit: TimeUnit; readonly count: 1 | 2 | null }
  | { readonly kind: "period"; readonly unit: "week" | "month" | "year" }
  | { readonly kind: "shift"; readonly shift: -2 | -1 | 0 | 1 | 2 }
  | { readonly kind: "this" }
  | { readonly kind: "direction"; readonly sign: -1 | 1 }
  | { readonly kind: "approx" }
  | { readonly kind: "marker"; readonly calendar: DateCalendar }
  | { readonly kind: "yearWord" }
  | { readonly kind: "yearPair" }
  | { readonly kind: "monthWord" }
  | { readonly kind: "part"; readonly part: MonthPart }
  | { readonly kind: "namedDay"; readonly day: "first" | "last" }
  | { readonly kind: "connector"; readonly role: ConnectorRole }
  | { readonly kind: "lead" };

/** The kinds of lexicon entries. */
export type LexemeKind = Lexeme["kind"];

/** The entry of one kind. */
export type LexemeOf<K extends LexemeKind> = Extract<Lexeme, { kind: K }>;

/** An entry found in the text: where it stands in the view (after any proclitic). */
export interface Found<L extends Lexeme = Lexeme> {
  /** The entry. */
  readonly lexeme: L;
  /** Where the entry starts, after an attached proclitic. */
  readonly start: number;
  /** Where the entry ends. */
  readonly end: number;
}

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

/** Every entry as [written form, meaning]; folded when the trie is built. */
function entries(): [string, Lexeme][] {
  const out: [string, Lexeme][] = [];
  for (const m of GREGORIAN_MONTHS) {
    const need = m.ambiguous === true ? "context" : "none";
    out.push([m.name, { kind: "month", calendar: "gregorian", month: m.month, need, regions: m.regions }]);
  }
  for (const m of HIJRI_MONTHS) {
    const need = m.use === "month" ? "none" : m.use === "name" ? "context" : "strict";
    out.push([m.name, { kind: "month", calendar: "hijri", month: m.month, need, regions: ["hijri"] }]);
  }
  for (const w of WEEKDAYS) out.push([w.name, { kind: "weekday", weekday: w.weekday }]);
  for (const r of RELATIVE_DAYS) {
    out.push([r.name, { kind: "relativeDay", offset: r.offset, needsPrefix: r.needsPrefix === true }]);
  }
  for (const w of DAY_PARTS) out.push([w, { kind: "dayPart" }]);
  for (const w of NOT_TODAY_AFTER) out.push([w, { kind: "notToday" }]);
  for (const w of NAMES_WITH_TODAY) out.push([w, { kind: "todayName" }]);
  for (const w of NAMED_AFTER_A_DATE) out.push([w, { kind: "namedAfterDate" }]);
  for (const u of UNITS) out.push([u.name, { kind: "unit", unit: u.unit, count: u.count }]);
  for (const p of PERIODS) out.push([p.name, { kind: "period", unit: p.unit }]);
  for (const s of SHIFTS) out.push([s.name, { kind: "shift", shift: s.shift }]);
  for (const w of THIS_WORDS) out.push([w, { kind: "this" }]);
  for (const d of DIRECTIONS) out.push([d.name, { kind: "direction", sign: d.sign }]);
  for (const w of APPROXIMATELY) out.push([w, { kind: "approx" }]);
  for (const m of YEAR_MARKERS) out.push([m.name, { kind: "marker", calendar: m.calendar }]);
  for (const w of YEAR_WORDS) out.push([w, { kind: "yearWord" }]);
  for (const w of YEAR_PAIR_WORDS) out.push([w, { kind: "yearPair" }]);
  for (const w of MONTH_WORDS) out.push([w, { kind: "monthWord" }]);
  for (const p of MONTH_PARTS) out.push([p.name, { kind: "part", part: p.part }]);
  for (const d of NAMED_DAYS) out.push([d.name, { kind: "namedDay", day: d.day }]);
  for (const c of CONNECTORS) out.push([c.name, { kind: "connector", role: c.role }]);
  for (const w of LEADS) out.push([w, { kind: "lead" }]);
  return out;
}

/** The key a written entry is stored under: the matching view of it, spaces single. */
function foldEntry(written: string): string {
  return viewOf(written, MATCH_OPTIONS).text.trim().split(/\s+/u).join(" ");
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

/** Every entry with its folded key, for tests and documentation. */
export function lexiconEntries(): { key: string; written: string; lexeme: Lexeme }[] {
  return entries().map(([written, lexeme]) => ({ key: foldEntry(written), written, lexeme }));
}

function atBoundary(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  if (isWordCode(c)) return false;
  return !(isDigit(c) && isDigit(text.charCodeAt(end - 1)));
}

const KIND_BITS: Readonly<Record<LexemeKind, number>> = {
  month: 1,
  weekday: 2,
  relativeDay: 4,
  dayPart: 8,
  notToday: 16,
  unit: 32,
  period: 64,
  shift: 128,
  this: 256,
  direction: 512,
  approx: 1024,
  marker: 2048,
  yearWord: 4096,
  monthWord: 8192,
  part: 16384,
  namedDay: 32768,
  connector: 65536,
  lead: 131072,
  todayName: 262144,
  namedAfterDate: 524288,
  yearPair: 1048576,
};
const ANY_KIND = 2097151;

function maskOf(lexemes: readonly Lexeme[]): number {
  let mask = 0;
  for (const l of lexemes) mask |= KIND_BITS[l.kind];
  return mask;
}

/** One bit per kind: the mask of a set of kinds, to compare with `entriesAt(…).mask`. */
export function kindMask(kinds: readonly LexemeKind[]): number {
  let mask = 0;
  for (const k of kinds) mask |= KIND_BITS[k];
  return mask;
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
  let node = trie()[first - FIRST_LETTER];
  if (node === undefined) return false;
  const row = (first - FIRST_LETTER) * PAIR_SLOTS;
  const second = pos + 1 < text.length ? slotOf(text.charCodeAt(pos + 1)) : NONE_SLOT;
  // A one-letter key (و، م، ه) ends at anything but a letter: "و12".
  if (pairs[row + second] === 0 && (pairs[row + NONE_SLOT] === 0 || isWordAt(text, pos + 1))) return false;
  foundLexemes = null;
  let i = pos + 1;
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


/** Where the entry found by `lookup` starts (after a proclitic), or −1 when there is none. */
function lookup(text: string, pos: number, mask: number): number {
  if (walk(text, pos, mask)) return pos;
  const first = text.charCodeAt(pos);
  if (!isProclitic(first) || !isWordAt(text, pos + 1)) return -1;
  if (walk(text, pos + 1, mask)) return pos + 1;
  const second = text.charCodeAt(pos + 1);
  if ((first === WAW || first === FAA) && (second === BAA || second === LAM || second === KAF)) {
    if (isWordAt(text, pos + 2) && walk(text, pos + 2, mask)) return pos + 2;
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
