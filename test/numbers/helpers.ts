import { expect } from "vitest";
import { extractNumbers } from "../../src/numbers/index.js";
import type { NumberMention } from "../../src/numbers/index.js";

/** Checks the invariants every mention list must keep: spans slice the input, in order, no overlap. */
export function checkMentions(input: string, mentions: NumberMention[]): void {
  let last = 0;
  for (const m of mentions) {
    expect(input.slice(m.span.start, m.span.end)).toBe(m.text);
    expect(m.span.start).toBeGreaterThanOrEqual(last);
    expect(m.span.end).toBeGreaterThan(m.span.start);
    last = m.span.end;
  }
}

/** Extracts and compares [text, value, kind] triples, checking spans on the way. */
export function expectNumbers(input: string, expected: [string, number, NumberMention["kind"]][]): void {
  const mentions = extractNumbers(input);
  checkMentions(input, mentions);
  expect(mentions.map((m) => [m.text, m.value, m.kind])).toEqual(expected);
}
