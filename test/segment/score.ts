/**
 * The quality measures over fixture pages: body paragraph F1 (exact strings),
 * title, dateline, byline and source accuracy, quote F1 with speaker accuracy, read-also
 * and related F1, and the share of pages with the right number of articles.
 */

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { segmentArticle } from "../../src/segment/index.js";
import type { Article, SegmentedText } from "../../src/segment/index.js";

/** An expected article, as written in a fixture's JSON. */
export interface ExpectedArticle {
  title: string | null;
  subtitles?: string[];
  dateline: { text: string; place: string | null; agency: string | null } | null;
  byline: string | null;
  paragraphs: string[];
  quotes?: { text: string; speaker: string | null; verb: string | null }[];
  source: string | null;
}

/** A fixture's expected structure. */
export interface Expected {
  articles: ExpectedArticle[];
  readAlso?: { title: string | null; paragraphs?: string[] }[];
  related?: string[];
  tags?: string[];
}

/** One page: its text, its expected structure and a name for messages. */
export interface Page {
  name: string;
  text: string;
  expected: Expected;
}

/** The measures, each in 0…1. */
export interface Scores {
  pages: number;
  paragraphF1: number;
  title: number;
  dateline: number;
  byline: number;
  source: number;
  quoteF1: number;
  speaker: number;
  readAlsoF1: number;
  relatedF1: number;
  articleCount: number;
}

/** Reads every `NN.txt` with its `NN.json` from a folder. */
export function loadPages(dir: string): Page[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({
      name: f,
      text: readFileSync(join(dir, f), "utf8"),
      expected: JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/u, ".json")), "utf8")) as Expected,
    }));
}

class Counts {
  tp = 0;
  fp = 0;
  fn = 0;
  add(expected: readonly string[], found: readonly string[]): string[] {
    const pool = new Map<string, number>();
    for (const e of expected) pool.set(e, (pool.get(e) ?? 0) + 1);
    const matched: string[] = [];
    for (const f of found) {
      const left = pool.get(f) ?? 0;
      if (left > 0) {
        pool.set(f, left - 1);
        this.tp++;
        matched.push(f);
      } else this.fp++;
    }
    this.fn += expected.length - matched.length;
    return matched;
  }
  f1(): number {
    if (this.tp + this.fp + this.fn === 0) return 1;
    return (2 * this.tp) / (2 * this.tp + this.fp + this.fn);
  }
}

/** Scores the segmenter on pages; `misses` collects what went wrong, for reports. */
export function scorePages(pages: readonly Page[], misses: string[] = []): Scores {
  const paragraphs = new Counts();
  const quotes = new Counts();
  const readAlso = new Counts();
  const related = new Counts();
  const fields: Record<"title" | "dateline" | "byline" | "source", [number, number]> = {
    title: [0, 0],
    dateline: [0, 0],
    byline: [0, 0],
    source: [0, 0],
  };
  let speakers = 0;
  let speakersRight = 0;
  let counts = 0;
  for (const page of pages) {
    const got: SegmentedText = segmentArticle(page.text);
    const exp = page.expected;
    if (got.articles.length === exp.articles.length) counts++;
    else misses.push(`${page.name}: ${got.articles.length} articles, expected ${exp.articles.length}`);
    const before = paragraphs.fn + paragraphs.fp;
    paragraphs.add(
      exp.articles.flatMap((a) => a.paragraphs),
      got.articles.flatMap((a) => a.paragraphs.map((p) => p.text)),
    );
    if (paragraphs.fn + paragraphs.fp > before) misses.push(`${page.name}: paragraphs differ`);
    exp.articles.forEach((e, i) => {
      const g: Article | undefined = got.articles[i];
      const check = (name: keyof typeof fields, want: string | null, have: string | null): void => {
        const slot = fields[name];
        slot[1]++;
        if (want === have) slot[0]++;
        else misses.push(`${page.name}#${i} ${name}: got ${JSON.stringify(have)}, expected ${JSON.stringify(want)}`);
      };
      check("title", e.title, g?.title?.text ?? null);
      check("dateline", e.dateline?.text ?? null, g?.dateline?.text ?? null);
      check("byline", e.byline, g?.byline?.text ?? null);
      check("source", e.source, g?.source?.text ?? null);
      const eq = e.quotes ?? [];
      const gq = g?.quotes ?? [];
      const matched = quotes.add(
        eq.map((q) => q.text),
        gq.map((q) => q.text),
      );
      for (const text of matched) {
        const want = eq.find((q) => q.text === text);
        const have = gq.find((q) => q.text === text);
        speakers++;
        if (want?.speaker === have?.speaker) speakersRight++;
        else misses.push(`${page.name}#${i} speaker: got ${have?.speaker}, expected ${want?.speaker}`);
      }
      for (const q of gq) if (!eq.some((x) => x.text === q.text)) misses.push(`${page.name}#${i} extra quote: ${q.text.slice(0, 40)}`);
      for (const q of eq) if (!gq.some((x) => x.text === q.text)) misses.push(`${page.name}#${i} missed quote: ${q.text.slice(0, 40)}`);
    });
    readAlso.add(
      (exp.readAlso ?? []).map((r) => r.title ?? ""),
      got.readAlso.map((r) => r.title?.text ?? ""),
    );
    related.add(exp.related ?? [], got.related.map((b) => b.text));
  }
  const acc = (slot: [number, number]): number => (slot[1] === 0 ? 1 : slot[0] / slot[1]);
  return {
    pages: pages.length,
    paragraphF1: paragraphs.f1(),
    title: acc(fields.title),
    dateline: acc(fields.dateline),
    byline: acc(fields.byline),
    source: acc(fields.source),
    quoteF1: quotes.f1(),
    speaker: speakers === 0 ? 1 : speakersRight / speakers,
    readAlsoF1: readAlso.f1(),
    relatedF1: related.f1(),
    articleCount: pages.length === 0 ? 1 : counts / pages.length,
  };
}

/** The scores as one line per measure. */
export function formatScores(s: Scores): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  return [
    `pages ${s.pages}`,
    `body paragraph F1 ${pct(s.paragraphF1)}`,
    `title ${pct(s.title)}  dateline ${pct(s.dateline)}  byline ${pct(s.byline)}  source ${pct(s.source)}`,
    `quote F1 ${pct(s.quoteF1)}  right speaker ${pct(s.speaker)}`,
    `read-also F1 ${pct(s.readAlsoF1)}  related F1 ${pct(s.relatedF1)}  article count ${pct(s.articleCount)}`,
  ].join("\n");
}
