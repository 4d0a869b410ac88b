// Pages assembled at random from the lines real news pages are made of — headlines,
// datelines, bylines, cue lines, bullets, quotes, dates, numbers, boilerplate and the
// damage scrapers leave (CRLF, NUL, NBSP runs, RLM, BOM-only lines) — fed to
// segmentArticle and analyzeArticle, which must never throw and must keep their laws.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeArticle, segmentArticle } from "../src/index.js";

const lines = [
  "الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الريفية",
  "عاجل: انفجار في مرفأ المدينة",
  "دمشق - (رويترز) -",
  "بيروت - (ا ف ب): أعلنت الحكومة اليوم عن خطة جديدة.",
  "نيقوسيا ــ (ا ف ب):",
  "واس - المنامة",
  "عمان - الدستور - محمد العلي",
  "كتب: أحمد سالم",
  "كتبت- منى يوسف",
  "بقلم الدكتور/ خالد حسن",
  "حوار: سامر علي",
  "الثلاثاء 14 أكتوبر 2025",
  "نشر في الصباح يوم 22 - 09 - 2012",
  "2012.10.30",
  'وقال الوزير إن "الخطة ستنفذ خلال ثلاث سنوات بتكلفة ١٫٥ مليار دولار".',
  "وأضاف أن «المرحلة الأولى تبدأ في مارس 2026»، مضيفا أن العمل جار.",
  "وأوضح البيان أن “الاجتماع ناقش الوضع الإنساني",
  "وتابع: \"لن نقبل بذلك",
  "واندلعت الاشتباكات الإثنين في المدينة، وقتل 12 شخصا وأصيب ثلاثون آخرون.",
  "وكان الرئيس قد زار المنطقة في 15 رجب 1446هـ الموافق 15 يناير 2025.",
  "المصدر: قناة اليمن اليوم",
  "المصدر :",
  "إقرأ أيضاً:",
  "اقرأ أيضا: الوزير يزور المنطقة المتضررة",
  "اقرأ المزيد : المقال كامل - http://example.com/a",
  "مقالات ذات صلة",
  "مقالات مشابهة",
  "الأكثر قراءة",
  "الكلمات المفتاحية:",
  "وسوم",
  "• عنوان خبر آخر عن الاقتصاد",
  "- خبر عن الرياضة",
  "* خبر ثالث",
  "● خبر رابع",
  "شارك",
  "تابعونا على فيسبوك وتويتر",
  "Tweet",
  "inShare",
  "جميع الحقوق محفوظة © 2025",
  "عدد المشاهدات: 1234",
  "رابط الخبر بصحيفة الوئام: الحكومة تعلن خطة",
  "[email protected] /* */",
  "صورة أرشيفية",
  "-",
  ":",
  "«",
  "»",
  '"',
  "",
  "",
  " ",
  "\u00A0\u00A0\u00A0",
  "\uFEFF",
  "\u200F",
  "\u0000",
  "ـــــ",
  "12",
  "CNN",
];
const page = fc
  .array(fc.tuple(fc.constantFrom(...lines), fc.constantFrom("\n", "\n", "\r\n", "\n\n", "   ", "\u00A0\u00A0 ")), { maxLength: 40 })
  .map((parts) => parts.map(([l, sep]) => l + sep).join(""));

function isLetterOrDigit(c: string): boolean {
  return /[\p{L}\p{N}]/u.test(c);
}

describe("pages assembled from real page parts", () => {
  it("segmentArticle never throws, and its blocks slice the input, in order, covering every letter and digit once", () => {
    fc.assert(
      fc.property(page, (text) => {
        const s = segmentArticle(text);
        let last = 0;
        const covered = new Uint8Array(text.length);
        for (const b of s.blocks) {
          expect(text.slice(b.span.start, b.span.end)).toBe(b.text);
          expect(b.span.start).toBeGreaterThanOrEqual(last);
          last = b.span.end;
          covered.fill(1, b.span.start, b.span.end);
        }
        for (let i = 0; i < text.length; i++) {
          if (covered[i] === 0 && isLetterOrDigit(text[i] as string)) expect.fail(`letter ${JSON.stringify(text[i])} at ${i} in no block`);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("analyzeArticle never throws on them", () => {
    fc.assert(
      fc.property(page, (text) => {
        const a = analyzeArticle(text, { published: "2025-10-14" });
        for (const m of [...a.dates, ...a.numbers]) expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
      }),
      { numRuns: 200 },
    );
  });
});
