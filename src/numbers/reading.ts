/**
 * The tokens one reading of the number grammar asks for, remembered. Reading "12
 * ألف" asks for the token after 12 again and again (a magnitude? و? a decimal
 * point? a percent?), and an extractor over megabytes of text reads a number at
 * every digit: each token is found once and its object made once.
 *
 * A reading is one text: {@link beginReading} names it, {@link endReading} lets it go.
 *
 * @module
 */

import { type Token, nextToken } from "../core/tokens.js";

let reading = "";
// The last two tokens read, by where the search started.
let from0 = -1;
let token0: Token | null = null;
let from1 = -1;
let token1: Token | null = null;

/** Starts a reading of `text`: what is remembered belongs to it from now on. */
export function beginReading(text: string): void {
  reading = text;
  from0 = from1 = -1;
  token0 = token1 = null;
}

/** Ends the reading: nothing of its text is kept. */
export function endReading(): void {
  beginReading("");
}

/** `nextToken(text, from)`, remembered while `text` is the text being read. */
export function tokenAt(text: string, from: number): Token | null {
  if (text !== reading) return nextToken(text, from);
  if (from === from0) return token0;
  if (from === from1) return token1;
  const t = nextToken(text, from);
  from1 = from0;
  token1 = token0;
  from0 = from;
  token0 = t;
  return t;
}
