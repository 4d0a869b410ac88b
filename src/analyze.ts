/**
 * `analyzeArticle`: structure, publication date, dates and numbers of a news text in
 * one call. The text is normalized once into the matching view; segmentation, the
 * date scanner and the number scanner each walk that view once. Dates are proposed
 * before the publication date is known and resolved after, so finding the
 * publication date in the text costs no second scan.
 *
 * @module
 */

import { assertString, describe } from "./core/errors.js";
import type { Span } from "./core/span.js";
import { type NormalizedText, OffsetMapBuilder, makeView, orderedMap } from "./core/view.js";
import { fromDayNumber } from "./dates/calendar.js";
import type { Candidate, Item } from "./dates/candidate.js";
import { proposeDates, resolveDates, toMention } from "./dates/extract.js";
import { readReference, resolveDateOptions } from "./dates/options.js";
import type { CalendarDate, DateMention, WeekStart } from "./dates/types.js";
import { runNormalizer } from "./normalize/engine.js";
import { MATCH_OPTIONS } from "./normalize/match.js";
import { extractFromView } from "./numbers/extract.js";
import type { NumberMention } from "./numbers/types.js";
import { segmentView } from "./segment/segment.js";
import type { Article, Block, SegmentedText } from "./segment/types.js";

/** Options of {@link analyzeArticle}. */
export interface AnalyzeOptions {
  /**
   * The publication date, `{ year, month, day }` or "YYYY-MM-DD". Without it, the date
   * is looked for in the text (a date line near the top, an aggregator's "نشر في … يوم"
   * line); relative dates resolve against it, or against today when none is found.
   */
  published?: CalendarDate | string;
  /** The first day of a week, for "الأسبوع الماضي"; default `"saturday"`. */
  weekStart?: WeekStart;
}

/**
 * Where a mention stands: in block `block` (an index into `structure.blocks`) of main
 * article `article`, in a read-also teaser, or in a related title.
 */
export type MentionPlace =
  | {
      /** Index of the main article in `structure.articles`. */
      article: number;
      /** Index of the block in `structure.blocks`. */
      block: number;
    }
  | "readAlso"
  | "related";

/** A date mention with its place in the structure. */
export interface PlacedDate extends DateMention {
  /** The article and block the mention stands in. */
  where: MentionPlace;
}

/** A number mention with its place in the structure. */
export interface PlacedNumber extends NumberMention {
  /** The article and block the mention stands in. */
  where: MentionPlace;
}

/** What {@link analyzeArticle} finds. */
export interface ArticleAnalysis {
  /** The structure of the text, as `segmentArticle` gives it. */
  structure: SegmentedText;
  /** The publication date: the option when given, else the one found in the text, else null. */
  published: CalendarDate | null;
  /** Dates in the main articles, the read-also teasers and the related titles, resolved against `published`. */
  dates: PlacedDate[];
  /** Numbers in the same places, without the numbers that belong to a date ("2017" of "يناير 2017"). */
  numbers: PlacedNumber[];
}

const OPTION_NAMES = ["published", "weekStart"];

/**
 * Analyzes a news text in one call: its structure (`segmentArticle`), its publication
 * date, and the dates and numbers of its main articles, read-also teasers and related
 * titles, each placed in the structure. Relative dates ("الإثنين", "أمس") resolve
 * against the publication date: the option, or the one the text states.
 *
 * @param text - The plain text of a news page; any string.
 * @param options - `published` (a day) and `weekStart`.
 * @returns `{ structure, published, dates, numbers }`.
 * @throws TypeError when `text` is not a string; RangeError for an impossible
 *   `published` or an unknown option.
 * @example
 * ```ts
 * const text = "البنك يرفع الفائدة\nالثلاثاء 22 يوليو 2025\nعمان - (بترا) - قرر البنك المركزي الإثنين رفع الفائدة 25 نقطة أساس.";
 * const analysis = analyzeArticle(text);
 * analysis.published; // { year: 2025, month: 7, day: 22 }
 * analysis.dates.map((d) => d.text); // ["الثلاثاء 22 يوليو 2025", "الإثنين"]
 * analysis.dates[1].start; // { year: 2025, month: 7, day: 21 }
 * analysis.numbers.map((n) => n.value); // [25]
 * ```
 */
export function analyzeArticle(text: string, options?: AnalyzeOptions): ArticleAnalysis {
  assertString("analyzeArticle", text);
  const { published: given, weekStart } = readOptions(options);
  // The view is built here, not by viewOf, to keep its map for the numbers' ordered walk.
  const builder = new OffsetMapBuilder();
  const view = makeView(text, runNormalizer(text, MATCH_OPTIONS, builder), builder);
  const structure = segmentView(text, view);
  const candidates = proposeDates(view.text);
  const published = given ?? publishedIn(structure, view, candidates);
  const dateOptions = resolveDateOptions("analyzeArticle", {
    ...(published === null ? {} : { reference: published }),
    ...(weekStart === undefined ? {} : { weekStart }),
  });
  const dateMentions = resolveDates(view.text, candidates, dateOptions).map((item) => toMention(text, view, item));
  const numberMentions = withoutDates(extractFromView(view, text, orderedMap(text, builder)), dateMentions);
  const places = placesOf(structure);
  return {
    structure,
    published,
    dates: place(dateMentions, places),
    numbers: place(numberMentions, places),
  };
}

function readOptions(options: AnalyzeOptions | undefined): { published: CalendarDate | null; weekStart: WeekStart | undefined } {
  if (options === undefined) return { published: null, weekStart: undefined };
  if (options === null || typeof options !== "object") {
    throw new TypeError(`analyzeArticle: options must be an object, got ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_NAMES.includes(key)) {
      throw new RangeError(`analyzeArticle: unknown option "${key}"; valid options are ${OPTION_NAMES.join(", ")}`);
    }
  }
  const published = options.published === undefined ? null : readReference("analyzeArticle", options.published, "published");
  return { published, weekStart: options.weekStart };
}

// The publication date a page states: the first date line of the first article that
// has one, read as a day whose year is written. Any fixed reference resolves it.
function publishedIn(structure: SegmentedText, view: NormalizedText, candidates: readonly Candidate[]): CalendarDate | null {
  const lines: Block[] = [];
  for (const article of structure.articles) lines.push(...article.dates);
  if (lines.length === 0) return null;
  const fixed = resolveDateOptions("analyzeArticle", { reference: "2000-01-01" });
  for (const line of lines) {
    // Only the candidates inside the line are resolved (they are in text order, and the
    // view maps to the input monotonically): the rest of the page costs nothing here.
    let lo = 0;
    let hi = candidates.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (view.toOriginal((candidates[mid] as Candidate).start) < line.span.start) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < candidates.length && view.toOriginal((candidates[end] as Candidate).start) < line.span.end) end++;
    for (const item of resolveDates(view.text, candidates.slice(lo, end), fixed)) {
      const span = view.spanToOriginal({ start: item.start, end: item.end });
      if (span.start < line.span.start || span.end > line.span.end) continue;
      if (isStated(item)) return fromDayNumber(item.resolved.first);
    }
  }
  return null;
}

function isStated(item: Item): boolean {
  return item.resolved.grain === "day" && item.resolved.implied.length === 0 && item.resolved.first === item.resolved.last;
}

// Numbers that lie inside a date mention belong to the date.
function withoutDates(numbers: NumberMention[], dates: readonly DateMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  let d = 0;
  for (const n of numbers) {
    while (d < dates.length && (dates[d] as DateMention).span.end <= n.span.start) d++;
    const date = dates[d];
    if (date !== undefined && date.span.start <= n.span.start && n.span.end <= date.span.end) continue;
    out.push(n);
  }
  return out;
}

interface Places {
  /** The blocks in text order, with the place each one gives its mentions (null: none). */
  spans: Span[];
  places: (MentionPlace | null)[];
}

function articleBlocks(a: Article): Block[] {
  const list: Block[] = [...a.subtitles, ...a.paragraphs, ...a.captions, ...a.dates, ...a.signatures];
  for (const b of [a.title, a.dateline, a.byline, a.source]) if (b !== null) list.push(b);
  return list;
}

// Where the mentions of each block go: main articles by index, read-also teasers,
// related titles; tags and boilerplate are left out.
function placesOf(structure: SegmentedText): Places {
  const byStart = new Map<number, MentionPlace>();
  structure.readAlso.forEach((a) => {
    for (const b of articleBlocks(a)) byStart.set(b.span.start, "readAlso");
  });
  for (const b of structure.related) byStart.set(b.span.start, "related");
  const blockIndex = new Map<number, number>();
  structure.blocks.forEach((b, i) => blockIndex.set(b.span.start, i));
  structure.articles.forEach((a, article) => {
    for (const b of articleBlocks(a)) {
      const block = blockIndex.get(b.span.start);
      if (block !== undefined) byStart.set(b.span.start, { article, block });
    }
  });
  return {
    spans: structure.blocks.map((b) => b.span),
    places: structure.blocks.map((b) => byStart.get(b.span.start) ?? null),
  };
}

// Each mention takes the place of the block its first character stands in.
function place<M extends { span: Span }>(mentions: M[], places: Places): (M & { where: MentionPlace })[] {
  const out: (M & { where: MentionPlace })[] = [];
  let k = 0;
  for (const m of mentions) {
    while (k < places.spans.length && (places.spans[k] as Span).end <= m.span.start) k++;
    const span = places.spans[k];
    const where = places.places[k];
    if (span === undefined || where === undefined || where === null || span.start > m.span.start) continue;
    out.push({ ...m, where });
  }
  return out;
}
