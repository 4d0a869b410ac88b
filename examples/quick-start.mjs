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
