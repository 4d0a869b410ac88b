import { expect } from "vitest";
import { extractDates } from "../../src/dates/index.js";
import type { CalendarDate, DateMention, DateOptions } from "../../src/dates/index.js";

/** Tuesday 22 July 2025: the publication date of most examples (the issue's own example). */
export const REF = "2025-07-22";

/** "2025-07-21" → { year: 2025, month: 7, day: 21 }. */
export function day(iso: string): CalendarDate {
  const [y, m, d] = iso.split("-").map(Number);
  return { year: y as number, month: m as number, day: d as number };
}

function dayNumber(d: CalendarDate): number {
  return Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
}

function isRealDay(d: CalendarDate): boolean {
  const dt = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return dt.getUTCFullYear() === d.year && dt.getUTCMonth() === d.month - 1 && dt.getUTCDate() === d.day;
}

/** The invariants every result of `extractDates` keeps, checked on every call. */
export function checkInvariants(input: string, mentions: readonly DateMention[]): void {
  let previousEnd = 0;
  for (const m of mentions) {
    expect(input.slice(m.span.start, m.span.end)).toBe(m.text);
    expect(m.span.start).toBeGreaterThanOrEqual(previousEnd);
    expect(m.span.end).toBeGreaterThan(m.span.start);
    previousEnd = m.span.end;
    expect(isRealDay(m.start) && isRealDay(m.end)).toBe(true);
    expect(dayNumber(m.start)).toBeLessThanOrEqual(dayNumber(m.end));
    expect(["day", "week", "month", "year"]).toContain(m.grain);
    expect(m.relative).toBe(m.implied.length > 0);
    expect(m.hijri !== undefined).toBe(m.calendar === "hijri");
    expect(m.text).toBe(m.text.trim());
  }
}

/** `extractDates` with the invariants checked. */
export function mentionsOf(text: string, options: DateOptions = { reference: REF }): DateMention[] {
  const mentions = extractDates(text, options);
  checkInvariants(text, mentions);
  return mentions;
}

/** The one mention of `text`; fails when there is none or more than one. */
export function expectSingle(text: string, options: DateOptions = { reference: REF }): DateMention {
  const mentions = mentionsOf(text, options);
  expect(mentions.map((m) => m.text)).toHaveLength(1);
  return mentions[0] as DateMention;
}

/** Fails when `text` has any mention. */
export function expectNone(text: string, options: DateOptions = { reference: REF }): void {
  expect(mentionsOf(text, options).map((m) => m.text)).toEqual([]);
}

/** The mention of `text` whose text is `found`; fails when there is none. */
export function mentionWith(text: string, found: string, options: DateOptions = { reference: REF }): DateMention {
  const mentions = mentionsOf(text, options);
  const m = mentions.find((x) => x.text === found);
  expect(m, `no mention "${found}" among ${JSON.stringify(mentions.map((x) => x.text))}`).toBeDefined();
  return m as DateMention;
}

/** What a mention should be: its text and days, and, when given, its grain and calendar. */
export interface Expected {
  text: string;
  start: string;
  end?: string;
  grain?: DateMention["grain"];
  calendar?: DateMention["calendar"];
  relative?: boolean;
}

/** Asserts that the only mention of `sentence` is `expected`. */
export function expectDate(sentence: string, expected: Expected, options: DateOptions = { reference: REF }): DateMention {
  const m = expectSingle(sentence, options);
  expect(m.text).toBe(expected.text);
  expect(m.start).toEqual(day(expected.start));
  expect(m.end).toEqual(day(expected.end ?? expected.start));
  if (expected.grain !== undefined) expect(m.grain).toBe(expected.grain);
  if (expected.calendar !== undefined) expect(m.calendar).toBe(expected.calendar);
  if (expected.relative !== undefined) expect(m.relative).toBe(expected.relative);
  return m;
}
