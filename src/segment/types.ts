/**
 * The shapes `segmentArticle` returns: plain, JSON-serialisable objects.
 *
 * @module
 */

import type { Span } from "../core/span.js";

/**
 * What a block of the page is.
 *
 * - `title`: an article's headline.
 * - `subtitle`: a kicker above the headline, a deck or highlight under it.
 * - `dateline`: the opening place/agency prefix ("دمشق - (رويترز) -").
 * - `byline`: the author's name, without its cue.
 * - `date`: a publication date line.
 * - `source`: the value of a source or agency credit line.
 * - `paragraph`: a paragraph of an article's body.
 * - `subheading`: a crosshead inside the body (also one of the body's paragraphs).
 * - `caption`: a photo caption.
 * - `signature`: a signature under the text.
 * - `related`: the title of another article in a related list.
 * - `tag`: one keyword of a tag list.
 * - `boilerplate`: everything else that holds text: navigation, prompts, forms,
 *   copyright, cues and list headings.
 */
export type BlockKind =
  | "title"
  | "subtitle"
  | "dateline"
  | "byline"
  | "date"
  | "source"
  | "paragraph"
  | "subheading"
  | "caption"
  | "signature"
  | "related"
  | "tag"
  | "boilerplate";

/** A stretch of the input with its role. `text === input.slice(span.start, span.end)`, trimmed. */
export interface Block {
  /** What the block is. */
  kind: BlockKind;
  /** The exact text of the block in the input. */
  text: string;
  /** Where the block stands in the input (UTF-16 offsets, end exclusive). */
  span: Span;
}

/** The opening place/agency prefix of a story, with its separator: "نيقوسيا ــ (ا ف ب):". */
export interface Dateline extends Block {
  /** The place as written ("نيقوسيا", "دمشق، سوريا"), or null when only an agency is given. */
  place: string | null;
  /** The agency or outlet as written ("ا ف ب", "CNN", "واس"), or null. */
  agency: string | null;
}

/** Words that an attributed speaker said, as quoted in the body. */
export interface Quote {
  /** The quoted words, without the quotation marks: `input.slice(span.start, span.end)`. */
  text: string;
  /** Where the quoted words stand in the input. */
  span: Span;
  /** The exact text naming who said it ("الكرملين"), or null when nobody is named before. */
  speaker: string | null;
  /** The attribution verb as written ("وقال", "مضيفاً"), or null. */
  verb: string | null;
}

/** One story: its headline, metadata and body. */
export interface Article {
  /** The headline as written, or null when the text has none. */
  title: Block | null;
  /** The dateline that opens the lead, or null. */
  dateline: Dateline | null;
  /** The author's name (without the cue "كتب:", "بقلم"), or null. */
  byline: Block | null;
  /** The first paragraph, without the dateline: the same object as `paragraphs[0]`, or null. */
  lead: Block | null;
  /** The body in order, the lead first; crossheads are included (and also in `subheadings`). */
  paragraphs: Block[];
  /** Attributed quotations found in the body. */
  quotes: Quote[];
  /** The value of the source line ("قناة اليمن اليوم") or agency credit line, or null. */
  source: Block | null;
  /** Kickers, decks and highlights around the headline. */
  subtitles: Block[];
  /** Crossheads inside the body. */
  subheadings: Block[];
  /** Photo captions. */
  captions: Block[];
  /** Publication date lines. */
  dates: Block[];
  /** Signatures under the text. */
  signatures: Block[];
}

/** The structure of a news text. */
export interface SegmentedText {
  /** The independent stories, in order. */
  articles: Article[];
  /** The "read also" teasers, each as an article with its title and, when given, its body. */
  readAlso: Article[];
  /** Titles of other articles: related lists, and a stray headline at the end. */
  related: Block[];
  /** Keywords of tag lists. */
  tags: Block[];
  /** Everything else that holds text. */
  boilerplate: Block[];
  /** Every block in text order: together they hold every letter and digit of the input once. */
  blocks: Block[];
}
