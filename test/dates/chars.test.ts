import { describe, expect, it } from "vitest";
import {
  isAsciiDigit,
  isClauseEnd,
  isComma,
  isDateSeparator,
  isNumberJoiner,
  isProclitic,
} from "../../src/core/chars.js";

const codes = (s: string) => [...s].map((c) => c.codePointAt(0) as number);

describe("the code-point classes of nashra/dates (src/core/chars.ts, section dates)", () => {
  it("name the characters they say", () => {
    expect(codes("0123456789").every(isAsciiDigit)).toBe(true);
    expect(codes("٠٩۰a").some(isAsciiDigit)).toBe(false);
    expect(codes("وفبلك").every(isProclitic)).toBe(true);
    expect(codes("اتمن").some(isProclitic)).toBe(false);
    expect(codes("/-.\\–").every(isDateSeparator)).toBe(true);
    expect(codes(":,،").some(isDateSeparator)).toBe(false);
    expect(codes(".,:").every(isNumberJoiner)).toBe(true);
    expect(codes(",،").every(isComma)).toBe(true);
    expect(codes(".!?؟\n:؛").every(isClauseEnd)).toBe(true);
    expect(codes(" ،,-").some(isClauseEnd)).toBe(false);
  });
});
