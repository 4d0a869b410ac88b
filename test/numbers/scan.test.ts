import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { beginReading, endReading } from "../../src/numbers/reading.js";
import { numberAt, numberInReading } from "../../src/numbers/scan.js";
import { fold } from "../../src/numbers/words.js";

// extractNumbers keeps one reading open over a whole text, so that the tokens found
// around one number serve the next: what it reads must not depend on what it read before.
describe("numberInReading", () => {
  const pieces = [
    "ثلاثة", "و", "عشرون", "وعشرين", "ألف", "آلاف", "ألفا", "مليون", "ونصف", "نصف", "المليون", "مئة", "ثلاث", "عشر",
    "الحادي", "الأول", "في", "المائة", "بالمئة", "٪", "%", "-", "12", "٣٫٥", "1,500", "12,5", "/", "100", "سالب", "فاصلة",
    "خمسة", "بعد", "الثاني", " ", " ", "\n", "،", "شخصا", "😀",
  ];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 25 }).map((a) => fold(a.join(" ")));

  it("reads at each place what a reading of that place alone reads, in text order and out of it", () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 12 }), (t, jumps) => {
        const places = [...Array(t.length).keys(), ...jumps.map((j) => j % (t.length + 1))];
        const alone = places.map((p) => numberAt(t, p));
        beginReading(t);
        const together = places.map((p) => numberInReading(t, p));
        endReading();
        expect(together).toEqual(alone);
      }),
      { numRuns: 800 },
    );
  });

  it("reads a sentence's numbers in one reading", () => {
    const t = fold("قتل 12 شخصا وأصيب ثلاثة آلاف وخمسمائة، وارتفعت الأسعار 35 في المائة");
    beginReading(t);
    const found = [t.indexOf("12"), t.indexOf("ثلاثه"), t.indexOf("35")].map((p) => {
      const m = numberInReading(t, p);
      return m === null ? null : [t.slice(m.start, m.end), m.value, m.kind];
    });
    endReading();
    expect(found).toEqual([
      ["12", 12, "cardinal"],
      ["ثلاثه الاف وخمسمائه", 3500, "cardinal"],
      ["35 في المائه", 35, "percent"],
    ]);
  });
});
