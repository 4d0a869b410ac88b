// Quick start, ESM: run with `node examples/quick-start.mjs` after `npm run build`.
import assert from "node:assert/strict";
import { normalize, normalizeWithMap } from "nashra";

const headline = "أعلنَت الحكومةُ الأردنيّة خطةً جديدة";

// A search key: diacritics gone, alef, taa marbuta and alef maksura folded.
const key = normalize(headline, "search");
console.log(key);
assert.equal(key, "اعلنت الحكومه الاردنيه خطه جديده");

// Find a word in the normalized text and highlight it in the original.
const view = normalizeWithMap(headline);
const at = view.text.indexOf("الحكومه");
const span = view.spanToOriginal({ start: at, end: at + "الحكومه".length });
console.log(headline.slice(span.start, span.end));
assert.equal(headline.slice(span.start, span.end), "الحكومةُ");

// Numbers, dates and the structure of a page, from the same package.
import { analyzeArticle, extractDates, extractNumbers } from "nashra";

const numbers = extractNumbers("قتل 12 شخصا وبلغت الخسائر ١٫٥ مليار دولار").map((m) => [m.text, m.value]);
console.log(numbers);
assert.deepEqual(numbers, [["12", 12], ["١٫٥ مليار", 1.5e9]]);

const [monday] = extractDates("اجتمع الوزيران الإثنين", { reference: "2025-07-22" });
console.log(monday.text, monday.start);
assert.deepEqual(monday.start, { year: 2025, month: 7, day: 21 });

const { structure } = analyzeArticle("وزير يزور بغداد\nبغداد - (رويترز) - وصل الوزير إلى بغداد في زيارة تستمر يومين.");
console.log(structure.articles[0].dateline.place, structure.articles[0].dateline.agency);
assert.equal(structure.articles[0].dateline.agency, "رويترز");
