// A tiny search index: normalize documents and queries the same way, find matches
// in the normalized text, and highlight them in the original through the map back.
// Run with `node examples/search-index.mjs` after `npm run build`.
import assert from "node:assert/strict";
import { normalize, normalizeWithMap } from "nashra/normalize";

const documents = [
  "أعلنَت وزارةُ الصحّة تسجيلَ إصاباتٍ جديدة في مدينة إربد",
  "الـمـؤتـمـر الصحفي لوزير الخارجية في عمّان",
  "ارتفاع أسعار الذهب في الأسواق المحلية اليوم",
];

// Index: each document's normalized view, kept with its map back.
const index = documents.map((text) => ({ text, view: normalizeWithMap(text, "search") }));

function search(query) {
  const key = normalize(query, "search");
  const hits = [];
  for (const { text, view } of index) {
    for (let at = view.text.indexOf(key); at >= 0; at = view.text.indexOf(key, at + key.length)) {
      const { start, end } = view.spanToOriginal({ start: at, end: at + key.length });
      hits.push({ text, start, end, highlighted: `${text.slice(0, start)}[${text.slice(start, end)}]${text.slice(end)}` });
    }
  }
  return hits;
}

const health = search("وزارة الصحة");
for (const hit of health) console.log(hit.highlighted);
assert.equal(health.length, 1);
assert.equal(health[0].text.slice(health[0].start, health[0].end), "وزارةُ الصحّة");

const conference = search("المؤتمر");
for (const hit of conference) console.log(hit.highlighted);
assert.equal(conference[0].text.slice(conference[0].start, conference[0].end), "الـمـؤتـمـر");

const city = search("اربد");
assert.equal(city[0].text.slice(city[0].start, city[0].end), "إربد");
console.log(`${health.length + conference.length + city.length} matches highlighted in the original text`);
