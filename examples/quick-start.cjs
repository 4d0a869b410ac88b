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

const { extractDates, segmentArticle } = require("nashra");
const [day] = extractDates("وقع الاتفاق في 3 تشرين الثاني/نوفمبر 2024");
console.log(day.text, day.start);
assert.deepEqual(day.start, { year: 2024, month: 11, day: 3 });
const page = segmentArticle("وفد وزاري يصل إلى دمشق\nدمشق - (سانا) - وصل الوفد الوزاري صباح اليوم في زيارة رسمية.");
console.log(page.articles[0].title.text);
assert.equal(page.articles[0].title.text, "وفد وزاري يصل إلى دمشق");
