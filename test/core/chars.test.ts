import { describe, expect, it } from "vitest";
import {
  DIACRITIC_RANGES,
  INVISIBLE_RANGES,
  WHITESPACE_RANGES,
  digitValue,
  isArabicLetter,
  isDiacritic,
  isInvisible,
  isLetter,
  isWhitespace,
} from "../../src/core/chars.js";

const inRanges = (c: number, ranges: readonly (readonly [number, number])[]) => ranges.some(([lo, hi]) => c >= lo && c <= hi);

describe("character classes", () => {
  it("isWhitespace, isInvisible and isDiacritic agree with their documented ranges on every BMP code point", () => {
    for (let c = 0; c < 0x10000; c++) {
      if (isWhitespace(c) !== inRanges(c, WHITESPACE_RANGES)) throw new Error(`isWhitespace U+${c.toString(16)}`);
      if (isInvisible(c) !== inRanges(c, INVISIBLE_RANGES)) throw new Error(`isInvisible U+${c.toString(16)}`);
      if (isDiacritic(c) !== inRanges(c, DIACRITIC_RANGES)) throw new Error(`isDiacritic U+${c.toString(16)}`);
    }
  });
  it("the whitespace ranges are exactly Unicode's White_Space property", () => {
    for (let c = 0; c < 0x10000; c++) {
      expect([c, isWhitespace(c)]).toEqual([c, /\p{White_Space}/u.test(String.fromCharCode(c))]);
    }
  });
  it("every diacritic is a combining mark and every Arabic letter is a letter", () => {
    for (let c = 0x0600; c < 0x0900; c++) {
      if (isDiacritic(c)) expect(/\p{M}/u.test(String.fromCharCode(c))).toBe(true);
      if (isArabicLetter(c)) expect(/\p{L}/u.test(String.fromCharCode(c))).toBe(true);
    }
    expect(isArabicLetter(0x0640)).toBe(false);
    expect(isLetter(0x0628)).toBe(true);
    expect(isLetter(0x1d400)).toBe(true);
  });
  it("reads digits of the three scripts", () => {
    expect(["7", "٧", "۷", "x"].map((d) => digitValue(d.charCodeAt(0)))).toEqual([7, 7, 7, -1]);
  });
});
