import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalize } from "../../src/normalize/index.js";
import { MATCH_OPTIONS } from "../../src/normalize/match.js";
import { emptyScan, findVerbs, scanPhrases } from "../../src/segment/scan.js";
import { segmentArticle } from "../../src/segment/index.js";
import { brokenInvariant, expectSegmented } from "./helpers.js";

// Pieces of news pages, troublemakers over-represented.
const pieces = [
  "قال", "الرئيس", "إن", "أعلنت", "الحكومة", "في", "دمشق", "رويترز", "المصدر", ":", "إقرأ أيضاً", "مقالات ذات صلة",
  "كتب", "بقلم", "وسوم", "تابعونا على", "Tweet", "©", "صورة أرشيفية", "2019", "٢٠١٩", "12", "-", " - ", "–", "ـــ",
  "(", ")", "«", "»", "\"", "“", "”", "،", ".", "؟", "!", " ", "  ", "\u00a0", "\n", "\n\n", "\r\n", "\t", "\u0000",
  "\u200f", "\u200e", "\ufeff", "\u0640", "\u064b", "\u0651", "• ", "* ", "|", "/", "[email protected]", "/* */",
  "a", "CNN", "\ud800", "\udc00", "😀", "ﻻ", "ﷺ", "…",
];
const page = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((a) => a.join(""));
const anyString = fc.oneof(page, fc.string({ unit: "binary", maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 30 }));

const BODY = [
  "أعلنت وزارة الصحة، اليوم الأحد، إطلاق حملة وطنية للتطعيم ضد الحصبة تستهدف مليون طفل في مختلف المحافظات.",
  "وقال وزير الصحة في مؤتمر صحفي إن \"الحملة تستمر أسبوعين وتشمل المدارس ورياض الأطفال\".",
  "وأضاف أن فرقا متنقلة ستزور القرى النائية لضمان وصول اللقاح إلى جميع الأطفال.",
];
const ARTICLE = `الصحة تطلق حملة وطنية للتطعيم ضد الحصبة\n\n${BODY.join("\n\n")}\n`;
const TAILS = [
  "\nالمصدر: وكالة الأنباء\n",
  "\nتابعونا على\n",
  "\nشارك\nTweet\n",
  "\nجميع الحقوق محفوظة © 2024\n",
  "\nمقالات ذات صلة\n• وزير الصحة يتفقد مستشفى الأطفال\n• افتتاح مركز جديد للأمومة\n",
  "\nالأكثر قراءة\nارتفاع أسعار الخضر في الأسواق\nمنتخب الشباب يتأهل إلى النهائي\n",
  "\nالكلمات المفتاحية: الصحة، التطعيم، الحصبة\n",
  "\nإضافة تعليق جديد\nاسمك\nتعليقك *\n",
];

describe("segmentArticle properties", () => {
  it("keeps every invariant on any page-like or random string", () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const result = segmentArticle(s);
        return brokenInvariant(s, result) === null;
      }),
      { numRuns: 600 },
    );
  });

  it("never throws, lone surrogates and control characters included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        segmentArticle(s);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps exactly the body of an article when boilerplate is appended", () => {
    fc.assert(
      fc.property(fc.subarray(TAILS, { minLength: 1 }), (tails) => {
        const result = expectSegmented(ARTICLE + tails.join(""));
        expect(result.articles).toHaveLength(1);
        expect(result.articles[0]?.paragraphs.map((p) => p.text)).toEqual(BODY);
      }),
      { numRuns: 100 },
    );
  });

  it("finishes on one huge line", () => {
    const line = `${"أعلنت الحكومة خطة جديدة، وقال الوزير إن \"الخطة طموحة\". ".repeat(19_000)}`;
    expect(line.length).toBeGreaterThan(1_000_000);
    const result = expectSegmented(line);
    expect(result.articles.length).toBeGreaterThan(0);
  });

  it("finishes on a million short lines", () => {
    const text = "أ\n".repeat(500_000);
    expect(text.length).toBe(1_000_000);
    const result = segmentArticle(text);
    expect(result.blocks.length).toBeGreaterThan(0);
  });

  it("finishes on tens of thousands of date lines and bylines", () => {
    // A search that runs from a line to the end of the page (instead of the line's end)
    // makes each of these lines cost the whole text.
    const text = "الخميس 12 مارس 2024 - 10:30\nبقلم: سامر خليل\n".repeat(25_000);
    expect(text.length).toBeGreaterThan(1_000_000);
    const result = segmentArticle(text);
    expect(result.blocks.length).toBeGreaterThan(0);
  });

  it("finishes on unbalanced quotation marks", () => {
    const text = `وقال المتحدث إن "${"«كلام \" ”".repeat(120_000)}`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const result = segmentArticle(text);
    expect(result.blocks.length).toBeGreaterThan(0);
  });
});

describe("findVerbs", () => {
  it("finds in any stretches the speech verbs a scan of the whole text finds there", () => {
    fc.assert(
      fc.property(anyString, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }), (raw, pairs) => {
        const f = normalize(raw, MATCH_OPTIONS);
        const spans = pairs.map(([a, b]) => {
          const [fs, fe] = [a % (f.length + 1), b % (f.length + 1)].sort((x, y) => x - y) as [number, number];
          return { fs, fe };
        });
        const all = scanPhrases(f).verbs;
        const want: number[] = [];
        for (let k = 0; k < all.length; k++) if (spans.some((s) => all.get(k) >= s.fs && all.get(k) < s.fe)) want.push(all.get(k));
        const scan = emptyScan();
        findVerbs(f, spans, scan);
        const got: number[] = [];
        for (let k = 0; k < scan.verbs.length; k++) got.push(scan.verbs.get(k));
        expect(got).toEqual(want);
      }),
      { numRuns: 1000 },
    );
  });
});
