import { expect } from "vitest";
import { extractNumbers } from "../../src/numbers/index.js";
import type { NumberMention } from "../../src/numbers/index.js";

/** Checks the invariants every mention list must keep: spans slice the input, in order, no overlap. */
export function checkMentions(input: string, mentions: NumberMention[]): void {
  let last = 0;
  // Plain comparisons first (there may be a million mentions), expect() only on failure.
  for (const m of mentions) {
    if (input.slice(m.span.start, m.span.end) !== m.text || m.span.start < last || m.span.end <= m.span.start) {
      expect.fail(`bad mention ${JSON.stringify(m)} (slice ${JSON.stringify(input.slice(m.span.start, m.span.end))}, previous end ${last})`);
    }
    last = m.span.end;
  }
}

/** Extracts and compares [text, value, kind] triples, checking spans on the way. */
export function expectNumbers(input: string, expected: [string, number, NumberMention["kind"]][]): void {
  const mentions = extractNumbers(input);
  checkMentions(input, mentions);
  expect(mentions.map((m) => [m.text, m.value, m.kind])).toEqual(expected);
}
