/**
 * `segmentArticle`: the structure of an Arabic news text.
 *
 * @module
 */

import { isLetterOrDigit } from "../core/chars.js";
import { assertString } from "../core/errors.js";
import { renewShapes } from "../core/shape.js";
import { type NormalizedText, OffsetMapBuilder, orderedView } from "../core/view.js";
import { runNormalizer } from "../normalize/engine.js";
import { MATCH_OPTIONS } from "../normalize/match.js";
import { describer } from "./classify.js";
import { useMasthead } from "./dateline.js";
import { Growing } from "./growing.js";
import { layOut } from "./layout.js";
import { splitUnits, trimFiller } from "./lines.js";
import { emptyScan } from "./scan.js";
import { joinWrapped } from "./wrap.js";
import type { Block, SegmentedText } from "./types.js";

/**
 * Segments a news text into articles, read-also teasers, related titles, tags and
 * boilerplate. Cues are matched on the folded text (hamza, tanween, yaa, diacritics and
 * tatweel do not matter); every block's span points into `text`, and `blocks` holds every
 * letter and digit of `text` exactly once, in order.
 *
 * @param text - Any string: a page as a scraper or feed delivers it.
 * @returns The articles (title, dateline, byline, lead, paragraphs, quotes, source …),
 *   `readAlso`, `related`, `tags`, `boilerplate` and all `blocks` in text order.
 * @throws TypeError when `text` is not a string.
 * @example
 * ```ts
 * const page = "بوتين يبحث مع بزشكيان الوضع في سوريا\n\n" +
 *   "موسكو - (رويترز) - بحث الرئيس الروسي فلاديمير بوتين مع نظيره الإيراني الوضع في سوريا.\n\n" +
 *   "وقال الكرملين في بيان إن \"الجانبين أكدا أهمية تنسيق الجهود\".\n\n" +
 *   "المصدر: رويترز";
 * const { articles } = segmentArticle(page);
 * articles[0].title?.text; // "بوتين يبحث مع بزشكيان الوضع في سوريا"
 * articles[0].dateline?.place; // "موسكو"
 * articles[0].quotes[0].speaker; // "الكرملين"
 * articles[0].source?.text; // "رويترز"
 * ```
 */
export function segmentArticle(text: string): SegmentedText {
  assertString("segmentArticle", text);
  // The units ask for their offsets in text order: the view reads its map with a cursor.
  const builder = new OffsetMapBuilder();
  return segmentView(text, orderedView(text, runNormalizer(text, MATCH_OPTIONS, builder), builder));
}

/** Segments `text` from its matching view (`MATCH_OPTIONS`), for callers that already built it. */
export function segmentView(text: string, view: NormalizedText): SegmentedText {
  const scan = emptyScan();
  useMasthead(text);
  // Each unit is described as it is cut (the phrases it holds are found by then).
  const described = splitUnits(text, view, scan, describer(view.text, scan.hits));
  const infos = joinWrapped(text, view.text, described, scan.hits) ?? described;
  const layout = layOut(text, view, infos, scan);
  const boilerplate = new Growing<Block>();
  const blocks = settle(text, layout.blocks, boilerplate);
  // While this call's objects are alive, the kept ones take the maps they ended with.
  renewShapes();
  return {
    articles: layout.articles,
    readAlso: layout.readAlso,
    related: layout.related,
    tags: layout.tags,
    boilerplate: boilerplate.toArray(),
    blocks,
  };
}

// Blocks in text order, none overlapping, and boilerplate for every stretch between them
// that still holds a letter or a digit; the boilerplate blocks also go to `boilerplate`.
function settle(text: string, found: Growing<Block>, boilerplate: Growing<Block>): Block[] {
  // The layout makes its blocks nearly in text order (a header's date or byline may come
  // before its title) and none empty: they are copied and sorted only when they must be.
  let empty = false;
  let ordered = true;
  let last = 0;
  for (let k = 0; k < found.length; k++) {
    const b = found.at(k);
    if (b.span.end <= b.span.start) empty = true;
    if (b.span.start < last) ordered = false;
    last = b.span.start;
  }
  let sorted: Block[] | null = null;
  if (empty || !ordered) {
    sorted = found.toArray();
    if (empty) sorted = sorted.filter((b) => b.span.end > b.span.start);
    if (!ordered) sortByStart(sorted, 4 * sorted.length);
  }
  const n = sorted === null ? found.length : sorted.length;
  const out = new Growing<Block>();
  let pos = 0;
  for (let k = 0; k < n; k++) {
    const b = sorted === null ? found.at(k) : (sorted[k] as Block);
    if (b.span.start < pos) {
      // Overlap cannot come from the layout; clip defensively so the contract holds.
      if (b.span.end <= pos) continue;
      const [s, e] = trimFiller(text, pos, b.span.end);
      if (e <= s) continue;
      b.span = { start: s, end: e };
      b.text = text.slice(s, e);
    }
    fill(text, pos, b.span.start, out, boilerplate);
    out.push(b);
    if (b.kind === "boilerplate") boilerplate.push(b);
    pos = b.span.end;
  }
  fill(text, pos, text.length, out, boilerplate);
  return out.toArray();
}

/**
 * Sorts `blocks` by where they start, keeping blocks that start together in their order.
 * The layout's blocks are out of order only locally (a header's date or byline before its
 * title), so an insertion sort moves few of them; past `budget` moves it hands the rest to
 * the built-in sort, which is stable too, so that any order stays n log n.
 */
function sortByStart(blocks: Block[], budget: number): void {
  let moves = 0;
  for (let k = 1; k < blocks.length; k++) {
    const b = blocks[k] as Block;
    const start = b.span.start;
    let j = k;
    while (j > 0 && (blocks[j - 1] as Block).span.start > start) {
      blocks[j] = blocks[j - 1] as Block;
      j--;
    }
    blocks[j] = b;
    moves += k - j;
    if (moves > budget) {
      blocks.sort((x, y) => x.span.start - y.span.start);
      return;
    }
  }
}

function fill(text: string, from: number, to: number, out: Growing<Block>, boilerplate: Growing<Block>): void {
  let k = from;
  while (k < to && !isLetterOrDigit(codePointAt(text, k))) k++;
  if (k >= to) return;
  const [s, e] = trimFiller(text, from, to);
  if (e > s) {
    const b: Block = { kind: "boilerplate", text: text.slice(s, e), span: { start: s, end: e } };
    out.push(b);
    boilerplate.push(b);
  }
}

function codePointAt(text: string, i: number): number {
  return text.codePointAt(i) ?? 0;
}
