import { describe, expect, it } from "vitest";
import { normalize } from "../../../src/normalize/index.js";
import { lexiconEntries } from "../../../src/dates/scan/lexemes.js";
import { entriesAt, entryAt } from "../../../src/dates/scan/lexicon.js";

describe("the dates lexicon", () => {
  const entries = lexiconEntries();

  it("stores every key in the form the matching view gives it", () => {
    for (const { key, written } of entries) {
      expect(normalize(key, "search"), written).toBe(key);
      expect(key, written).toBe(normalize(written, "search"));
      expect(key, written).toMatch(/^[\u0621-\u064A0-9]+( [\u0621-\u064A0-9]+)*$/u);
    }
  });

  it("lists each spelling once: no two written forms fold to one key with the same meaning", () => {
    const seen = new Map<string, string>();
    for (const { key, written, lexeme } of entries) {
      const id = `${key} ${JSON.stringify(lexeme)}`;
      expect(seen.get(id), `${written} repeats ${seen.get(id) ?? ""}`).toBeUndefined();
      seen.set(id, written);
    }
  });

  it("gives one month to every month key", () => {
    const months = new Map<string, number>();
    for (const { key, lexeme } of entries) {
      if (lexeme.kind !== "month") continue;
      const id = `${lexeme.calendar} ${key}`;
      expect(months.get(id) ?? lexeme.month).toBe(lexeme.month);
      months.set(id, lexeme.month);
    }
    expect(new Set([...months.values()]).size).toBe(12);
  });

  it("finds the longest entry at a word boundary, after up to two proclitics", () => {
    expect(entryAt("كانون الثاني 2024", 0, "month")?.end).toBe(12);
    expect(entryAt("كانون 20", 0, "month")).toBeNull();
    expect(entryAt("وبالامس", 0, "relativeDay")).toMatchObject({ start: 2, end: 7 });
    expect(entryAt("الجمعيه", 0, "weekday")).toBeNull();
    expect(entriesAt("امسيه", 0)).toBeNull();
    expect(entryAt("اول امس", 0, "relativeDay")?.end).toBe(7);
    expect(entryAt("اول مايو", 0, "namedDay")?.end).toBe(3);
  });
});
