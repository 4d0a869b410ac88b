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

/** The ISO day before an ISO day. */
export function dayBefore(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y as number, (m as number) - 1, (d as number) - 1)).toISOString().slice(0, 10);
}

function dayNumber(d: CalendarDate): number {
  return Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
}

function isRealDay(d: CalendarDate): boolean {
  // Date.UTC reads the years 0–99 as 1900–1999; setUTCFullYear takes them as they are.
  const dt = new Date(0);
  dt.setUTCFullYear(d.year, d.month - 1, d.day);
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

const UMALQURA = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura-nu-latn", {
  timeZone: "UTC",
  year: "numeric",
  month: "numeric",
  day: "numeric",
});

/** The Umm al-Qura date of a Gregorian day, straight from `Intl` (the tests' own oracle). */
export function intlHijri(date: CalendarDate): CalendarDate {
  const parts = UMALQURA.formatToParts(new Date(Date.UTC(date.year, date.month - 1, date.day)));
  const read = (type: string) => Number((parts.find((p) => p.type === type)?.value ?? "").replace(/[^0-9-]/g, ""));
  return { year: read("year"), month: read("month"), day: read("day") };
}

/** The Gregorian day of an Umm al-Qura date, found by walking days from a rough estimate. */
export function intlGregorian(hijri: CalendarDate): string {
  const days = (hijri.year - 1) * 354.367 + (hijri.month - 1) * 29.53 + hijri.day - 1;
  const estimate = Date.UTC(622, 6, 19) + days * 86_400_000;
  for (let k = -60; k <= 60; k++) {
    const t = new Date(Math.round(estimate / 86_400_000 + k) * 86_400_000);
    const g = { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
    const h = intlHijri(g);
    if (h.year === hijri.year && h.month === hijri.month && h.day === hijri.day) {
      return `${g.year}-${String(g.month).padStart(2, "0")}-${String(g.day).padStart(2, "0")}`;
    }
  }
  throw new Error(`no Gregorian day for ${JSON.stringify(hijri)}`);
}

/** "2025-07-21" from { year: 2025, month: 7, day: 21 }. */
export function isoOf(d: CalendarDate): string {
  return `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/** [text, first day, last day] of every mention, for sentences where each member of a list matters. */
export function readDays(sentence: string, reference: string = REF): [string, string, string][] {
  return mentionsOf(sentence, { reference }).map((m) => [m.text, isoOf(m.start), isoOf(m.end)]);
}
