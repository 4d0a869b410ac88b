/**
 * `nashra/segment` — the structure of an Arabic news text: title, dateline, byline, lead,
 * body, quotations with speakers, source, read-also teasers, related lists, tags and
 * boilerplate, every piece with its span in the input.
 *
 * @example
 * ```ts
 * import { segmentArticle } from "nashra/segment";
 * const page = segmentArticle("وزير الطاقة يعلن خطة جديدة\nعمان - (بترا) - أعلن وزير الطاقة خطة جديدة للطاقة الشمسية.");
 * page.articles[0]?.title?.text; // "وزير الطاقة يعلن خطة جديدة"
 * page.articles[0]?.dateline?.agency; // "بترا"
 * ```
 *
 * @module segment
 */

export { segmentArticle } from "./segment.js";
export type { Article, Block, BlockKind, Dateline, Quote, SegmentedText } from "./types.js";
export type { Span } from "../core/span.js";
