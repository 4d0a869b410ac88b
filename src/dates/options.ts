/**
 * `DateOptions` checked and decided: the reference date as a day number and the week start.
 *
 * @module
 */

import { describe } from "../core/errors.js";
import { isValidDate, toDayNumber } from "./calendar.js";
import type { CalendarDate, DateOptions, WeekStart } from "./types.js";

/** The options with every choice made. */
export interface ResolvedDateOptions {
  /** The reference date. */
  readonly reference: CalendarDate;
  /** The reference date as a day number (days since 1970-01-01). */
  readonly today: number;
  /** The first day of a week. */
  readonly weekStart: WeekStart;
}

const WEEK_STARTS: readonly WeekStart[] = ["saturday", "sunday", "monday"];
const OPTION_NAMES = ["reference", "weekStart"];

// "YYYY-MM-DD" and nothing else: fixed widths, so no backtracking.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function today(): CalendarDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/**
 * Reads a day given as { year, month, day } or "YYYY-MM-DD" (today when undefined), or
 * throws naming `fn` and the option: a RangeError for a day that does not exist.
 */
export function readReference(fn: string, value: unknown, option = "reference"): CalendarDate {
  if (value === undefined) return today();
  if (typeof value === "string") {
    const m = ISO_DATE.exec(value);
    const date = m === null ? null : { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    if (date === null) {
      throw new RangeError(`${fn}: option "${option}" must be a day written "YYYY-MM-DD", got ${describe(value)}`);
    }
    if (!isValidDate(date.year, date.month, date.day)) {
      throw new RangeError(`${fn}: option "${option}" is ${describe(value)}, a day that does not exist`);
    }
    return date;
  }
  if (value === null || typeof value !== "object" || value instanceof Date) {
    throw new (value instanceof Date ? RangeError : TypeError)(
      `${fn}: option "${option}" must be { year, month, day } or a "YYYY-MM-DD" string, got ${
        value instanceof Date ? "a Date (a news date has no time zone; pass { year, month, day })" : describe(value)
      }`,
    );
  }
  const { year, month, day } = value as Partial<Record<keyof CalendarDate, unknown>>;
  if (
    typeof year !== "number" ||
    typeof month !== "number" ||
    typeof day !== "number" ||
    !isValidDate(year, month, day)
  ) {
    throw new RangeError(
      `${fn}: option "${option}" is not a Gregorian day: ` +
        `{ year: ${String(year)}, month: ${String(month)}, day: ${String(day)} }`,
    );
  }
  return { year, month, day };
}

/** Checks what the caller passed and decides every option, or throws naming `fn` and the option. */
export function resolveDateOptions(fn: string, options: DateOptions | undefined): ResolvedDateOptions {
  if (options !== undefined && (options === null || typeof options !== "object")) {
    throw new TypeError(`${fn}: options must be an object, got ${describe(options)}`);
  }
  const given = (options ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!OPTION_NAMES.includes(key)) {
      throw new RangeError(`${fn}: unknown option "${key}"; valid options are ${OPTION_NAMES.join(", ")}`);
    }
  }
  const reference = readReference(fn, given["reference"]);
  const weekStart = given["weekStart"] ?? "saturday";
  if (!WEEK_STARTS.includes(weekStart as WeekStart)) {
    throw new RangeError(
      `${fn}: option "weekStart" must be one of ${WEEK_STARTS.map((w) => `"${w}"`).join(", ")}, got ${describe(weekStart)}`,
    );
  }
  return {
    reference,
    today: toDayNumber(reference.year, reference.month, reference.day),
    weekStart: weekStart as WeekStart,
  };
}
