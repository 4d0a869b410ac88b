/**
 * Takes in the word for a part of the day before a day: "يوم الإثنين", "مساء أمس",
 * "صباح اليوم", "ليلة 27 رمضان", "يوم 22 - 09 - 2012". A proclitic on it stays out
 * ("ويوم الجمعة" → "يوم الجمعة").
 *
 * @module
 */

import type { Candidate } from "../candidate.js";
import { entryBefore } from "../scan/context.js";

function namesADay(c: Candidate): boolean {
  if (c.kind === "weekday") return true;
  if (c.kind === "shift") return c.named || (c.day !== null && c.day.kind !== "part");
  return c.kind === "date" && c.day !== null && c.day.kind !== "part";
}

/** Moves the start of every day candidate back over a day-part word before it. */
export function takeDayParts(text: string, candidates: Candidate[]): Candidate[] {
  let previousEnd = 0;
  for (const c of candidates) {
    if (namesADay(c)) {
      const part = entryBefore(text, c.start, "dayPart");
      if (part !== null && part.start >= previousEnd) c.start = part.start;
    }
    previousEnd = c.end;
  }
  return candidates;
}
