import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeArticle, extractDates, extractNumbers, segmentArticle } from "../src/index.js";
import type { ArticleAnalysis } from "../src/index.js";

const page = [
  "البنك المركزي يرفع الفائدة للمرة الثالثة هذا العام",
  "الثلاثاء 22 يوليو 2025",
  "عمان - (بترا) - قرر البنك المركزي الأردني الإثنين رفع سعر الفائدة 25 نقطة أساس، في خطوة هي الثالثة منذ يناير 2025.",
  "",
  'وقال المحافظ عادل الشركس إن "القرار يهدف إلى الحفاظ على الاستقرار النقدي"، مضيفا أن التضخم بلغ ٣٫٢٪ الشهر الماضي.',
  "",
  "المصدر: وكالة الأنباء الأردنية",
  "",
  "اقرأ أيضاً:",
  "ارتفاع أسعار الذهب في السوق المحلية",
  "سجل سعر غرام الذهب عيار 21 ارتفاعا بنحو دينار واحد أمس.",
  "",
  "مقالات ذات صلة",
  "• البنك الدولي يتوقع نمو الاقتصاد 2.6% في 2026",
].join("\n");

// The laws every analysis keeps, whatever the text.
function checkLaws(text: string, a: ArticleAnalysis): void {
  for (const m of [...a.dates, ...a.numbers]) {
    expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
    if (typeof m.where === "object") {
      const block = a.structure.blocks[m.where.block];
      expect(block).toBeDefined();
      expect(block!.span.start).toBeLessThanOrEqual(m.span.start);
      expect(block!.span.end).toBeGreaterThan(m.span.start);
      expect(m.where.article).toBeLessThan(a.structure.articles.length);
    } else expect(["readAlso", "related"]).toContain(m.where);
  }
  for (const n of a.numbers) {
    for (const d of a.dates) expect(n.span.start >= d.span.start && n.span.end <= d.span.end).toBe(false);
  }
}

describe("analyzeArticle", () => {
  it("finds the publication date in the text and resolves relative dates against it", () => {
    const a = analyzeArticle(page);
    checkLaws(page, a);
    expect(a.published).toEqual({ year: 2025, month: 7, day: 22 });
    const monday = a.dates.find((d) => d.text === "الإثنين");
    expect(monday?.start).toEqual({ year: 2025, month: 7, day: 21 });
    expect(monday?.where).toEqual({ article: 0, block: expect.any(Number) });
    const lastMonth = a.dates.find((d) => d.text === "الشهر الماضي");
    expect([lastMonth?.start, lastMonth?.end]).toEqual([
      { year: 2025, month: 6, day: 1 },
      { year: 2025, month: 6, day: 30 },
    ]);
    const yesterday = a.dates.find((d) => d.text === "أمس");
    expect(yesterday).toMatchObject({ start: { year: 2025, month: 7, day: 21 }, where: "readAlso" });
  });

  it("reports the dates and numbers of a feed item that is one headline", () => {
    const a = analyzeArticle("مقتل 5 أشخاص في انفجار ببغداد أمس", { published: "2024-06-01" });
    expect(a.dates.map((d) => [d.text, d.start])).toEqual([["أمس", { year: 2024, month: 5, day: 31 }]]);
    expect(a.numbers.map((n) => [n.text, n.value])).toEqual([["5", 5]]);
    expect(a.numbers[0]?.where).toEqual({ article: 0, block: 0 });
  });

  it("leaves out the numbers that belong to a date, keeps the others with their places", () => {
    const a = analyzeArticle(page);
    expect(a.numbers.map((n) => [n.text, n.value])).toEqual([
      ["الثالثة", 3],
      ["25", 25],
      ["الثالثة", 3],
      ["٣٫٢٪", 3.2],
      ["21", 21],
      ["واحد", 1],
      ["2.6%", 2.6],
    ]);
    expect(a.numbers.map((n) => n.text)).not.toContain("2025");
    expect(a.numbers.at(-1)?.where).toBe("related");
    expect(a.numbers.at(-3)?.where).toBe("readAlso");
  });

  it("reports the mentions of the related titles and of the teasers, not of boilerplate", () => {
    const a = analyzeArticle(`${page}\n\nجميع الحقوق محفوظة 2025`);
    expect(a.numbers.some((n) => n.text === "2025")).toBe(false);
    expect(a.dates.map((d) => d.where)).toContain("related");
  });

  it("uses the publication date it is given over the one in the text", () => {
    const a = analyzeArticle(page, { published: "2025-08-05" });
    expect(a.published).toEqual({ year: 2025, month: 8, day: 5 });
    expect(a.dates.find((d) => d.text === "الإثنين")?.start).toEqual({ year: 2025, month: 8, day: 4 });
    expect(analyzeArticle(page, { published: { year: 2025, month: 8, day: 5 } }).published).toEqual({ year: 2025, month: 8, day: 5 });
  });

  it("agrees with the modules it runs", () => {
    const a = analyzeArticle(page, { published: "2025-07-22" });
    expect(a.structure).toEqual(segmentArticle(page));
    const dates = extractDates(page, { reference: "2025-07-22" });
    for (const d of a.dates) expect(dates).toContainEqual((({ where: _w, ...rest }) => rest)(d));
    const numbers = extractNumbers(page);
    for (const n of a.numbers) expect(numbers).toContainEqual((({ where: _w, ...rest }) => rest)(n));
  });

  it("gives null when the text states no publication date", () => {
    const a = analyzeArticle("قال الوزير أمس إن الخطة ستنفذ خلال خمس سنوات.");
    expect(a.published).toBeNull();
  });

  it("handles the empty string", () => {
    expect(analyzeArticle("")).toEqual({
      structure: { articles: [], readAlso: [], related: [], tags: [], boilerplate: [], blocks: [] },
      published: null,
      dates: [],
      numbers: [],
    });
  });

  it("throws on bad input and bad options", () => {
    expect(() => analyzeArticle(7 as unknown as string)).toThrow(/analyzeArticle: text must be a string/);
    expect(() => analyzeArticle("x", { published: "2025-02-30" })).toThrow(RangeError);
    expect(() => analyzeArticle("x", { published: "2025-02-30" })).toThrow(/"published"/);
    expect(() => analyzeArticle("x", { publishd: "2025-02-03" } as never)).toThrow(/unknown option "publishd"/);
    expect(() => analyzeArticle("x", { weekStart: "friday" as never })).toThrow(/weekStart/);
  });

  it("keeps its laws on every fixture page of the project", () => {
    const dir = join(import.meta.dirname, "fixtures", "segment");
    const pages = readdirSync(dir).filter((f) => f.endsWith(".txt"));
    expect(pages.length).toBeGreaterThan(5);
    for (const f of pages) {
      const text = readFileSync(join(dir, f), "utf8");
      checkLaws(text, analyzeArticle(text));
    }
  });

  it("keeps its laws and never throws on any string", () => {
    const pieces = ["الإثنين", " 22 يوليو 2025", "\n", "قال", ' "', "المصدر: ", "اقرأ أيضاً:", "• ", "ثلاثة آلاف", "٣٥٪", "أمس", ".", "\u200F", "ـ"];
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join("")), fc.string({ unit: "binary" })), (text) => {
        checkLaws(text, analyzeArticle(text, { published: "2025-07-22" }));
      }),
      { numRuns: 300 },
    );
  });
});
