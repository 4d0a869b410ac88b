/**
 * Weekday names. Folding makes one entry of الإثنين الاثنين الأثنين and of الأربعاء
 * الاربعاء; the older spelling الثلثاء is an entry of its own.
 *
 * @module
 */

/** A weekday name. */
export interface WeekdayName {
  /** The name as written. */
  readonly name: string;
  /** The day of the week as `Date.prototype.getUTCDay` counts it: 0 is Sunday, 6 Saturday. */
  readonly weekday: number;
}

/** Every weekday name nashra reads. */
export const WEEKDAYS: readonly WeekdayName[] = [
  { name: "الأحد", weekday: 0 },
  { name: "الإثنين", weekday: 1 },
  { name: "الثلاثاء", weekday: 2 },
  { name: "الثلثاء", weekday: 2 },
  { name: "الأربعاء", weekday: 3 },
  { name: "الخميس", weekday: 4 },
  { name: "الجمعة", weekday: 5 },
  { name: "السبت", weekday: 6 },
];
