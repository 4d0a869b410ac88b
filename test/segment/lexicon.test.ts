import { describe, expect, it } from "vitest";
import { normalize } from "../../src/normalize/index.js";
import * as C from "../../src/segment/cues.js";
import { lexicon, phraseKey } from "../../src/segment/lexicon.js";

const lists: [string, readonly string[]][] = Object.entries(C)
  .filter(([, v]) => Array.isArray(v) && typeof (v as unknown[])[0] === "string")
  .map(([k, v]) => [k, v as readonly string[]]);

describe("segment lexicon", () => {
  it("folds every key to a fixed point of the search normalizer", () => {
    for (const [name, list] of lists) {
      for (const word of list) {
        const key = phraseKey(word);
        expect(key, `${name}: ${word}`).not.toBe("");
        expect(normalize(key, "search"), `${name}: ${word}`).toBe(key);
      }
    }
  });

  it("does not give one line cue two meanings", () => {
    const seen = new Map<string, string>();
    const lineLists = ["READ_ALSO_CUES", "RELATED_CUES", "TAG_CUES", "SOURCE_CUES", "BYLINE_CUES", "SIGNATURE_CUES", "FOOTER_CUES", "BOILERPLATE_CUES", "CAPTION_CUES"];
    for (const [name, list] of lists) {
      if (!lineLists.includes(name)) continue;
      for (const word of list) {
        const key = phraseKey(word);
        const before = seen.get(key);
        expect(before === undefined || before === name, `${word} in ${before} and ${name}`).toBe(true);
        seen.set(key, name);
      }
    }
  });

  it("matches spellings that differ only by hamza, tanween, tatweel or diacritics", () => {
    const cues = lexicon().lineCues.map;
    for (const spelling of ["إقرأ أيضاً", "اقرا ايضا", "أقرأ أيضًا", "اقـــرأ أيضا"]) {
      expect(cues.get(phraseKey(spelling))).toBe("readAlso");
    }
    expect(cues.get(phraseKey("الأكثر تصفّحاً"))).toBe("related");
  });

  it("builds nothing until first used, then the same tables every time", () => {
    expect(lexicon()).toBe(lexicon());
  });
});
