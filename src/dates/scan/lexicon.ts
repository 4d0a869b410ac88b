/**
 * Every date word in one character trie, folded with the same normalizer as the text
 * and built on first use. A lookup walks the view from a word start, reads a space in
 * an entry as any run of white space inside the line, and takes the longest entry
 * that ends at a word boundary; when nothing matches it tries again after an attached
 * proclitic (و ف ب ل ك, or two of them: "وبالأمس").
 *
 * @module
 */

import { isDigit, isWordChar } from "../../core/chars.js";
import { viewOf } from "../../normalize/normalize.js";
import { MATCH_OPTIONS } from "../../normalize/options.js";
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
  YEAR_WORDS,
} from "../lexicon/markers.js";
import {
  APPROXIMATELY,
  DAY_PARTS,
  DIRECTIONS,
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
import { isInlineSpace, isWordAt } from "./text.js";

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
  | { readonly kind: "unit"; readonly unit: TimeUnit; readonly count: 1 | 2 | null }
  | { readonly kind: "period"; readonly unit: "week" | "month" | "year" }
  | { readonly kind: "shift"; readonly shift: -2 | -1 | 0 | 1 | 2 }
  | { readonly kind: "this" }
  | { readonly kind: "direction"; readonly sign: -1 | 1 }
  | { readonly kind: "approx" }
  | { readonly kind: "marker"; readonly calendar: DateCalendar }
  | { readonly kind: "yearWord" }
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

interface TrieNode {
  readonly next: Map<number, TrieNode>;
  lexemes: Lexeme[] | null;
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
  for (const u of UNITS) out.push([u.name, { kind: "unit", unit: u.unit, count: u.count }]);
  for (const p of PERIODS) out.push([p.name, { kind: "period", unit: p.unit }]);
  for (const s of SHIFTS) out.push([s.name, { kind: "shift", shift: s.shift }]);
  for (const w of THIS_WORDS) out.push([w, { kind: "this" }]);
  for (const d of DIRECTIONS) out.push([d.name, { kind: "direction", sign: d.sign }]);
  for (const w of APPROXIMATELY) out.push([w, { kind: "approx" }]);
  for (const m of YEAR_MARKERS) out.push([m.name, { kind: "marker", calendar: m.calendar }]);
  for (const w of YEAR_WORDS) out.push([w, { kind: "yearWord" }]);
  for (const w of MONTH_WORDS) out.push([w, { kind: "monthWord" }]);
  for (const p of MONTH_PARTS) out.push([p.name, { kind: "part", part: p.part }]);
  for (const d of NAMED_DAYS) out.push([d.name, { kind: "namedDay", day: d.day }]);
  for (const c of CONNECTORS) out.push([c.name, { kind: "connector", role: c.role }]);
  for (const w of LEADS) out.push([w, { kind: "lead" }]);
  return out;
}

/** The key a written entry is stored under: the matching view of it, spaces single. */
export function foldEntry(written: string): string {
  return viewOf(written, MATCH_OPTIONS).text.trim().split(/\s+/u).join(" ");
}

let root: TrieNode | null = null;

function trie(): TrieNode {
  if (root !== null) return root;
  const top: TrieNode = { next: new Map(), lexemes: null };
  for (const [written, lexeme] of entries()) {
    const key = foldEntry(written);
    let node = top;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let child = node.next.get(c);
      if (child === undefined) {
        child = { next: new Map(), lexemes: null };
        node.next.set(c, child);
      }
      node = child;
    }
    (node.lexemes ??= []).push(lexeme);
  }
  root = top;
  return top;
}

/** Every entry with its folded key, for tests and documentation. */
export function lexiconEntries(): { key: string; written: string; lexeme: Lexeme }[] {
  return entries().map(([written, lexeme]) => ({ key: foldEntry(written), written, lexeme }));
}

function atBoundary(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  if (isWordChar(c)) return false;
  return !(isDigit(c) && isDigit(text.charCodeAt(end - 1)));
}

// The longest entry from `pos` whose meanings include `kind` (any kind when null).
function walk(text: string, pos: number, kind: LexemeKind | null): { lexemes: Lexeme[]; end: number } | null {
  let node = trie();
  let best: { lexemes: Lexeme[]; end: number } | null = null;
  let i = pos;
  const n = text.length;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (isInlineSpace(c)) {
      let j = i + 1;
      while (j < n && isInlineSpace(text.charCodeAt(j))) j++;
      i = j - 1;
      c = 0x20;
    }
    const child = node.next.get(c);
    if (child === undefined) break;
    node = child;
    i++;
    const lexemes = node.lexemes;
    if (lexemes !== null && atBoundary(text, i) && (kind === null || lexemes.some((l) => l.kind === kind))) {
      best = { lexemes, end: i };
    }
  }
  return best;
}

const WAW = 0x0648;
const FAA = 0x0641;
const BAA = 0x0628;
const LAM = 0x0644;
const KAF = 0x0643;

function isProclitic(c: number): boolean {
  return c === WAW || c === FAA || c === BAA || c === LAM || c === KAF;
}

function lookup(text: string, pos: number, kind: LexemeKind | null): { lexemes: Lexeme[]; start: number; end: number } | null {
  const direct = walk(text, pos, kind);
  if (direct !== null) return { ...direct, start: pos };
  const first = text.charCodeAt(pos);
  if (!isProclitic(first) || !isWordAt(text, pos + 1)) return null;
  const one = walk(text, pos + 1, kind);
  if (one !== null) return { ...one, start: pos + 1 };
  const second = text.charCodeAt(pos + 1);
  if ((first === WAW || first === FAA) && (second === BAA || second === LAM || second === KAF)) {
    if (!isWordAt(text, pos + 2)) return null;
    const two = walk(text, pos + 2, kind);
    if (two !== null) return { ...two, start: pos + 2 };
  }
  return null;
}

/**
 * Every meaning of the longest entry at the word start `pos`, or null.
 *
 * @example
 * ```ts
 * entriesAt("وبالامس", 0); // { lexemes: [{ kind: "relativeDay", offset: -1, … }], start: 2, end: 7 }
 * ```
 */
export function entriesAt(text: string, pos: number): { lexemes: readonly Lexeme[]; start: number; end: number } | null {
  return lookup(text, pos, null);
}

/**
 * The longest entry of one kind at the word start `pos`, or null.
 *
 * @example
 * ```ts
 * entryAt("كانون 2 2024", 0, "month"); // { lexeme: { kind: "month", month: 1, … }, start: 0, end: 7 }
 * ```
 */
export function entryAt<K extends LexemeKind>(text: string, pos: number, kind: K): Found<LexemeOf<K>> | null {
  if (pos >= text.length) return null;
  const hit = lookup(text, pos, kind);
  if (hit === null) return null;
  const lexeme = hit.lexemes.find((l): l is LexemeOf<K> => l.kind === kind);
  return lexeme === undefined ? null : { lexeme, start: hit.start, end: hit.end };
}
