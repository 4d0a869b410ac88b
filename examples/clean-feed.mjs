// Clean feed items: keep each story's body and quotes, drop read-also teasers,
// related lists, tags and boilerplate. Run with `node examples/clean-feed.mjs`
// after `npm run build`.
import assert from "node:assert/strict";
import { segmentArticle } from "nashra";

const item = `الأردن يطلق منصة رقمية للخدمات الحكومية
عمان - (بترا) - أطلقت وزارة الاقتصاد الرقمي الأحد منصة موحدة تتيح للمواطنين إنجاز 300 خدمة حكومية عبر الإنترنت.

وقال وزير الاقتصاد الرقمي إن "المنصة ستختصر وقت المراجعات بنسبة كبيرة"، مضيفا أن مراحل أخرى ستطلق تباعا.

اقرأ أيضاً:
الحكومة تعلن موعد امتحانات الثانوية العامة

مقالات ذات صلة
• إطلاق تطبيق جديد لدفع الفواتير
• تمديد ساعات عمل مراكز الخدمة

شارك الخبر: فيسبوك تويتر واتساب
جميع الحقوق محفوظة © 2025`;

const { articles, readAlso, related, boilerplate } = segmentArticle(item);
const [story] = articles;
const clean = {
  title: story.title?.text ?? null,
  dateline: story.dateline?.text ?? null,
  body: story.paragraphs.map((p) => p.text),
  quotes: story.quotes.map((q) => ({ text: q.text, speaker: q.speaker })),
};
console.log(JSON.stringify(clean, null, 2));
console.log(`dropped: ${readAlso.length} read-also, ${related.length} related titles, ${boilerplate.length} boilerplate blocks`);

assert.equal(clean.title, "الأردن يطلق منصة رقمية للخدمات الحكومية");
assert.equal(clean.body.length, 2);
assert.ok(clean.body[0].startsWith("أطلقت وزارة الاقتصاد الرقمي"));
assert.ok(clean.body.every((p) => !p.includes("اقرأ") && !p.includes("شارك") && !p.includes("©")));
assert.deepEqual(clean.quotes.map((q) => q.text), ["المنصة ستختصر وقت المراجعات بنسبة كبيرة"]);
assert.equal(readAlso.length, 1);
assert.equal(related.length, 2);
