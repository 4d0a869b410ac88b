// Scores extractNumbers on the independent evaluation corpus (test/fixtures/numbers),
// written from the spec without looking at the implementation. Prints the figures
// and holds the line: a change that loses accuracy fails here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractNumbers } from "../../src/numbers/index.js";
import { checkMentions } from "./helpers.js";

interface Expected {
  text: string;
  span: { start: number; end: number };
  value: number;
  kind: string;
}
interface Item {
  id: string;
  text: string;
  expected: Expected[];
}

const items = JSON.parse(readFileSync(join(import.meta.dirname, "../fixtures/numbers/corpus.json"), "utf8")) as Item[];

const close = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

describe("numbers evaluation corpus", () => {
  it("finds the expected mentions with their spans, values and kinds", () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let exact = 0;
    const failures: string[] = [];
    for (const item of items) {
      const got = extractNumbers(item.text);
      checkMentions(item.text, got);
      const matched = new Set<number>();
      let ok = true;
      for (const e of item.expected) {
        const k = got.findIndex(
          (g, i) => !matched.has(i) && g.span.start === e.span.start && g.span.end === e.span.end && close(g.value, e.value) && g.kind === e.kind,
        );
        if (k >= 0) {
          matched.add(k);
          tp++;
        } else {
          fn++;
          ok = false;
        }
      }
      fp += got.length - matched.size;
      if (got.length !== matched.size) ok = false;
      if (ok) exact++;
      else failures.push(`${item.id}: ${JSON.stringify(got.map((g) => [g.text, g.value, g.kind]))}`);
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const f1 = (2 * precision * recall) / (precision + recall);
    console.log(
      `numbers corpus: ${items.length} items, ${exact} exactly right (${((exact / items.length) * 100).toFixed(1)}%), ` +
        `mentions P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}${failures.length > 0 ? `\n  ${failures.join("\n  ")}` : ""}`,
    );
    expect(f1).toBeGreaterThanOrEqual(0.98);
    expect(exact / items.length).toBeGreaterThanOrEqual(0.97);
  });
});
