import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { numberToWords, parseNumber } from "../../src/numbers/index.js";

describe("numberToWords", () => {
  it("writes units with the gender of the counted noun", () => {
    expect(numberToWords(3)).toBe("ثلاثة");
    expect(numberToWords(3, { gender: "feminine" })).toBe("ثلاث");
    expect(numberToWords(1, { gender: "feminine" })).toBe("واحدة");
    expect(numberToWords(2, { gender: "feminine" })).toBe("اثنتان");
  });
  it("writes teens and compound tens", () => {
    expect(numberToWords(11)).toBe("أحد عشر");
    expect(numberToWords(12, { gender: "feminine" })).toBe("اثنتا عشرة");
    expect(numberToWords(21)).toBe("واحد وعشرون");
    expect(numberToWords(21, { gender: "feminine" })).toBe("إحدى وعشرون");
  });
  it("writes magnitudes with duals, plurals and accusatives", () => {
    expect(numberToWords(1995)).toBe("ألف وتسعمئة وخمسة وتسعون");
    expect(numberToWords(2000)).toBe("ألفان");
    expect(numberToWords(3000)).toBe("ثلاثة آلاف");
    expect(numberToWords(20000)).toBe("عشرون ألفا");
    expect(numberToWords(200000)).toBe("مئتا ألف");
    expect(numberToWords(2300000)).toBe("مليونان وثلاثمئة ألف");
    expect(numberToWords(1e15)).toBe("ألف تريليون");
  });
  it("writes zero and negatives", () => {
    expect(numberToWords(0)).toBe("صفر");
    expect(numberToWords(-5)).toBe("سالب خمسة");
  });
  it("rejects what it cannot write", () => {
    expect(() => numberToWords(1.5)).toThrow(RangeError);
    expect(() => numberToWords(1e16)).toThrow(RangeError);
    expect(() => numberToWords("5" as unknown as number)).toThrow(TypeError);
    expect(() => numberToWords(5, { gender: "neuter" as never })).toThrow(/gender/);
  });
  it("parseNumber reads back every integer it writes, up to 10^15", () => {
    const integer = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 2 ** 31 }), fc.maxSafeInteger().map((n) => n % 1e15));
    fc.assert(
      fc.property(integer, fc.constantFrom("masculine" as const, "feminine" as const), (n, gender) => {
        expect(parseNumber(numberToWords(n, { gender }))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });
});
