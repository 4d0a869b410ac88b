// Accuracy (not a test): how many mentions of the dates evaluation corpus
// (test/fixtures/dates/corpus.json) nashra and chrono-node's Arabic parser resolve.
//   npm run build && node bench/dates-corpus.mjs
// A mention counts as resolved when a result overlaps its span and names the same first
// and last day; spans need not match exactly, which is lenient to chrono-node. The
// exact score of nashra (spans, grains, calendars and all) is test/dates/corpus.test.ts.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as chrono from "chrono-node";
import { extractDates } from "../dist/dates.js";

const corpus = fileURLToPath(new URL("../test/fixtures/dates/corpus.json", import.meta.url));
const items = JSON.parse(readFileSync(corpus, "utf8"));
const pad = (n, w) => String(n).padStart(w, "0");
const iso = (d) => `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
const local = (d) => `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;

let mentions = 0;
let ours = 0;
let theirs = 0;
let oursFalse = 0;
let theirsFalse = 0;
for (const item of items) {
  const [y, m, d] = item.reference.split("-").map(Number);
  const options = { reference: item.reference, ...(item.weekStart === undefined ? {} : { weekStart: item.weekStart }) };
  const a = extractDates(item.text, options);
  const b = chrono.ar.parse(item.text, new Date(y, m - 1, d, 12));
  for (const e of item.expected) {
    mentions++;
    const overlaps = (start, end) => start < e.span.end && e.span.start < end;
    if (a.some((g) => overlaps(g.span.start, g.span.end) && iso(g.start) === e.start && iso(g.end) === e.end)) ours++;
    const sameEnd = (c) => (c.end ? local(c.end.date()) : local(c.start.date())) === e.end;
    const same = (c) => overlaps(c.index, c.index + c.text.length) && local(c.start.date()) === e.start && sameEnd(c);
    if (b.some(same)) theirs++;
  }
  if (item.expected.length === 0) {
    oursFalse += a.length;
    theirsFalse += b.length;
  }
}
const share = (n) => `${n} (${((n / mentions) * 100).toFixed(1)}%)`;
const negatives = items.filter((i) => i.expected.length === 0).length;
console.log(`${items.length} items, ${mentions} mentions`);
console.log(`nashra resolves ${share(ours)}; ${oursFalse} mentions in the ${negatives} items that have none`);
console.log(`chrono.ar resolves ${share(theirs)}; ${theirsFalse} mentions in the ${negatives} items that have none`);
