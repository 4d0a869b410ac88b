/**
 * What the parsers propose: what the text says, with its place in the view, before
 * anything is resolved against the reference date.
 *
 * @module
 */

import type { MonthPart } from "./lexicon/markers.js";
import type { CalendarDate, DateCalendar, DateGrain, DatePart } from "./types.js";

/** The day of a month a date names. */
export type DaySpec =
  | { readonly kind: "day"; readonly day: number }
  /** سلخ: the month's last day. */
  | { readonly kind: "last" }
  /** أوائل/منتصف/أواخر, halves and weeks: the days of `part`. */
  | { readonly kind: "part"; readonly part: MonthPart };

/** Where a date's year comes from. */
export type YearSpec =
  /** Written: "2024", "1445هـ". */
  | { readonly kind: "year"; readonly year: number }
  /** The reference's year plus `shift`: "من العام الماضي" (−1), "الجاري" (0). */
  | { readonly kind: "shift"; readonly shift: number }
  /** The occurrence `steps` before (−) or after (+) the reference: "مارس الماضي", "15 مايو المقبل". */
  | { readonly kind: "place"; readonly steps: number }
  /** After "منذ" (since), no year written: the latest occurrence that starts on or before the reference. */
  | { readonly kind: "since" }
  /** A Hijri month in a Gregorian year ("رمضان 2024"): the occurrence that starts in that year. */
  | { readonly kind: "within"; readonly year: number }
  /** Not written: the occurrence nearest the reference. */
  | { readonly kind: "nearest" };

/** The part of a candidate every kind has: its place in the view. */
interface Place {
  /** Start in the view text. */
  start: number;
  /** End in the view text. */
  end: number;
}

/** A day, a part of a month or a whole month, Gregorian or Hijri. */
export interface DateCandidate extends Place {
  readonly kind: "date";
  readonly calendar: DateCalendar;
  readonly month: number;
  readonly year: YearSpec;
  /** Null for the whole month. */
  readonly day: DaySpec | null;
}

/** A whole year, or years: "عام 2011", "1445هـ", "عامي 2023 و2024". */
export interface YearCandidate extends Place {
  readonly kind: "year";
  readonly calendar: DateCalendar;
  readonly year: number;
  /** The last year of "عامي 2023 و2024"; absent for one year. */
  readonly last?: number;
}

/** A weekday, placed from the reference: "الإثنين", "الأحد الماضي". */
export interface WeekdayCandidate extends Place {
  readonly kind: "weekday";
  readonly weekday: number;
  /** 0: on or before the reference; −1 strictly before; 1 strictly after; ±2 one week further. */
  readonly shift: number;
  /** With shift 0: on or after the reference instead, the clause being in the future ("ستجرى … يوم الأحد"). */
  readonly ahead?: true;
}

/**
 * A period counted from the reference: "أمس" (day −1), "قبل شهر" (month −1),
 * "الأسبوع المقبل" (week +1), with a day inside a month ("5 من الشهر الجاري").
 */
export interface ShiftCandidate extends Place {
  readonly kind: "shift";
  readonly unit: "day" | "week" | "month" | "year";
  readonly amount: number;
  /** For a month: the day or part of it; null for the whole period. */
  readonly day: DaySpec | null;
  /** True for a day named by a word (أمس، اليوم، غدا), which a weekday beside it confirms. */
  readonly named: boolean;
}

/**
 * Text that looks like a date and is none: a two-name form whose names disagree
 * ("تشرين الثاني/ديسمبر"), a place named after a date ("مدينة 6 أكتوبر"). It takes its
 * stretch of text from the shorter candidates inside it, and gives no date.
 */
export interface BlockedCandidate extends Place {
  readonly kind: "blocked";
}

/** Anything a parser proposes. */
export type Candidate = DateCandidate | YearCandidate | WeekdayCandidate | ShiftCandidate | BlockedCandidate;

/** A candidate resolved against the reference date. */
export interface Resolved {
  /** First day covered, as a day number (days since 1970-01-01). */
  readonly first: number;
  /** Last day covered, inclusive. */
  readonly last: number;
  readonly grain: DateGrain;
  readonly calendar: DateCalendar;
  /** The Hijri date (or first day of the Hijri range) for Hijri input. */
  readonly hijri: CalendarDate | null;
  /** The parts taken from the reference. */
  readonly implied: readonly DatePart[];
}

/** A candidate with its resolution: what the refiners after resolution work on. */
export interface Item {
  /** Start in the view text. */
  start: number;
  /** End in the view text. */
  end: number;
  readonly candidate: Candidate;
  readonly resolved: Resolved;
}
