/**
 * The one door through which `nashra/dates` reads numbers written in words ("الحادي
 * والعشرين من يوليو", "منذ ثلاثة أسابيع"). The dates lexicon has no number words of
 * its own: they belong to `nashra/numbers`, whose `numberAt` this module calls.
 *
 * Until `nashra/numbers` is in the tree this door is closed: `wordNumberAt` finds
 * nothing, digits still work everywhere, and the tests of word numbers wait on
 * `hasWordNumbers()`.
 *
 * @module
 */

/** A number written in words, found in the matching view. */
export interface WordNumber {
  /** Where the number starts (after an attached proclitic). */
  readonly start: number;
  /** Where it ends. */
  readonly end: number;
  /** Its value: 21 for "الحادي والعشرين". */
  readonly value: number;
  /** True for an ordinal ("الخامس"), false for a cardinal ("خمسة"). */
  readonly ordinal: boolean;
}

/**
 * The number written in words that starts at the word start `pos` of the matching
 * view, or null. Only whole numbers are returned.
 */
export function wordNumberAt(text: string, pos: number): WordNumber | null {
  void text;
  void pos;
  return null;
}

let available: boolean | undefined;

/** True when numbers written in words can be read (once `nashra/numbers` is wired in). */
export function hasWordNumbers(): boolean {
  return (available ??= wordNumberAt("خمسه", 0) !== null);
}
