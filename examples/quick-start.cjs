// Quick start, CommonJS: run with `node examples/quick-start.cjs` after `npm run build`.
const assert = require("node:assert/strict");
const { normalize, toLatinDigits } = require("nashra");
const { stripDiacritics } = require("nashra/normalize");

console.log(normalize("شكراً لكم", "search"));
assert.equal(normalize("شكراً لكم", "search"), "شكرا لكم");

console.log(toLatinDigits("ارتفع بنسبة ٣٫٥٪ عام ٢٠٢٤"));
assert.equal(toLatinDigits("ارتفع بنسبة ٣٫٥٪ عام ٢٠٢٤"), "ارتفع بنسبة 3.5٪ عام 2024");

console.log(stripDiacritics("مُحَمَّدٌ"));
assert.equal(stripDiacritics("مُحَمَّدٌ"), "محمد");
