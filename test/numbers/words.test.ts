import { describe, expect, it } from "vitest";
import { NEGATIVE_WORDS, numberWords } from "../../src/numbers/lexicon.js";
import { fold, lookupWord, mayBeWord } from "../../src/numbers/words.js";

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
