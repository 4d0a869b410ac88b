import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WORD_BIT, charClasses, wordRunEnd } from "../../src/core/chars.js";
import { NEGATIVE_WORDS, numberWords } from "../../src/numbers/lexicon.js";
import { buildTrie, fold, lookupWord, mayBeWord, scanWord } from "../../src/numbers/words.js";

// The grammar skips the lookup of a word that mayBeWord turns down, so every word that
// lookupWord finds must pass it, with every proclitic lookupWord strips.
describe("mayBeWord", () => {
  const words = [...numberWords().map((w) => w.word), ...NEGATIVE_WORDS];
  const forms = (w: string): string[] => {
    const key = fold(w);
    const out = [key];
    for (const conj of ["", "و", "ف"]) {
      for (const prep of ["", "ب", "ل", "ك"]) out.push(conj + prep + key);
      if (key.startsWith("ال")) out.push(`${conj}ل${key.slice(1)}`);
    }
    return out;
  };

  it("lets through every form of every number word that lookupWord finds", () => {
    let found = 0;
    for (const w of words) {
      for (const form of forms(w)) {
        for (const afterNumber of [false, true]) {
          if (lookupWord(form, 0, form.length, afterNumber) === undefined) continue;
          found++;
          expect(mayBeWord(form, 0, form.length), form).toBe(true);
        }
      }
      if (NEGATIVE_WORDS.includes(w)) expect(mayBeWord(fold(w), 0, fold(w).length), w).toBe(true);
    }
    expect(found).toBeGreaterThan(words.length);
  });

  it("turns down ordinary words", () => {
    for (const w of ["قال", "الحكومة", "وزير", "اليوم", "بيان"]) expect(mayBeWord(w, 0, w.length), w).toBe(false);
  });
});

// The walk of extractNumbers reads a word's end and the quick test in one pass: it must
// answer as the two separate functions do, on any text, from any word's first character.
describe("scanWord", () => {
  const units = ["ث", "ل", "ا", "ة", "ه", "ف", "و", "ب", "م", "ي", "ن", "ع", "ش", "ر", "س", "ت", "خ", "ح", "ص", "ك", "ال", "ؠ", "پ", "\u064E", "\u0651", "\u200C", "a", "Z", "3", " ", "،", "-", "😀", "\uD835\uDC00"];
  const text = fc.array(fc.constantFrom(...units), { minLength: 1, maxLength: 40 }).map((a) => a.join(""));
  const words = [...numberWords().map((w) => fold(w.word)), "والثلاثين", "بالمئه", "ولالف", "للعشرين", "سالب"];

  it("gives wordRunEnd's end, inverted exactly when mayBeWord lets the word through", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.constantFrom(...words).map((w) => `${w} قال`)), (t) => {
        const classes = charClasses();
        for (let i = 0; i < t.length; i++) {
          if (((classes[t.charCodeAt(i)] as number) & WORD_BIT) === 0 || (i > 0 && ((classes[t.charCodeAt(i - 1)] as number) & WORD_BIT) !== 0)) continue;
          const end = wordRunEnd(t, i + 1, t.length);
          expect(scanWord(t, i, t.length)).toBe(mayBeWord(t, i, end) ? ~end : end);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("lets through the number words of a sentence and ends each at its last letter", () => {
    const t = "قتل ثلاثة وأصيب عشرون والخسائر مليونان";
    const folded = fold(t);
    const ends: [string, boolean][] = [];
    for (let i = 0; i < folded.length; i = folded.indexOf(" ", i) < 0 ? folded.length : folded.indexOf(" ", i) + 1) {
      const r = scanWord(folded, i, folded.length);
      const end = r < 0 ? ~r : r;
      ends.push([folded.slice(i, end), r < 0]);
    }
    expect(ends).toEqual([
      ["قتل", false],
      ["ثلاثه", true],
      ["واصيب", false],
      ["عشرون", true],
      ["والخسائر", false],
      ["مليونان", true],
    ]);
  });
});

describe("buildTrie", () => {
  it("finds exactly the folded words it was built from, whatever their characters", () => {
    const entries: [string, number][] = [["ثلاثة", 1], ["ثلاث", 2], ["إحدى", 3], ["x1", 4], ["مئةٌ", 5], ["ثلاثة", 6]];
    const trie = buildTrie(entries);
    const get = (w: string) => trie.get(`«${w}»`, 1, w.length + 1);
    expect([get("ثلاثه"), get("ثلاث"), get("احدي"), get("x1"), get("مئه"), get("ثلا"), get("ثلاثهم"), get("x"), get("")]).toEqual([1, 2, 3, 4, 5, undefined, undefined, undefined, undefined]);
  });

  it("agrees with a map of the folded words on any lookup", () => {
    const letters = ["ا", "ب", "ت", "ث", "ة", "ى", "أ", "ـ", "x", "😀"];
    const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 5 }).map((a) => a.join(""));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), fc.array(word, { maxLength: 20 }), (built, asked) => {
        const trie = buildTrie(built.map((w, k) => [w, k] as const));
        const map = new Map<string, number>();
        built.forEach((w, k) => {
          if (!map.has(fold(w))) map.set(fold(w), k);
        });
        for (const w of [...built, ...asked].map(fold)) expect(trie.get(` ${w} `, 1, w.length + 1)).toBe(map.get(w));
      }),
      { numRuns: 500 },
    );
  });
});
