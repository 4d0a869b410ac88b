/**
 * The meanings of date words, and the list of every entry of the lexicon tables with
 * its meaning: what the trie (`lexicon.ts`) is built from.
 *
 * @module
 */

import { viewOf } from "../../normalize/normalize.js";
import { MATCH_OPTIONS } from "../../normalize/match.js";
import { GREGORIAN_MONTHS, type MonthRegion } from "../lexicon/gregorian-months.js";
import { HIJRI_MONTHS } from "../lexicon/hijri-months.js";
import {
  ADVERBIAL_NOUNS,
  CALENDAR_YEAR_WORDS,
  CONNECTORS,
  COUNTED_NOUNS,
  type ConnectorRole,
  LEADS,
  MONTH_PARTS,
  YEAR_PARTS,
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
  GENERAL_HEADS,
  NAMED_AFTER_A_DATE,
  NAMES_WITH_TODAY,
  NOT_TODAY_AFTER,
  OUTLET_NOUNS,
  PERIODS,
  RELATIVE_DAYS,
  SHIFTS,
  THIS_WORDS,
  type TimeUnit,
  UNITS,
} from "../lexicon/relative.js";
import { HOLIDAYS } from "../lexicon/holidays.js";
import { WEEKDAYS } from "../lexicon/weekdays.js";
import type { DateCalendar } from "../types.js";
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
  | { readonly kind: "yearWord"; readonly calendar?: DateCalendar }
  | { readonly kind: "yearPair" }
  | { readonly kind: "generalHead" }
  | { readonly kind: "countedNoun"; readonly counted: boolean }
  | { readonly kind: "monthWord" }
  | { readonly kind: "part"; readonly part: MonthPart }
  | { readonly kind: "yearPart"; readonly firstMonth: number; readonly lastMonth: number }
  | { readonly kind: "holiday"; readonly calendar: DateCalendar; readonly month: number; readonly day: number }
  | { readonly kind: "namedDay"; readonly day: "first" | "last" }
  | { readonly kind: "connector"; readonly role: ConnectorRole; readonly adjacent?: true }
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

/** Every entry as [written form, meaning]; folded when the trie is built. */
export function entries(): [string, Lexeme][] {
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
  for (const w of OUTLET_NOUNS) out.push([w, { kind: "todayName" }]);
  for (const w of NAMED_AFTER_A_DATE) out.push([w, { kind: "namedAfterDate" }]);
  for (const u of UNITS) out.push([u.name, { kind: "unit", unit: u.unit, count: u.count }]);
  for (const p of PERIODS) out.push([p.name, { kind: "period", unit: p.unit }]);
  for (const s of SHIFTS) out.push([s.name, { kind: "shift", shift: s.shift }]);
  for (const w of THIS_WORDS) out.push([w, { kind: "this" }]);
  for (const d of DIRECTIONS) out.push([d.name, { kind: "direction", sign: d.sign }]);
  for (const w of APPROXIMATELY) out.push([w, { kind: "approx" }]);
  for (const m of YEAR_MARKERS) out.push([m.name, { kind: "marker", calendar: m.calendar }]);
  for (const w of YEAR_WORDS) out.push([w, { kind: "yearWord" }]);
  for (const w of CALENDAR_YEAR_WORDS) out.push([w.name, { kind: "yearWord", calendar: w.calendar }]);
  for (const w of YEAR_PAIR_WORDS) out.push([w, { kind: "yearPair" }]);
  for (const w of GENERAL_HEADS) out.push([w, { kind: "generalHead" }]);
  for (const w of COUNTED_NOUNS) {
    out.push([w, { kind: "countedNoun", counted: true }]);
    // And in the accusative, after a count ending in 11–99: "2050 دولارا".
    out.push([`${w}ا`, { kind: "countedNoun", counted: true }]);
  }
  for (const w of ADVERBIAL_NOUNS) out.push([w, { kind: "countedNoun", counted: false }]);
  for (const w of MONTH_WORDS) out.push([w, { kind: "monthWord" }]);
  for (const p of MONTH_PARTS) out.push([p.name, { kind: "part", part: p.part }]);
  for (const h of HOLIDAYS) out.push([h.name, { kind: "holiday", calendar: h.calendar, month: h.month, day: h.day }]);
  for (const p of YEAR_PARTS) out.push([p.name, { kind: "yearPart", firstMonth: p.firstMonth, lastMonth: p.lastMonth }]);
  for (const d of NAMED_DAYS) out.push([d.name, { kind: "namedDay", day: d.day }]);
  for (const c of CONNECTORS) out.push([c.name, c.adjacent === true ? { kind: "connector", role: c.role, adjacent: true } : { kind: "connector", role: c.role }]);
  for (const w of LEADS) out.push([w, { kind: "lead" }]);
  return out;
}

/** The key a written entry is stored under: the matching view of it, spaces single. */
export function foldEntry(written: string): string {
  return viewOf(written, MATCH_OPTIONS).text.trim().split(/\s+/u).join(" ");
}

/** Every entry with its folded key, for tests and documentation. */
export function lexiconEntries(): { key: string; written: string; lexeme: Lexeme }[] {
  return entries().map(([written, lexeme]) => ({ key: foldEntry(written), written, lexeme }));
}

/** One bit per kind of entry. */
export const KIND_BITS: Readonly<Record<LexemeKind, number>> = {
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
  generalHead: 2097152,
  countedNoun: 4194304,
  yearPart: 8388608,
  holiday: 16777216,
};
/** Every kind at once. */
export const ANY_KIND = 33554431;

/** The mask of the kinds of some entries. */
export function maskOf(lexemes: readonly Lexeme[]): number {
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
