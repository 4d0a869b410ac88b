// Scores extractDates on the independent evaluation corpus (test/fixtures/dates), written
// from the spec without looking at the implementation. Prints the figures, and every
// item that is not exactly right, and holds the line: a change that loses accuracy fails.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractDates } from "../../src/dates/index.js";
import type { DateMention, WeekStart } from "../../src/dates/index.js";
import { checkInvariants } from "./helpers.js";

interface Expected {
  text: string;
  span: { start: number; end: number };
  start: string;
  end: string;
  grain: string;
  calendar: string;
  hijri?: string;
  relative: boolean;
}
interface Item {
  id: string;
  category: string;
  text: string;
  reference: string;
  weekStart?: WeekStart;
  expected: Expected[];
}

const items = JSON.parse(readFileSync(join(import.meta.dirname, "../fixtures/dates/corpus.json"), "utf8")) as Item[];

const iso = (d: { year: number; month: number; day: number }) =>
  `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

function same(g: DateMention, e: Expected): boolean {
  return (
    g.span.start === e.span.start &&
    g.span.end === e.span.end &&
    iso(g.start) === e.start &&
    iso(g.end) === e.end &&
    g.grain === e.grain &&
    g.calendar === e.calendar &&
    (g.hijri === undefined ? undefined : iso(g.hijri)) === e.hijri &&
    g.relative === e.relative
  );
}

const show = (g: DateMention) =>
  `${g.text} ${iso(g.start)}..${iso(g.end)} ${g.grain} ${g.calendar}` +
  `${g.hijri ? ` h${iso(g.hijri)}` : ""}${g.relative ? " rel" : ""}`;
const showExpected = (e: Expected) =>
  `${e.text} ${e.start}..${e.end} ${e.grain} ${e.calendar}${e.hijri ? ` h${e.hijri}` : ""}${e.relative ? " rel" : ""}`;

describe("dates evaluation corpus", () => {
  it("finds every expected mention with its span and its resolution", () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let spans = 0;
    let exact = 0;
    const failures: string[] = [];
    for (const item of items) {
      const options = { reference: item.reference, ...(item.weekStart === undefined ? {} : { weekStart: item.weekStart }) };
      const got = extractDates(item.text, options);
      checkInvariants(item.text, got);
      const matched = new Set<number>();
      for (const e of item.expected) {
        const k = got.findIndex((g, i) => !matched.has(i) && same(g, e));
        if (k >= 0) {
          matched.add(k);
          tp++;
        } else fn++;
        if (got.some((g) => g.span.start === e.span.start && g.span.end === e.span.end)) spans++;
      }
      fp += got.length - matched.size;
      if (matched.size === item.expected.length && got.length === matched.size) exact++;
      else {
        failures.push(
          `${item.id} [${item.category}] ref ${item.reference}\n    text: ${item.text}\n` +
            `    want: ${item.expected.map(showExpected).join(" | ") || "nothing"}\n` +
            `    got:  ${got.map(show).join(" | ") || "nothing"}`,
        );
      }
    }
    const mentions = tp + fn;
    const precision = tp / (tp + fp);
    const recall = tp / mentions;
    const f1 = (2 * precision * recall) / (precision + recall);
    console.log(
      `dates corpus: ${items.length} items, ${exact} exactly right (${((exact / items.length) * 100).toFixed(1)}%); ` +
        `${mentions} mentions: ${tp} resolved exactly, ${spans} spans found; ` +
        `P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}` +
        (failures.length > 0 ? `\n  ${failures.join("\n  ")}` : ""),
    );
    expect(f1).toBeGreaterThanOrEqual(0.99);
    expect(exact / items.length).toBeGreaterThanOrEqual(0.98);
  });
});
