/**
 * The page layout: which units make which article, and what each unit is.
 *
 * One walk over the units. An article starts at an anchor, the first unit that reads as
 * body (a sentence of eight words or more, a long line, or a lead under a byline); the
 * header above it is read back to the navigation (title, kicker and deck, date, byline,
 * credit and source lines, captions). The body runs until a new article starts (a
 * headline followed by a dateline, by metadata, or after a wide gap) or the page ends;
 * source lines, read-also blocks, related and tag lists and boilerplate cues are taken on
 * the way. What trails the last paragraph is a signature, a stray headline or boilerplate.
 *
 * @module
 */

import { isAsciiLetter, isBullet, isDash, isDigit, isFiller, isQuotationMark, isSentenceEnd, isTickerArrow, isWordChar } from "../core/chars.js";
import { keepShape } from "../core/shape.js";
import type { NormalizedText } from "../core/view.js";
import { MATCH_OPTIONS } from "../normalize/match.js";
import { viewOf } from "../normalize/normalize.js";
import { parseByline } from "./byline.js";
import type { Info } from "./classify.js";
import { type ParsedDateline, type Range, agencyCredit, creditOf, leadOf, parseDateline, wireLine } from "./dateline.js";
import { isDateLine } from "./date-line.js";
import { Growing } from "./growing.js";
import { lexicon, longestPrefix, phraseKey } from "./lexicon.js";
import { definite } from "./names.js";
import { trimFiller } from "./lines.js";
import { type FoldedSpan, findQuotes } from "./quotes.js";
import { type PhraseScan, findVerbs, scanPhrases } from "./scan.js";
import type { Article, Block, BlockKind, Dateline } from "./types.js";

/** How many units after an anchor may stand before the dateline that really opens the lead. */
const DECK_LOOKAHEAD = 3;
/** The most units a header holds. */
const MAX_HEADER = 10;

/** An article being built, with the folded spans of its paragraphs (for quotations). */
interface Draft {
  readonly article: Article;
  readonly folded: FoldedSpan[];
}

/** What the layout hands back: blocks (unordered) and the typed lists. */
export interface Layout {
  readonly blocks: Growing<Block>;
  readonly articles: Article[];
  readonly readAlso: Article[];
  readonly related: Block[];
  readonly tags: Block[];
}

/**
 * Lays out a page from its described units.
 *
 * @example
 * ```ts
 * const text = "خطة جديدة للطاقة\nعمان - (بترا) - أعلن الوزير خطة جديدة.";
 * const view = viewOf(text, MATCH_OPTIONS);
 * const layout = layOut(text, view, describeUnits(splitUnits(text, view), view.text));
 * layout.articles[0]?.title?.text; // "خطة جديدة للطاقة"
 * ```
 */
export function layOut(text: string, view: NormalizedText, infos: readonly Info[], scan: PhraseScan = scanPhrases(view.text)): Layout {
  // An empty page lives for good, and with it the code of its methods (core/shape.ts).
  keepShape(Page, () => new Page("", viewOf("", MATCH_OPTIONS), [], scanPhrases("")));
  return new Page(text, view, infos, scan).run();
}

function emptyArticle(): Article {
  return {
    title: null,
    dateline: null,
    byline: null,
    lead: null,
    paragraphs: [],
    quotes: [],
    source: null,
    subtitles: [],
    subheadings: [],
    captions: [],
    dates: [],
    signatures: [],
  };
}

class Page {
  readonly blocks = new Growing<Block>();
  readonly articles: Article[] = [];
  readonly readAlso: Article[] = [];
  readonly related: Block[] = [];
  readonly tags: Block[] = [];
  private readonly drafts: Draft[] = [];
  private readonly bigGap: number;
  /** A comments heading has closed an article: what follows is no new article. */
  private comments = false;

  constructor(
    readonly text: string,
    readonly view: NormalizedText,
    readonly infos: readonly Info[],
    private readonly scan: PhraseScan,
  ) {
    this.bigGap = typicalGap(infos) + 1;
  }

  run(): Layout {
    const n = this.infos.length;
    let i = 0;
    while (i < n) {
      const start = this.comments ? null : this.findStart(i);
      if (start === null) {
        this.tail(i, n, true);
        break;
      }
      // A list above the article may run into the header the walk back found: the header
      // starts after its last item.
      const reached = this.tail(i, start.header, true);
      const draft = this.newDraft(this.articles);
      const lead = this.header(Math.min(Math.max(start.header, reached), start.anchor), start.anchor, draft);
      i = this.body(lead, draft, false);
    }
    this.lone();
    // The walk over the lines left the speech verbs to be found in the paragraphs read here.
    if (!this.scan.allVerbs) findVerbs(this.view.text, this.drafts.flatMap((d) => d.folded), this.scan);
    for (const d of this.drafts) {
      d.article.quotes = findQuotes(this.text, this.view.text, d.folded, (s) => this.view.spanToOriginal(s), this.scan);
    }
    return { blocks: this.blocks, articles: this.articles, readAlso: this.readAlso, related: this.related, tags: this.tags };
  }

  /**
   * A text of one line that nothing above made an article of — a feed item's headline,
   * a one-sentence brief — is an article when it reads as prose: three words or more, no
   * cue, no boilerplate phrase, no navigation bars, no list bullet. A finished sentence is
   * its lead; anything else its title.
   */
  private lone(): void {
    const x = this.infos[0];
    if (this.infos.length !== 1 || x === undefined || this.articles.length > 0 || this.readAlso.length > 0) return;
    if (this.related.length > 0 || this.tags.length > 0 || this.blocks.some((b) => b.kind !== "boilerplate")) return;
    if (x.words < 3 || x.cue !== null || x.phrases > 0 || x.bars > 0 || x.bullet || x.captionEnd) return;
    // A date line is a few words around a date; a sentence that holds a date is prose.
    if (x.date && x.words < 6) return;
    this.blocks.clear();
    const draft = this.newDraft(this.articles);
    if (x.endsSentence) {
      const lead = this.unitBlock("paragraph", x);
      if (lead === null) return;
      draft.article.lead = lead;
      draft.article.paragraphs.push(lead);
      draft.folded.push({ fs: x.unit.fs, fe: x.unit.fe });
    } else {
      draft.article.title = this.unitBlock("title", x);
    }
  }

  private newDraft(list: Article[]): Draft {
    const draft: Draft = { article: emptyArticle(), folded: [] };
    list.push(draft.article);
    this.drafts.push(draft);
    return draft;
  }

  // --- blocks ---------------------------------------------------------------------

  private make(kind: BlockKind, start: number, end: number): Block | null {
    const [s, e] = trimFiller(this.text, start, end);
    return this.add(kind, s, e);
  }

  /** A block of the trimmed span [s, e), or null when it is empty. */
  private add(kind: BlockKind, s: number, e: number): Block | null {
    if (e <= s) return null;
    const text = this.text.slice(s, e);
    const span = { start: s, end: e };
    // A dateline is made with its place and agency (filled in later): added to a made
    // block, they would give it a map that only datelines hold, which dies with them and
    // takes the code that reads blocks along (core/shape.ts).
    const dateline: Dateline | null = kind === "dateline" ? { kind, text, span, place: null, agency: null } : null;
    const block: Block = dateline ?? { kind, text, span };
    this.blocks.push(block);
    return block;
  }

  // A unit's span is trimmed of filler already, in the original (`splitUnits`).
  private unitBlock(kind: BlockKind, x: Info): Block | null {
    return this.add(kind, x.unit.start, x.unit.end);
  }

  private boiler(x: Info): void {
    this.unitBlock("boilerplate", x);
  }

  /** Where a unit's text starts after a leading list or dialogue marker ("-", "*", "•"). */
  private afterMarker(x: Info): number {
    let k = x.unit.start;
    const c = this.text.charCodeAt(k);
    if (!isBullet(c) || c === 0xbb) return k;
    k++;
    while (k < x.unit.end && isFiller(this.text.charCodeAt(k))) k++;
    return k < x.unit.end ? k : x.unit.start;
  }

  /** The original offset of a folded offset. */
  private o(fs: number): number {
    return this.view.toOriginal(fs);
  }

  /** The smallest folded offset that maps at or after original offset `o`. */
  private folded(o: number, lo: number, hi: number): number {
    let a = lo;
    let b = hi;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (this.view.toOriginal(mid) < o) a = mid + 1;
      else b = mid;
    }
    return a;
  }

  // --- shapes ---------------------------------------------------------------------

  private at(i: number): Info | undefined {
    return this.infos[i];
  }

  /** A unit that reads as running text. */
  private prose(x: Info): boolean {
    return x.words >= 20 || (x.words >= 6 && (x.endsSentence || x.endsColon));
  }

  /** A unit strong enough to open an article's body. */
  private anchorLike(x: Info): boolean {
    if (x.cue !== null || x.bars >= 2 || x.phrases > 0 || x.unit.glued) return false;
    return x.words >= 40 || (x.words >= 8 && (x.endsSentence || x.endsColon));
  }

  /** A unit that may be a headline, kicker or deck. */
  private headingLike(x: Info): boolean {
    return x.cue === null && !x.unit.glued && x.bars < 2 && x.phrases === 0 && x.words >= 2 && x.words <= 40 && !x.date;
  }

  private isBoilerplateCue(x: Info): boolean {
    return (
      (x.cue?.kind === "boilerplate" && x.words <= x.cue.tokens + 4) ||
      // "رابط مختصر: https://…": a label and its value; a sentence has no colon after the cue.
      (x.cue?.kind === "boilerplate" && x.head[x.cue.tokens] === ":" && x.words <= x.cue.tokens + 12) ||
      x.cue?.kind === "footer" ||
      x.unit.glued ||
      x.bars >= 2 ||
      x.phrases >= 2
    );
  }

  /** The unit is wholly in parentheses: "(إعداد … - تحرير …)". */
  private parenthesized(x: Info): boolean {
    return this.text.charCodeAt(x.unit.start) === 0x28 && this.text.charCodeAt(x.unit.end - 1) === 0x29;
  }

  private credit(x: Info): ParsedDateline | null {
    return creditOf(this.text, x);
  }

  private leadDateline(x: Info): ParsedDateline | null {
    return leadOf(this.text, x);
  }

  // --- finding an article ----------------------------------------------------------

  // The first anchor with body after it; failing that, the first sentence that could
  // open a body (a short item of one paragraph).
  private findStart(from: number): { header: number; anchor: number } | null {
    return this.findAnchor(from, true) ?? this.findAnchor(from, false);
  }

  private findAnchor(from: number, strict: boolean): { header: number; anchor: number } | null {
    const n = this.infos.length;
    for (let j = from; j < n; j++) {
      const x = this.infos[j] as Info;
      let anchor = -1;
      if (x.cue?.kind === "byline" && x.words <= x.cue.tokens + 8) {
        const next = this.nextProse(j + 1, 3);
        if (next >= 0) anchor = next;
      } else if (
        strict
          ? this.anchorLike(x) &&
            (x.words >= 30 ||
              this.nextProse(j + 1, 3) >= 0 ||
              this.leadDateline(x) !== null ||
              (x.words >= 12 && x.endsSentence && j > from && this.headingLike(this.infos[j - 1] as Info)))
          : this.lenientAnchor(x, j, from)
      ) {
        anchor = j;
      }
      if (anchor < 0) continue;
      let header = this.headerStart(from, anchor);
      const top = this.infos[anchor] as Info;
      // A first unit with nothing above it that reads as a sentence is the headline.
      const question = top.words <= 20 && [0x3f, 0x061f, 0x21].includes(lastVisible(this.unitText(top)));
      if (question && !this.hasHeading(header, anchor) && this.nextAnchor(anchor + 1, 4)) {
        header = this.headerStart(from, anchor);
        return { header, anchor: this.deckShift(this.nextAnchor(anchor + 1, 4) as number) };
      }
      // (A date line or a byline may stand between the headline and the lead.)
      const body = header === anchor ? this.nextProse(anchor + 1, 3) : -1;
      if (
        body > anchor &&
        top.words <= 30 &&
        lastVisible(this.text.slice(top.unit.start, top.unit.end)) !== 0x2e &&
        this.leadDateline(top) === null &&
        this.onlyMeta(anchor + 1, body)
      ) {
        header = anchor;
        anchor = body;
      }
      anchor = this.deckShift(anchor);
      return { header, anchor };
    }
    return null;
  }

  // Units [from, to) are all date lines or bylines.
  private onlyMeta(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const y = this.infos[k] as Info;
      if (!(y.date || (y.cue?.kind === "byline" && y.words <= y.cue.tokens + 8))) return false;
    }
    return true;
  }

  private unitText(x: Info): string {
    return this.text.slice(x.unit.start, x.unit.end);
  }

  private hasHeading(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.headingLike(this.infos[k] as Info) && !this.credit(this.infos[k] as Info)) return true;
    return false;
  }

  /** The first anchor-like unit among the next `within` units, past header lines only. */
  private nextAnchor(from: number, within: number): number | null {
    for (let k = from; k < this.infos.length && k < from + within; k++) {
      const y = this.infos[k] as Info;
      if (this.anchorLike(y)) return k;
      if (!(y.date || y.cue?.kind === "byline" || y.cue?.kind === "boilerplate" || this.credit(y) !== null)) return null;
    }
    return null;
  }

  // A short item: a sentence of four words or more, or a long line, past the first line.
  private lenientAnchor(x: Info, j: number, from: number): boolean {
    if (x.cue !== null || x.unit.glued || x.bars >= 2 || x.date) return false;
    const fits = (x.words >= 4 && x.endsSentence) || x.words >= 8;
    return fits && (j > from || this.infos.length === from + 1);
  }

  /** Index of the first prose unit among the next `within` units, or −1. */
  private nextProse(from: number, within: number): number {
    for (let k = from; k < this.infos.length && k < from + within; k++) {
      const y = this.infos[k] as Info;
      if (this.prose(y) && y.cue === null) return k;
    }
    return -1;
  }

  // "standfirst, then the dateline that opens the lead": the lead starts at the dateline
  // when the next unit holds one.
  private deckShift(anchor: number): number {
    // "standfirst / نشرت في: … / caption / © credit / تونس (أ ف ب) - lead": past a date line,
    // the author's name or a credit ("يوسف بن عمارة", "فرانس24/ أ ف ب") and a photo's caption
    // and credit, the lead: a paragraph dated below it is the article's standfirst.
    // (A paragraph that opens with و goes on with something: it is no standfirst.)
    const top = this.at(anchor);
    const first = top?.head[0] ?? "";
    const goesOn = first.length >= 4 && first.charCodeAt(0) === 0x0648;
    let dated = false;
    for (let k = anchor + 1; k <= anchor + 6 && !goesOn; k++) {
      const z = this.at(k);
      if (z === undefined) break;
      const credit = this.at(k + 1);
      if (z.date) dated = true;
      // (The author's name or a credit stands right under the standfirst, over the date line.)
      const overDate = k === anchor + 1 && credit?.date === true;
      const name = overDate && z.cue === null && z.words >= 2 && z.words <= 4 && !z.endsSentence && !z.endsColon;
      if (z.date || this.creditLine(z) || (z.words <= 30 && credit !== undefined && this.creditLine(credit)) || name || (overDate && z.words <= 6 && this.credit(z) !== null)) continue;
      // (A live page's posts each under their time, "منذ 7 دقائق", have no standfirst.)
      const live = credit?.date === true;
      if (k > anchor + 1 && this.prose(z) && z.cue === null && ((dated && !live) || this.leadDateline(z) !== null)) return k;
      break;
    }
    const y = this.at(anchor + 1);
    // A photo caption under the lead ("… (تصوير: …)", "… - أرشيفية") is no credit line.
    if (y === undefined || y.cue !== null || y.captionEnd) return anchor;
    const c = this.credit(y);
    // ("جزر القمر: الحكومة تعلن خطة …" under a one-paragraph story is the next headline: a
    // lead glued to its dateline ends a sentence.)
    return (c !== null && c.place !== null) || (this.leadDateline(y) !== null && (y.endsSentence || y.words > 20)) ? anchor + 1 : anchor;
  }

  // Walks back from the anchor over what a header holds.
  private headerStart(from: number, anchor: number): number {
    let k = anchor;
    let headingPassed = false;
    let dated = false;
    let standfirstSeen = false;
    while (k > from && anchor - k < MAX_HEADER) {
      const y = this.infos[k - 1] as Info;
      const meta =
        y.date ||
        y.captionEnd ||
        y.cue?.kind === "byline" ||
        y.cue?.kind === "source" ||
        y.cue?.kind === "caption" ||
        (y.cue?.kind === "boilerplate" && y.words <= y.cue.tokens + 1) ||
        this.isBoilerplateCue(y) || // "عدد القراءات: 2,341", "طباعة | تكبير الخط" between headline and lead
        y.words === 0 || // a separator left alone on its line ("|", "—")
        this.photoCredit(y) ||
        this.issueNumber(y) || // "العدد 13148" between the date and the byline
        this.teaserLine(y) || // "اقرأ أيضاً: عنوان" between the headline and the lead
        // ("حافلة من الجيل الجديد في محطة سيدي مومن" over "صورة: هسبريس": a photo's caption.)
        (k < anchor && this.creditLine(this.infos[k] as Info) && !y.endsSentence && y.words <= 25 && y.cue === null) ||
        // ("صحافي" under the author's name: a role without the article; "العالم" is a menu's.)
        (this.authorNote(y) && y.words <= 2 && !definite(y.head[0] ?? "")) ||
        this.credit(y) !== null;
      // (A sentence under the headline and over the date line is its standfirst: "title /
      // تراهن ألمانيا على … . / يوسف بن عمارة / 20.11.2026 / caption / lead".)
      const above = this.infos[k - 2];
      const standfirst = dated && !standfirstSeen && above !== undefined && k - 1 > from && this.headingLike(above) && y.words <= 60 && y.cue === null;
      const sentence = y.words >= 10 && lastVisible(this.unitText(y)) === 0x2e && !standfirst;
      if (y.date) dated = true;
      if (standfirst && y.words >= 10) standfirstSeen = true;
      // A short line under the headline ("سامي العلي") is read past when the headline stands
      // right above it (once, below any heading).
      const under =
        !headingPassed && y.words <= 3 && y.bars < 2 && !y.endsSentence && above !== undefined && k - 1 > from && this.headingLike(above) && above.words >= 3;
      if (sentence || (!meta && !(this.headingLike(y) && y.words >= 3) && !under)) break;
      if (!meta) headingPassed = true;
      k--;
    }
    // Boilerplate on top of the header belongs to the page, not the article.
    while (k < anchor && this.pageTop(this.infos[k] as Info)) k++;
    return k;
  }

  // --- the header -------------------------------------------------------------------

  /** Reads units [from, anchor) as the header; returns the anchor. */
  private header(from: number, anchor: number, d: Draft): number {
    const a = d.article;
    const headings: Info[] = [];
    for (let k = from; k < anchor; k++) {
      const x = this.infos[k] as Info;
      // A bare agency or outlet name above the headline is the page's masthead ("بترا",
      // "كونا"), not the article's source.
      if (headings.length === 0 && this.masthead(x)) {
        this.boiler(x);
        continue;
      }
      // "وزارة الصحة - المملكة الأردنية الهاشمية" opening the page above its headline: a
      // body's site names itself, it gives no credit. (A place stays a dateline's: "الرباط -
      // جميلة الأنصاري".)
      const body = headings.length === 0 && anchor - k >= 2 && !x.date && x.cue === null && lexicon().placeNouns.has(x.head[0] ?? "");
      if (body && this.credit(x) !== null) {
        this.boiler(x);
        continue;
      }
      // "(النهاية) م ع ج / ط م ا", "وام/عصم/دين" above the next story's headline: the end mark
      // of the story before, a signature of that story (never a credit line of this one).
      if (headings.length === 0 && this.endMark(x)) {
        const at = this.articles.indexOf(d.article);
        const before = at > 0 ? this.articles[at - 1] : undefined;
        if (before !== undefined) {
          this.push(before.signatures, this.unitBlock("signature", x));
          continue;
        }
      }
      // "منصة نفطية في بحر الشمال" over "© Sputnik . ألكسندر كوزلوف": the photo's caption
      // (a dated one too: "جمهور ينتظر … في 3 تشرين الثاني/نوفمبر 2026." over "© …، أ ف ب").
      const creditBelow = this.at(k + 1);
      // (Over a © or Latin credit, a caption may end a sentence and hold a date.)
      const dated = x.words >= 6 && x.words <= 30 && x.cue === null && creditBelow !== undefined && this.photoCredit(creditBelow);
      if (dated && headings.length > 0 && k + 1 < anchor) {
        this.push(a.captions, this.unitBlock("caption", x));
        continue;
      }
      if (this.metaUnit(x, d)) continue;
      if (headings.length > 0 && k + 1 < anchor && creditBelow !== undefined && this.creditLine(creditBelow) && !x.endsSentence && x.words <= 25 && !this.photoCredit(x) && x.cue === null) {
        this.push(a.captions, this.unitBlock("caption", x));
        continue;
      }
      if (this.dashedMenu(x) || this.gluedMenu(x) || this.bareLink(x) || this.photoCredit(x) || this.ticker(x)) {
        this.boiler(x);
        continue;
      }
      // Right above the lead, or above a date line over it: a wire's byline ("من نادين حلمي" /
      // "8 أكتوبر 2026 الساعة 15:12 GMT"), a place and a name ("دبي: نورة الشامسي" / "4 مايو 2026").
      const overLead = k === anchor - 1 || (k === anchor - 2 && (this.infos[k + 1] as Info).date);
      if (overLead && this.wireByline(x, this.infos[anchor] as Info, d)) continue;
      if (overLead && headings.length > 0 && this.placeAndName(x, d)) continue;
      const nameEnd = headings.length > 0 && d.article.byline === null ? this.bareNameEnd(x, this.infos[k + 1] as Info, k + 1 === anchor) : -1;
      if (nameEnd > 0) {
        const b = this.make("byline", x.unit.start, nameEnd);
        if (nameEnd < x.unit.end) this.make("boilerplate", nameEnd, x.unit.end);
        if (b !== null) d.article.byline = b;
        // "صحافية @nouf_harthi": the author's note under the name is the page's.
        const note = this.infos[k + 1] as Info;
        if (k + 1 < anchor && this.authorNote(note)) {
          this.boiler(note);
          k++;
        }
        continue;
      }
      if (this.headingLike(x) || x.words >= 1) headings.push(x);
      else this.boiler(x);
    }
    // "عنوان الخبر - اليوم السابع" over "عنوان الخبر": the page's title with the site's name
    // repeats the headline; it is boilerplate.
    const f = this.view.text;
    while (headings.length >= 2) {
      const [h1, h2] = headings as [Info, Info];
      const a1 = f.slice(h1.unit.fs, h1.unit.fe);
      const a2 = f.slice(h2.unit.fs, h2.unit.fe);
      if (a2.length < 10 || !a1.startsWith(a2) || a1 === a2) break;
      this.boiler(h1);
      headings.shift();
    }
    // A kicker over the headline: a short label ("بطولة آسيا للشباب"), or a summary of
    // reported speech ("أكد أن …") over a "speaker: “quote”" headline.
    let titleAt = 0;
    if (headings.length === 2) {
      const [h1, h2] = headings as [Info, Info];
      const dashed = this.text.charCodeAt(h2.unit.start) === 0x2d;
      // A label has no headline punctuation: "الصيام المتقطع.. ما له وما عليه" is a headline.
      const label = h1.words <= 6 && h1.words < h2.words && !/[.:؟?!،]/u.test(this.unitText(h1));
      // ("في قمة الجولة العاشرة لدوري النجوم" / "السد يتجاوز الريان …", "بعد فتح باب الحجز …" /
      // "«الإسكان الاجتماعي»: …": a kicker opens with a preposition, a headline never does.)
      const opener = lexicon().kickerOpeners.has(h1.head[0] ?? "") && !/[:؟?!]/u.test(this.unitText(h1));
      const kicker = label || opener || h1.head[1] === "ان" || /:\s?["“”«]/u.test(this.unitText(h2));
      if (kicker && !h2.endsSentence && !dashed && !this.isDeckFragment(h2)) titleAt = 1;
    } else if (headings.length === 3) {
      // Kicker, headline and deck: "دوري أدنوك للمحترفين" / "الوصل يقلب الطاولة …" / "ثلاثية …".
      const [h1, h2] = headings as [Info, Info, Info];
      const label = h1.words <= 6 && h1.words < h2.words && !/[.:؟?!،]/u.test(this.unitText(h1));
      if (label && !h2.endsSentence && this.text.charCodeAt(h2.unit.start) !== 0x2d && !this.isDeckFragment(h2)) titleAt = 1;
    }
    headings.forEach((h, idx) => {
      const b = this.unitBlock(idx === titleAt ? "title" : "subtitle", h);
      if (b === null) return;
      if (idx === titleAt) a.title = b;
      else a.subtitles.push(b);
      // "نور الدين بلقاسمي:”لا انقطاعات …”": a speaker's words in the headline are a quotation.
      if (/:\s?["“”«]/u.test(b.text)) d.folded.push({ fs: h.unit.fs, fe: h.unit.fe });
    });
    return anchor;
  }

  // A boilerplate cue or a menu above a header: the page's, not the article's.
  private pageTop(x: Info): boolean {
    return x.cue?.kind === "boilerplate" || this.isBoilerplateCue(x) || this.dashedMenu(x) || this.gluedMenu(x);
  }

  // "الرئيسية - الجزائر - المغرب - تونس - ليبيا", "الرئيسية   الإمارات   العالم   اقتصاد": a
  // menu, four items or more of one or two words between spaced dashes or wide gaps of white
  // space, as scrapers leave a navigation bar (a headline has one or two dashes, around
  // longer parts, and single spaces).
  private dashedMenu(x: Info): boolean {
    if (x.words < 4 || x.words > 24 || x.endsSentence) return false;
    const t = this.unitText(x);
    let parts = 1;
    for (let i = 1; i + 1 < t.length; i++) {
      const c = t.charCodeAt(i);
      if (isDash(c) && t.charCodeAt(i - 1) === 0x20 && t.charCodeAt(i + 1) === 0x20) parts++;
      else if (isFiller(c) && isFiller(t.charCodeAt(i + 1)) && !isFiller(t.charCodeAt(i - 1))) {
        // A gap of two white space characters or more between two items.
        let j = i + 1;
        while (j < t.length && isFiller(t.charCodeAt(j))) j++;
        if (j < t.length && isWordChar(t.charCodeAt(j)) && isWordChar(t.charCodeAt(i - 1))) parts++;
        i = j - 1;
      }
    }
    return parts >= 4 && x.words <= 2 * parts;
  }

  // "كووورةالرئيسيةالدوري المغربيالبطولة الاحترافيةنتائج مباشرة": menu items glued by a
  // scraper, where ة, which ends a word, stands inside one — twice or more.
  private gluedMenu(x: Info): boolean {
    if (x.words > 16 || x.endsSentence) return false;
    const t = this.text;
    let joints = 0;
    for (let i = x.unit.start; i + 1 < x.unit.end; i++) if (t.charCodeAt(i) === 0x0629 && isWordChar(t.charCodeAt(i + 1)) && ++joints >= 2) return true;
    return false;
  }

  // "من ليلى بو صعب" right above "بيروت (رويترز) - …": a wire agency's byline, two to four
  // words of a name after the cue, with no punctuation and no article on its first word.
  private wireByline(x: Info, lead: Info, d: Draft): boolean {
    if (x.words < 3 || x.words > 5 || !lexicon().wireBylines.has(x.head[0] ?? "")) return false;
    for (let k = 1; k < x.head.length; k++) if (!isWordChar((x.head[k] as string).charCodeAt(0))) return false;
    if (definite(x.head[1] ?? "") || this.leadDateline(lead) === null) return false;
    const parsed = parseByline(this.view.text, (x.headAt[0] as number) + (x.head[0] as string).length, x.unit.fe);
    if (parsed === null) return false;
    const nameStart = this.o(parsed.start);
    const nameEnd = this.authorEnd(nameStart, this.view.spanToOriginal({ start: parsed.start, end: parsed.end }).end);
    this.make("boilerplate", x.unit.start, nameStart);
    const b = this.make("byline", nameStart, nameEnd);
    if (b !== null && d.article.byline === null) d.article.byline = b;
    return true;
  }

  // "ود مدني: آمنة الفكي" between the headline and the lead: the place, a colon and the
  // author's name, on a short line of its own.
  private placeAndName(x: Info, d: Draft): boolean {
    if (x.words > 6 || !x.head.includes(":")) return false;
    const c = parseDateline(this.unitText(x), true, true);
    if (c === null || c.byline === null || c.dateline === null) return false;
    this.takeCredit(c, x.unit.start, d);
    return true;
  }

  // Where an author's name that runs to `end` ends: "نادين براك مع أ ف ب" leaves out the agency
  // the author wrote with (the page's).
  private authorEnd(start: number, end: number): number {
    const t = this.text;
    // (Only the name's own stretch is searched; words may be parted by no-break spaces.)
    const name = t.slice(start, end);
    let at = name.lastIndexOf("مع");
    while (at > 0 && !(isFiller(name.charCodeAt(at - 1)) && isFiller(name.charCodeAt(at + 2)))) at = name.lastIndexOf("مع", at - 1);
    at += start;
    if (at <= start || !agencyCredit(t.slice(at + 2, end))) return end;
    let nameEnd = at;
    while (nameEnd > start && isFiller(t.charCodeAt(nameEnd - 1))) nameEnd--;
    this.make("boilerplate", at, end);
    return nameEnd;
  }

  // "سامي العلي" on a line of its own under the headline, over the date line or the lead:
  // two or three words of a name, the first without the article, no figure, no punctuation.
  // Where the name ends in the original, or -1.
  private bareNameEnd(x: Info, next: Info, lead: boolean): number {
    if (x.words < 2 || x.words > 8 || x.cue !== null || x.firstIsDigit) return -1;
    const lex = lexicon();
    // "د. ليلى عبد الكريم الخطيب": an abbreviated honorific, and a joiner that makes one part
    // of two words.
    const h = x.head;
    const from = h.length >= 3 && h[1] === "." && (h[0] as string).length <= 2 ? 2 : 0;
    // ("نورة سالم المطيري |": a bar may close the name, as sites set it before the date;
    // "ريم فهد العتيبي - @reem": the author's handle after a dash or a bar names her too.)
    let n = h[h.length - 1] === "|" ? h.length - 1 : h.length;
    const at = h.indexOf("@");
    const handle = at > 1 && (h[at - 1] === "-" || h[at - 1] === "|" || h[at - 1] === "–");
    if (handle) n = at - 1;
    if (!handle && (x.words > 5 || (!lead && !next.date && !this.authorNote(next)))) return -1;
    // ("ح. رضوان": an initial that abbreviates no honorific is the given name's.)
    let parts = from > 0 && !lex.honorificInitials.has(h[0] as string) ? 1 : 0;
    for (let k = from; k < n; k++) if (!lex.joiners.has(h[k] as string)) parts++;
    if ((!handle && n - from !== x.words - (from > 0 ? 1 : 0)) || parts < 2 || parts > 3) return -1;
    for (let k = from; k < n; k++) {
      const w = h[k] as string;
      // "علي حسين الربيعي": the name علي, where the page writes no preposition على.
      const ali = w === "علي" && this.text.charCodeAt(this.o((x.headAt[k] as number) + 2)) === 0x064a;
      if (ali) continue;
      if (!isWordChar(w.charCodeAt(0)) || lex.speakerStops.has(w) || lex.continuation.has(w) || lex.genres.has(w)) return -1;
      if (k === from && (definite(w) || lex.roles.has(w))) return -1;
    }
    let end = n < h.length ? this.o(x.headAt[n] as number) : x.unit.end;
    while (end > x.unit.start && (this.text.charCodeAt(end - 1) === 0x7c || isFiller(this.text.charCodeAt(end - 1)))) end--;
    return end;
  }

  // "صحافية @nouf_harthi", "كاتب صحفي": a short line under an author's name with a handle or
  // a role.
  private authorNote(x: Info | undefined): boolean {
    if (x === undefined || x.words > 4 || x.cue !== null || x.endsSentence) return false;
    return this.unitText(x).includes("@") || lexicon().roles.has(x.head[0] ?? "");
  }

  // "في مواجهة صعوباتها الاقتصادية -": a deck that goes on from the headline.
  private isDeckFragment(x: Info): boolean {
    const last = this.text.charCodeAt(x.unit.end - 1);
    const first = x.head[0] ?? "";
    return last === 0x2d || last === 0x3a || x.words <= 4 || lexicon().continuation.has(first);
  }

  /** Takes a metadata unit of a header; false when the unit is not one. */
  // A line that is only an agency's or an outlet's name, with nothing dated or placed
  // ("كونا", "وكالة الأنباء والمعلومات الفلسطينية - وفا").
  private masthead(x: Info): boolean {
    // ("المصدر أونلاين" on the page's first line, with no colon: an outlet named so.)
    if (x.cue?.kind === "source") return x.words <= x.cue.tokens || (x.unit.start === this.infos[0]?.unit.start && x.head[x.cue.tokens] !== ":" && x.words <= 3);
    if (x.cue !== null || x.words > 6 || x.date) return false;
    // "بي بي سي نيوز عربي": an outlet's name alone (no dateline of its own); on the page's
    // first line, with its section after a dash ("الشرق الأوسط - ثقافة وعلوم").
    const t = this.unitText(x);
    if (lexicon().outlets.map.has(phraseKey(t))) return true;
    const dash = t.indexOf(" - ");
    if (x.unit.start === this.infos[0]?.unit.start && dash > 0 && lexicon().outlets.map.has(phraseKey(t.slice(0, dash)))) return true;
    const c = this.credit(x);
    return c !== null && c.place === null && c.byline === null;
  }

  private metaUnit(x: Info, d: Draft): boolean {
    const a = d.article;
    const split = this.dateThenCredit(x);
    if (x.date && split === null) {
      // "الرياض 25 جمادى الأولى 1448 هـ الموافق 16 نوفمبر 2026 م واس": a wire's dated
      // dateline on a line of its own, the agency last.
      const wire = lexicon().agencies.map.has(x.lastWord) ? wireLine(this.unitText(x)) : null;
      if (wire !== null) {
        this.takeCredit(wire, x.unit.start, d);
        return true;
      }
      this.push(a.dates, this.unitBlock("date", x));
      return true;
    }
    if (split !== null) {
      this.push(a.dates, this.make("date", x.unit.start, split));
      const rest = this.text.slice(split, x.unit.end);
      const c = parseDateline(rest.replace(/^[\s/|]+/u, (m) => " ".repeat(m.length)), true);
      if (c !== null) this.takeCredit(c, split, d);
      else this.make("boilerplate", split, x.unit.end);
      return true;
    }
    if (x.cue !== null) {
      switch (x.cue.kind) {
        case "readAlso": {
          // A teaser's title on the cue's line in the header: a read-also without a body.
          const at = this.teaserLine(x) ? this.titleOnLine(x) : -1;
          if (at >= 0) this.lineTeaser(x, at);
          else this.boiler(x);
          return true;
        }
        case "source":
          this.sourceLine(x, d);
          return true;
        case "byline":
          this.bylineLine(x, d);
          return true;
        case "caption":
          this.push(a.captions, this.unitBlock("caption", x));
          return true;
        case "signature":
          this.push(a.signatures, this.unitBlock("signature", x));
          return true;
        default:
          this.boiler(x);
          return true;
      }
    }
    if (this.isBoilerplateCue(x)) {
      this.boiler(x);
      return true;
    }
    if (x.captionEnd) {
      this.push(a.captions, this.unitBlock("caption", x));
      return true;
    }
    const c = this.credit(x);
    if (c !== null) {
      this.takeCredit(c, x.unit.start, d);
      return true;
    }
    return false;
  }

  // "الإثنين 06 أغسطس-آب 2012 الساعة 01 صباحاً / تعز - احمد النويهي"
  private dateThenCredit(x: Info): number | null {
    if (x.words > 16) return null;
    const line = this.text.slice(x.unit.start, x.unit.end);
    for (let k = line.indexOf("/"); k > 0; k = line.indexOf("/", k + 1)) {
      if (line.charCodeAt(k - 1) !== 0x20 && line.charCodeAt(k + 1) !== 0x20) continue;
      if (isDateLine(line.slice(0, k)) && !isDateLine(line.slice(k + 1))) return x.unit.start + k;
    }
    return null;
  }

  private push(list: Block[], b: Block | null): void {
    if (b !== null) list.push(b);
  }

  private takeCredit(c: ParsedDateline, base: number, d: Draft): void {
    const a = d.article;
    const r = (range: Range): [number, number] => [base + range[0], base + range[1]];
    const pieces: { kind: BlockKind; range: [number, number] }[] = [];
    if (c.byline !== null) pieces.push({ kind: "byline", range: r(c.byline) });
    if (c.dateline !== null) pieces.push({ kind: "dateline", range: r(c.dateline) });
    if (c.source !== null) pieces.push({ kind: "source", range: r(c.source) });
    for (const p of pieces) {
      const b = this.make(p.kind, p.range[0], p.range[1]);
      if (b === null) continue;
      if (p.kind === "byline" && a.byline === null) a.byline = b;
      else if (p.kind === "source" && a.source === null) a.source = b;
      else if (p.kind === "dateline") {
        // A second dateline on a page (a boxed item's) is a dateline block too, with its parts.
        const dateline = this.dateline(b, c, base);
        if (a.dateline === null) a.dateline = dateline;
      }
    }
  }

  private dateline(b: Block, c: ParsedDateline, base: number): Dateline {
    const piece = (range: Range | null): string | null => {
      if (range === null) return null;
      const [s, e] = trimFiller(this.text, base + range[0], base + range[1]);
      return e > s ? this.text.slice(s, e) : null;
    };
    const dl = b as Dateline;
    dl.place = piece(c.place);
    dl.agency = piece(c.agency);
    return dl;
  }

  private sourceLine(x: Info, d: Draft): void {
    const cueTok = x.cue?.tokens ?? 0;
    const after = x.headAt[cueTok];
    const sep = x.head[cueTok];
    if (after === undefined || x.words > cueTok + 10) {
      this.boiler(x);
      return;
    }
    let valueAt = after;
    if (sep === ":" || sep === "-" || sep === "–") valueAt = x.headAt[cueTok + 1] ?? x.unit.fe;
    const valueStart = this.o(valueAt);
    this.make("boilerplate", x.unit.start, valueStart);
    // "(المصدر: رويترز)": the closing parenthesis is not part of the value.
    const end = this.parenthesized(x) ? x.unit.end - 1 : x.unit.end;
    const b = this.make("source", valueStart, end);
    if (b !== null && d.article.source === null) d.article.source = b;
  }

  private bylineLine(x: Info, d: Draft): number {
    const cueEnd = this.cueEnd(x);
    const parsed = parseByline(this.view.text, cueEnd, x.unit.fe);
    // "تحقيق خاص": a genre label that opens like a byline cue names nobody.
    if (parsed === null || (parsed.rest >= x.unit.fe && lexicon().genres.has(this.view.text.slice(parsed.start, parsed.end)))) {
      this.boiler(x);
      return x.unit.end;
    }
    const nameStart = this.o(parsed.start);
    const nameEnd = this.authorEnd(nameStart, this.view.spanToOriginal({ start: parsed.start, end: parsed.end }).end);
    this.make("boilerplate", x.unit.start, nameStart);
    const b = this.make("byline", nameStart, nameEnd);
    if (b !== null) {
      if (d.article.byline === null) d.article.byline = b;
      else d.article.signatures.push(b);
    }
    if (parsed.rest >= x.unit.fe) return x.unit.end;
    // "كتب: عمر حسن - الخرطوم": the place after the name is the dateline.
    let at = this.o(parsed.rest);
    while (at < x.unit.end && (isDash(this.text.charCodeAt(at)) || isFiller(this.text.charCodeAt(at)))) at++;
    const place = this.text.slice(at, x.unit.end).trim();
    const words = place.split(" ");
    const header = d.article.paragraphs.length === 0 && d.article.byline === b;
    if (header && d.article.dateline === null && at > nameEnd && words.length <= 2 && words.every((w) => w.length > 1 && [...w].every((c) => isWordChar(c.charCodeAt(0))))) {
      const block = this.make("dateline", at, x.unit.end);
      if (block !== null) d.article.dateline = Object.assign(block, { place: block.text, agency: null });
      return x.unit.end;
    }
    return this.o(parsed.rest);
  }

  private cueEnd(x: Info): number {
    const tokens = x.cue?.tokens ?? 0;
    const lastAt = x.headAt[tokens - 1] ?? x.unit.fs;
    return lastAt + (x.head[tokens - 1]?.length ?? 0);
  }

  // --- the body -------------------------------------------------------------------

  /**
   * Reads the body from the anchor; returns the index where the next article's header
   * starts, or the end of the page.
   */
  private body(anchor: number, d: Draft, teaser: boolean): number {
    const a = d.article;
    const n = this.infos.length;
    if (anchor >= n) return n; // a teaser title on the page's last line has no body
    let ended = false;
    const loose: Info[] = [];
    const addParagraph = (x: Info, start: number, fs: number): void => {
      const end = this.beforeEndMark(x);
      const b = this.make("paragraph", start === x.unit.start ? this.afterMarker(x) : start, end);
      if (end < x.unit.end) this.make("boilerplate", end, x.unit.end);
      if (b !== null) {
        a.paragraphs.push(b);
        d.folded.push({ fs, fe: x.unit.fe });
      }
    };
    // Short units held back: body when more body follows, else what trails an article.
    const settleLoose = (asBody: boolean): void => {
      if (asBody) for (const y of loose) addParagraph(y, y.unit.start, y.unit.fs);
      else {
        this.tailLoose(loose, d);
      }
      loose.length = 0;
    };
    // The lead: a byline cue, a dateline or credit may open it.
    let j = anchor;
    const first = this.infos[j] as Info;
    if (first.cue?.kind === "byline") {
      const rest = this.bylineLine(first, d);
      if (rest < first.unit.end) this.lead(first, rest, d, addParagraph);
      j++;
    } else if (!first.endsSentence && this.credit(first)?.place) {
      this.takeCredit(this.credit(first) as ParsedDateline, first.unit.start, d);
      j++;
    } else {
      this.lead(first, first.unit.start, d, addParagraph);
      j++;
    }
    for (; j < n; j++) {
      const x = this.infos[j] as Info;
      if (x.cue !== null && !(x.cue.kind === "byline" && a.paragraphs.length > 0 && x.words > x.cue.tokens + 8)) {
        const kind = x.cue.kind;
        if (kind === "readAlso") {
          settleLoose(true);
          if (teaser) return j;
          j = this.readAlsoBlock(j, ended) - 1;
          continue;
        }
        if (kind === "related" || kind === "tags") {
          settleLoose(false);
          j = (kind === "related" ? this.relatedList(j) : this.tagList(j)) - 1;
          ended = true;
          continue;
        }
        if (kind === "source" && x.words <= x.cue.tokens + 10) {
          settleLoose(false);
          this.sourceLine(x, d);
          ended = true;
          continue;
        }
        // "© نادر السويسي، أ ف ب" under a photo's caption, prose after it: a photo credit, no
        // copyright line ending the page.
        const next = this.at(j + 1);
        if (kind === "footer" && this.photoCredit(x) && next !== undefined && next.cue === null && this.prose(next)) {
          this.boiler(x);
          continue;
        }
        if (kind === "footer") {
          settleLoose(false);
          this.boiler(x);
          ended = true;
          // Readers' comments follow: a name, a time and a text start no new article.
          if (x.head.slice(0, 3).some((w) => w.includes("تعليق"))) this.comments = true;
          continue;
        }
        if (kind === "boilerplate" && !this.isBoilerplateCue(x) && !ended) {
          // a sentence that merely opens with a cue word ("شارك الرئيس في …")
        } else if (kind === "caption" && x.words <= 25) {
          this.push(a.captions, this.unitBlock("caption", x));
          continue;
        } else if (kind === "signature" && x.words <= 15) {
          settleLoose(true);
          // "صادر عن أحزاب …" with its place and date on the next line.
          const more = this.at(j + 1);
          const joined =
            more !== undefined && more.unit.gap === 0 && more.words <= 15 && more.cue === null && more.endsSentence;
          this.push(a.signatures, this.make("signature", x.unit.start, joined ? more.unit.end : x.unit.end));
          if (joined) j++;
          continue;
        } else if (kind === "byline" && a.paragraphs.length > 0 && this.parenthesized(x)) {
          // "(إعداد … للنشرة العربية - تحرير …)": a wire desk's credit under the text.
          settleLoose(true);
          this.push(a.signatures, this.unitBlock("signature", x));
          continue;
        } else if (kind === "byline" && x.words <= x.cue.tokens + 8) {
          settleLoose(true);
          this.bylineLine(x, d);
          continue;
        } else if (kind !== "boilerplate" || this.isBoilerplateCue(x) || ended) {
          settleLoose(false);
          this.boiler(x);
          // A widget between its skip link and its end marker.
          const end = this.widgetEnd(j);
          for (let k = j + 1; k <= end; k++) this.boiler(this.infos[k] as Info);
          j = end;
          continue;
        }
      }
      if (this.adSlot(x)) {
        this.boiler(x);
        continue;
      }
      if (this.mediaWidget(x)) {
        // "0:58" and "فيديو: …": an embedded video's duration and caption.
        settleLoose(true);
        this.boiler(x);
        continue;
      }
      // ("… بجيبوتي. (رويترز)": the description's full stop before the credit ends no sentence.)
      if (x.captionEnd && x.words <= 25 && (!x.endsSentence || lastVisible(this.unitText(x)) === 0x29) && a.paragraphs.length > 0) {
        // "الوزير يتفقد إحدى الورش (تصوير: …)" between two paragraphs.
        this.push(a.captions, this.unitBlock("caption", x));
        continue;
      }
      if (x.phrases >= 2 || x.unit.glued || x.bars >= 2 || (x.phrases >= 1 && !this.moreProse(j + 1))) {
        settleLoose(false);
        this.boiler(x);
        if (x.phrases > 0) ended = true;
        continue;
      }
      // "جانب من أعمال تنفيذ الشبكة" over "تصوير: …": the line a photographer's credit
      // follows describes the photo; it is no headline of a new article.
      const below = this.at(j + 1);
      if (a.paragraphs.length > 0 && !x.endsSentence && x.words <= 25 && below !== undefined && below.cue?.kind === "caption" && below.words <= 8) {
        settleLoose(true);
        this.push(a.captions, this.unitBlock("caption", x));
        continue;
      }
      if (this.startsArticle(j, a)) {
        settleLoose(!teaser && this.isBodyLoose(loose));
        this.trailing(d);
        return j;
      }
      if (ended) {
        this.boiler(x);
        continue;
      }
      // "• البرلمان الصومالي يقر موازنة 2026 …": a list item without a full stop waits, as a
      // headline of another article would, until more body follows it.
      if (x.bullet && !x.endsSentence && x.words <= 20) {
        loose.push(x);
        continue;
      }
      // "منذ 25 دقيقة", "الأحد 9 نوفمبر 2026" between the posts of a live page: a date line.
      // (What waits before it is settled by what follows: a date under a wire's end mark
      // makes no body of the mark.)
      if (!x.endsSentence && x.words <= 8 && a.paragraphs.length > 0 && x.date) {
        this.push(a.dates, this.unitBlock("date", x));
        continue;
      }
      if (this.prose(x) || x.words >= 12) {
        settleLoose(true);
        addParagraph(x, x.unit.start, x.unit.fs);
        continue;
      }
      loose.push(x);
      const next = this.at(j + 1);
      if (next !== undefined && this.prose(next) && next.cue === null && this.headingLike(x) && !x.endsSentence) {
        // A crosshead: in the body and among the subheadings.
        loose.pop();
        settleLoose(true);
        const b = this.make("subheading", this.afterMarker(x), x.unit.end);
        if (b !== null) {
          a.paragraphs.push(b);
          a.subheadings.push(b);
          d.folded.push({ fs: x.unit.fs, fe: x.unit.fe });
        }
      }
    }
    this.tailLoose(loose, d);
    this.trailing(d);
    return n;
  }

  // "إعلان", "- إعلان -", "مساحة إعلانية": an advertising slot, the whole line.
  private adSlot(x: Info): boolean {
    if (x.words > 2) return false;
    const words = x.head.filter((t) => isWordChar(t.charCodeAt(0)));
    return words.length === x.words && lexicon().adLabels.has(words.join(" "));
  }

  // A media widget's line: a duration without letters ("0:58", "12:04"), or a short caption
  // under a media label and its colon ("فيديو: لحظة غمر السيول …").
  private mediaWidget(x: Info): boolean {
    if (x.words > 20 || x.endsSentence) return false;
    const h = x.head;
    if (x.words <= 3 && x.firstIsDigit && h.length <= 5 && h.every((t) => t === ":" || (t.charCodeAt(0) >= 0x30 && t.charCodeAt(0) <= 0x39))) {
      return h.includes(":");
    }
    return h[1] === ":" && lexicon().mediaLabels.has(h[0] ?? "");
  }

  // The unit that ends a widget opened by a skip link at unit j ("تخطى البودكاست وواصل
  // القراءة" … "البودكاست نهاية"), or j.
  private widgetEnd(j: number): number {
    const lex = lexicon();
    const x = this.infos[j] as Info;
    if (!lex.widgetSkips.has(x.head[0] ?? "")) return j;
    for (let k = j + 1; k < this.infos.length && k <= j + 8; k++) {
      const y = this.infos[k] as Info;
      if (y.words <= 5 && (lex.widgetEnds.has(y.head[0] ?? "") || lex.widgetEnds.has(y.lastWord))) return k;
    }
    return j;
  }

  private isBodyLoose(loose: Info[]): boolean {
    return loose.length > 0 && loose.every((y) => y.words >= 4);
  }

  private moreProse(from: number): boolean {
    for (let k = from; k < this.infos.length && k < from + 3; k++) if (this.prose(this.infos[k] as Info)) return true;
    return false;
  }

  /** The lead paragraph of unit x from original offset `start`, its dateline cut off. */
  private lead(x: Info, start: number, d: Draft, add: (x: Info, start: number, fs: number) => void): void {
    let s = start;
    if (d.article.dateline === null) {
      const parsed = parseDateline(this.text.slice(s, Math.min(x.unit.end, s + 160)), false);
      if (parsed !== null && (parsed.place !== null || parsed.agency !== null)) {
        this.takeCredit(parsed, s, d);
        s += parsed.end;
      }
    }
    add(x, s, s === x.unit.start ? x.unit.fs : this.folded(s, x.unit.fs, x.unit.fe));
  }

  // Loose units left at the end of an article: from the end, a stray headline of another
  // article, then a signature; what stays is body when it is long enough, else boilerplate.
  private tailLoose(loose: Info[], d: Draft): void {
    const a = d.article;
    let last = loose.length - 1;
    let stray: Info | null = null;
    let signature: Info | null = null;
    // "fatima@example.ae", "جميع المقالات المنشورة تعبر عن رأي كتابها": a contact line and the
    // page's notices under a column come after its signature, and are the page's.
    while (last >= 0 && (this.contactLine(loose[last] as Info) || this.isBoilerplateCue(loose[last] as Info))) {
      this.boiler(loose[last] as Info);
      last--;
    }
    // "• البرلمان الصومالي يقر موازنة 2026 …" and more such lines under the text, with no
    // heading: a list of other articles.
    let listFrom = last + 1;
    while (listFrom > 0) {
      const y = loose[listFrom - 1] as Info;
      if (!y.bullet || y.endsSentence || y.words < 3 || y.words > 20) break;
      listFrom--;
    }
    if (last + 1 - listFrom >= 2 && (loose[listFrom] as Info).unit.gap > 0) {
      for (let k = listFrom; k <= last; k++) this.push(this.related, this.listItem("related", loose[k] as Info));
      last = listFrom - 1;
    }
    const candidate = loose[last];
    if (candidate !== undefined && this.endMark(candidate)) {
      signature = candidate;
      last--;
    } else if (candidate !== undefined && this.authorBio(candidate)) {
      // "* أستاذة الاقتصاد السياسي في الجامعة الأردنية": the columnist's note, its star left out.
      this.push(a.signatures, this.listItem("signature", candidate));
      last--;
    } else if (candidate !== undefined && this.strayHeadline(candidate, a)) {
      stray = candidate;
      last--;
    }
    const sig = loose[last];
    if (signature === null && sig !== undefined && this.signatureLike(sig)) {
      signature = sig;
      last--;
    }
    for (let idx = 0; idx <= last; idx++) {
      const y = loose[idx] as Info;
      if (this.endMark(y)) {
        this.push(a.signatures, this.unitBlock("signature", y));
        continue;
      }
      if (y.closing || (y.words >= 4 && !this.isBoilerplateCue(y) && !this.dataRow(y) && !this.linkLine(y) && !this.copyright(y))) {
        const b = this.make("paragraph", this.afterMarker(y), y.unit.end);
        if (b !== null) {
          a.paragraphs.push(b);
          d.folded.push({ fs: y.unit.fs, fe: y.unit.fe });
        }
      } else this.boiler(y);
    }
    if (signature !== null) this.push(a.signatures, this.unitBlock("signature", signature));
    if (stray !== null) this.push(this.related, this.unitBlock("related", stray));
  }

  // "(النهاية) ب ع م / ف ن س": a wire agency's end mark and its desk's initials.
  // "… في القطاع. (النهاية)": a wire's end mark after the last sentence of a paragraph; where
  // it starts, or the unit's end.
  private beforeEndMark(x: Info): number {
    const t = this.text;
    const e = x.unit.end;
    if (t.charCodeAt(e - 1) !== 0x29) return e;
    const open = t.lastIndexOf("(", e - 1);
    if (open <= x.unit.start || e - open > 12 || !lexicon().endMarks.has(phraseKey(t.slice(open + 1, e - 1)))) return e;
    let k = open;
    while (k > x.unit.start && t.charCodeAt(k - 1) === 0x20) k--;
    return isSentenceEnd(t.charCodeAt(k - 1)) ? open : e;
  }

  // "* كاتب وصحفي أردني": a starred line under an opinion piece that opens with a role.
  private authorBio(y: Info): boolean {
    return this.text.charCodeAt(y.unit.start) === 0x2a && y.words <= 15 && !y.endsSentence && lexicon().roles.has(y.head[0] ?? "");
  }

  // A list item as a block of `kind`, its bullet or number left to the page.
  private listItem(kind: BlockKind, y: Info): Block | null {
    const start = this.itemStart(y);
    if (start > y.unit.start) this.make("boilerplate", y.unit.start, start);
    return this.make(kind, start, y.unit.end);
  }

  // Where a list item's text starts, after its bullet or its number ("• …", "1. …", "2) …").
  private itemStart(y: Info): number {
    if (y.bullet) return this.o(y.afterBullet);
    const t = this.text;
    let k = y.unit.start;
    while (k < y.unit.end && k - y.unit.start < 3 && isDigit(t.charCodeAt(k))) k++;
    // ("1 - …": a dash may stand a space away from its number.)
    if (k > y.unit.start && t.charCodeAt(k) === 0x20 && isDash(t.charCodeAt(k + 1))) k++;
    const c = t.charCodeAt(k);
    if (k === y.unit.start || !(c === 0x2e || c === 0x29 || isDash(c)) || t.charCodeAt(k + 1) !== 0x20) return y.unit.start;
    k += 2;
    while (k < y.unit.end && t.charCodeAt(k) === 0x20) k++;
    return k;
  }

  // "وكالة السودان للأنباء © 2025": a copyright line, wherever its sign stands.
  private copyright(y: Info): boolean {
    return !y.endsSentence && y.words <= 15 && this.unitText(y).includes("©");
  }

  // "تابعوا أخبار سانا على تلغرام https://…": a short line with a link, no sentence.
  private linkLine(y: Info): boolean {
    return !y.endsSentence && y.words <= 15 && this.unitText(y).includes("://");
  }

  // A photo's credit under its caption: "© Sputnik . ألكسندر كوزلوف", "صورة: هسبريس".
  private creditLine(y: Info): boolean {
    return this.photoCredit(y) || (y.cue?.kind === "caption" && y.words <= 6);
  }

  // "Gettyimages.ru", "AFP", "Getty Images": a photo's credit alone on its line, in Latin
  // letters, under its caption.
  private photoCredit(y: Info): boolean {
    const t = this.unitText(y);
    // "© Sputnik . ألكسندر كوزلوف": the photo's rights and its photographer.
    if (t.startsWith("©") && y.words <= 6) return true;
    if (y.words > 3 || y.endsSentence) return false;
    let letters = 0;
    for (let k = 0; k < t.length; k++) {
      const c = t.charCodeAt(k);
      if (isAsciiLetter(c)) letters++;
      else if (c !== 0x20 && c !== 0x2e && c !== 0x2f && c !== 0x2d && c !== 0x40 && !isFiller(c)) return false;
    }
    return letters >= 2;
  }

  // "برنت 86.42$ ▲ 1.8%   غرب تكساس 82.07$ ▲ 1.6%": a market ticker, figures with arrows.
  private ticker(y: Info): boolean {
    if (y.endsSentence || !y.digits) return false;
    const t = this.unitText(y);
    for (let k = 0; k < t.length; k++) if (isTickerArrow(t.charCodeAt(k))) return true;
    return false;
  }

  // "https://www.skynewsarabia.com/sport/1821433": a link alone on its line, as feeds give
  // each item's address under its headline.
  private bareLink(y: Info): boolean {
    const t = this.unitText(y).trim();
    return !t.includes(" ") && (t.startsWith("http://") || t.startsWith("https://") || t.startsWith("www."));
  }

  // "fatima.zaabi@example.ae", "@nouf_harthi": an address or a handle alone, no sentence.
  private contactLine(y: Info): boolean {
    if (y.endsSentence || y.words > 6) return false;
    const t = this.unitText(y).trim();
    const space = t.indexOf(" ");
    // (Two words at most: a label and the address, "البريد: fatima@…".)
    return t.includes("@") && (space < 0 || t.indexOf(" ", space + 1) < 0);
  }

  // "بنزين 95 أوكتان: 1,521,000 ليرة": a row of a price or score widget, a label and a figure.
  private dataRow(y: Info): boolean {
    if (y.endsSentence || y.words > 8 || !y.digits) return false;
    const t = this.unitText(y);
    const colon = t.indexOf(":");
    let k = colon + 1;
    while (k < t.length && t.charCodeAt(k) === 0x20) k++;
    return colon > 0 && isDigit(t.charCodeAt(k));
  }

  // "(سونا) م ع / ح ب": the agency's name in their place; "كونا161542 جمت نوف 26": the
  // agency's name glued to the time of filing, then the desk's initials and the date.
  private endMark(y: Info): boolean {
    const lex = lexicon();
    const first = y.head[0] ?? "";
    // What stands right after an agency's name that opens the line.
    const glued = lex.agencies.map.has(first) ? this.view.text.charCodeAt((y.headAt[0] as number) + first.length) : -1;
    if (y.words <= 6 && isDigit(glued)) return true;
    // "ع.ح.ع/ص.ش (د ب أ، أ ف ب)": desks' initials and the agencies', every word a letter or two.
    if (y.words >= 2 && y.words <= 16 && this.unitText(y).includes("/") && initialsOnly(this.unitText(y))) return true;
    if (y.words > 10) return false;
    // "وام/عاصم/ريم": the agency, then its editors, between slashes.
    if (y.words <= 4 && glued === 0x2f) return true;
    // "ف ع ر / م ع ش": the desks' initials alone.
    if (y.words >= 2 && this.unitText(y).includes("/") && y.head.every((w) => !isWordChar(w.charCodeAt(0)) || w.length <= 2)) return true;
    // "-(بترا) س ع/ م ح": a dash may stand before the parenthesis.
    let at = y.unit.start;
    while (at < y.unit.end && (isDash(this.text.charCodeAt(at)) || this.text.charCodeAt(at) === 0x20)) at++;
    if (this.text.charCodeAt(at) !== 0x28) return false;
    if (lex.endMarks.has(first)) return true;
    if (y.words < 2 || !lex.agencies.map.has(first)) return false;
    for (let k = 1; k < y.head.length; k++) {
      const w = y.head[k] as string;
      if (isWordChar(w.charCodeAt(0)) && w.length > 2) return false;
    }
    return true;
  }

  // "نبيل بهجت", "نقابة المعلمين اليمنيين - فرع تعز": a short name line under the text.
  private signatureLike(y: Info): boolean {
    if (y.closing || y.date || y.cue !== null || y.endsSentence || y.endsColon || y.words < 2 || this.copyright(y)) return false;
    return y.words <= 4 || (y.words <= 7 && / [-–] /u.test(this.unitText(y)));
  }

  private strayHeadline(y: Info, a: Article): boolean {
    if (y.closing || y.words < 4 || y.words > 20 || y.endsSentence || y.endsColon || !this.headingLike(y)) return false;
    // "تابعوا أخبار سانا على تلغرام https://…": a link is no headline.
    if (a.paragraphs.length < 2 || this.linkLine(y) || this.dataRow(y) || this.copyright(y)) return false;
    let ended = 0;
    let counted = 0;
    for (const p of a.paragraphs) {
      const c = lastVisible(p.text);
      if (p.kind === "subheading" || c === 0x3a) continue;
      counted++;
      if (c === 0x2e || c === 0x21 || c === 0x061f || c === 0x3f || c === 0x22 || c === 0xbb || c === 0x201d) ended++;
    }
    return counted >= 2 && ended >= 0.6 * counted;
  }

  // After an article: its quotes are found later; nothing else to settle yet.
  private trailing(d: Draft): void {
    const a = d.article;
    a.lead = a.paragraphs[0] ?? null;
  }

  /** True when unit j is the headline of a new article. */
  private startsArticle(j: number, current: Article): boolean {
    const x = this.infos[j] as Info;
    if (current.paragraphs.length === 0 || x.endsColon || x.words > 30) return false;
    if (x.endsSentence && x.words > 0 && this.prose(x)) return false;
    if (!this.headingLike(x)) return false;
    if (this.text.charCodeAt(x.unit.start) === 0x2d || this.text.charCodeAt(x.unit.start) === 0x2a) return false;
    let meta = false;
    let headings = 0;
    for (let k = j + 1; k < this.infos.length && k <= j + 6; k++) {
      const y = this.infos[k] as Info;
      // "أم يوسف / منذ ساعتين / …": a reader's name and the age of the comment are no
      // headline and its date; a headline has three words or more.
      if (y.date && y.ago && x.words < 3) return false;
      if (y.date || y.captionEnd || y.cue?.kind === "caption" || y.cue?.kind === "byline" || y.cue?.kind === "source") {
        meta = true;
        continue;
      }
      if ((y.cue?.kind === "boilerplate" && y.words <= y.cue.tokens + 1) || this.bareLink(y) || this.photoCredit(y)) continue;
      const c = y.words <= 10 && !y.endsSentence ? this.credit(y) : null;
      if (c !== null) {
        meta = true;
        continue;
      }
      if (this.prose(y) && y.cue === null) {
        if (meta) return true;
        if (this.leadDateline(y) !== null) return true;
        if (x.unit.gap >= Math.max(2, this.bigGap) && current.paragraphs.length >= 2 && x.words >= 3) return true;
        // Without gaps: a headline-long line (a crosshead has two to five words) over a lead
        // that opens with a bare verb ("أعلن باحثون …"), where a section goes on with "و…",
        // "من جهته، …" or a figure.
        const headline = x.words >= 6 && x.words <= 20 && !x.endsSentence;
        const before = this.infos[j - 1];
        const ended = before !== undefined && before.endsSentence && before.words >= 8;
        return k === j + 1 && headline && ended && current.paragraphs.length >= 2 && this.bareVerbOpening(y);
      }
      if (this.headingLike(y) && headings++ < 1) continue;
      return false;
    }
    return false;
  }

  // The unit opens with a word that can be a verb without a conjunction: no و/ف, no
  // article, no particle or preposition, no figure.
  private bareVerbOpening(y: Info): boolean {
    const w = y.head[0];
    if (w === undefined || w.length < 3) return false;
    const c = w.charCodeAt(0);
    if (c === 0x0648 || c === 0x0641 || c < 0x0621 || c > 0x064a) return false;
    const lex = lexicon();
    return !definite(w) && !lex.speakerStops.has(w) && !lex.continuation.has(w);
  }

  // --- read-also, related, tags, tail ---------------------------------------------

  // A short line of a number and a word or two, no sentence: a print edition's issue.
  private issueNumber(y: Info): boolean {
    return y.digits && y.words > 0 && y.words <= 2 && !y.endsSentence && y.cue === null;
  }

  // A read-also cue with the teaser's title after it on the same line.
  private teaserLine(y: Info): boolean {
    return y.cue?.kind === "readAlso" && y.words > y.cue.tokens + 2;
  }

  // Where the teaser's title starts on the line of a read-also cue, in the view, or -1.
  private titleOnLine(x: Info): number {
    let at = this.cueEnd(x);
    const f = this.view.text;
    while (at < x.unit.fe && (isFiller(f.charCodeAt(at)) || ":-–—|.…".includes(f[at] as string))) at++;
    return at < x.unit.fe ? at : -1;
  }

  /**
   * "اقرأ أيضاً: عنوان" on one line, the title starting at `at` of the view: a read-also of
   * its own, returned; a link to the page itself is boilerplate (null).
   */
  private lineTeaser(x: Info, at: number): Draft | null {
    const f = this.view.text;
    const rest = x.head.slice((x.cue?.tokens ?? 0) + (x.head[x.cue?.tokens ?? 0] === ":" ? 1 : 0));
    if (longestPrefix(lexicon().selfLinks, rest) !== null || f.slice(at, x.unit.fe).includes("http")) {
      this.boiler(x);
      return null;
    }
    const start = this.o(at);
    this.make("boilerplate", x.unit.start, start);
    const d = this.newDraft(this.readAlso);
    d.article.title = this.make("title", start, x.unit.end);
    return d;
  }

  /** A read-also block at unit j; returns the index after it. */
  private readAlsoBlock(j: number, ended: boolean): number {
    const x = this.infos[j] as Info;
    const at = this.titleOnLine(x);
    if (at >= 0) {
      const d = this.lineTeaser(x, at);
      return d !== null && (ended || this.leadAfter(j + 1)) ? this.body(j + 1, d, true) : j + 1;
    }
    this.boiler(x);
    let k = j + 1;
    // A bulleted list of teasers.
    if ((this.at(k)?.bullet ?? false) && this.at(k + 1)?.bullet) {
      while (k < this.infos.length && (this.infos[k] as Info).bullet && (this.infos[k] as Info).words <= 30) {
        const y = this.infos[k] as Info;
        const d = this.newDraft(this.readAlso);
        d.article.title = this.make("title", this.teaserStart(y), y.unit.end);
        k++;
      }
      return k;
    }
    // "list 1 of 2 / teaser / list 2 of 2 / teaser / end of list": a carousel of teasers,
    // each after a counter line.
    const n = this.infos.length;
    // A footer cue (التعليقات، أضف تعليقاً) ends the carousel: the comment form is no teaser.
    const skip = (): void => {
      while (k < n && (this.infos[k] as Info).cue?.kind !== "footer" && this.isBoilerplateCue(this.infos[k] as Info)) {
        this.boiler(this.infos[k++] as Info);
      }
    };
    skip();
    const t = this.at(k);
    if (t === undefined || t.cue !== null || !this.headingLike(t)) return k;
    const d = this.newDraft(this.readAlso);
    d.article.title = this.make("title", this.teaserStart(t), t.unit.end);
    k++;
    let carousel = false;
    // (Without counters, titles one under another to the page's end or a cue are teasers too.)
    const listed = (at: number): boolean => {
      for (let q = at; q < n; q++) {
        const v = this.infos[q] as Info;
        if (v.cue !== null) return true;
        if (!this.headingLike(v) || v.endsSentence || v.unit.gap > 0 || v.words > 20) return false;
      }
      return true;
    };
    for (let before = k; ; before = k) {
      skip();
      const u = this.at(k);
      if ((k === before && !listed(k)) || u === undefined || u.cue !== null || !this.headingLike(u) || u.endsSentence) break;
      this.newDraft(this.readAlso).article.title = this.make("title", this.teaserStart(u), u.unit.end);
      k++;
      carousel = true;
    }
    if (carousel) return k;
    // "وأوضح مساعد الوزير أن …", "من ناحيتها، …" after a teaser in the middle of an article:
    // the article goes on, the teaser has no body of its own.
    if (!ended && this.goesOn(k)) return k;
    // (Prose that runs to the tail is the teaser's when it tells the teaser's story: "المصرف
    // المركزي يعلن إيرادات النفط …" / "أعلن مصرف ليبيا المركزي أن الإيرادات …"; "مهرجان «زحلة
    // تقرأ» يعود …" / "المهندس المعماري طوني فرح … قال" goes on with the article.)
    if (ended || this.leadAfter(k)) return this.body(k, d, true);
    return this.runsToTail(k) && this.sameStory(t, this.at(k), this.runsToTail(k + 1) ? 2 : 1) ? this.body(k, d, true) : k;
  }

  // Whether two units share `least` content words (of four letters or more once the article
  // and a glued preposition are dropped): a teaser's title and the lead of its story do.
  private sameStory(a: Info, b: Info | undefined, least: number): boolean {
    if (b === undefined) return false;
    const f = this.view.text;
    const stems = (x: Info): string[] => {
      const out: string[] = [];
      for (const raw of f.slice(x.unit.fs, Math.min(x.unit.fe, x.unit.fs + 400)).split(" ")) {
        let w = raw;
        if (w.length > 4 && (w.startsWith("ال") || w.startsWith("لل"))) w = w.slice(2);
        else if (w.length > 5 && (w.startsWith("بال") || w.startsWith("وال"))) w = w.slice(3);
        if (w.length >= 4) out.push(w.slice(0, 5));
      }
      return out;
    };
    const title = new Set(stems(a));
    let shared = 0;
    for (const w of new Set(stems(b))) if (title.has(w) && ++shared >= least) return true;
    return false;
  }

  // The prose at k goes on with what came before it: it opens with a word glued to و or ف,
  // or with a connective that refers back ("من جهته،", "بدوره،").
  private goesOn(k: number): boolean {
    const y = this.at(k);
    if (y === undefined || y.cue !== null || !this.prose(y)) return false;
    const first = y.head[0] ?? "";
    const c = first.charCodeAt(0);
    if ((c === 0x0648 || c === 0x0641) && first.length >= 4) return true;
    // ("وفي قطاع 44 …", "ومن جهته": a particle glued to و.)
    if (c === 0x0648 && first.length === 3 && lexicon().speakerStops.has(first.slice(1))) return true;
    // ("«السوق كانت تسعر خفضين …»": a quotation goes on with the speaker quoted before.)
    if (isQuotationMark(this.text.charCodeAt(y.unit.start))) return true;
    return longestPrefix(lexicon().goingOn, y.head) !== null;
  }

  // A teaser's title starts after its bullet; a quotation mark that opens it stays ("«المياه»: …").
  private teaserStart(y: Info): number {
    return y.bullet ? this.o(y.afterBullet) : y.unit.start;
  }

  // "شاهد أيضاً: / title / paragraph / الأكثر تصفحاً": prose after a teaser that runs to the
  // page's tail (a list, a footer, boilerplate) is the teaser's body; prose that the article
  // goes on after, or that ends the page, is the article's.
  private runsToTail(k: number): boolean {
    let seen = 0;
    for (; k < this.infos.length; k++) {
      const y = this.infos[k] as Info;
      if (y.cue === null && this.prose(y) && !y.unit.glued && y.phrases === 0) {
        seen++;
        continue;
      }
      const kind = y.cue?.kind;
      return seen > 0 && (kind === "related" || kind === "tags" || kind === "footer" || kind === "readAlso" || this.isBoilerplateCue(y));
    }
    return false;
  }

  // A teaser's own lead follows: a dateline opens it, on its line or the one before.
  private leadAfter(k: number): boolean {
    const y = this.at(k);
    if (y === undefined) return false;
    if (this.prose(y)) return this.leadDateline(y) !== null;
    const c = this.credit(y);
    const next = this.at(k + 1);
    return c !== null && c.place !== null && next !== undefined && this.prose(next);
  }

  // "تاريخ النشر" on a line of its own right above a date line: the date's label.
  private dateLabel(k: number): boolean {
    const y = this.at(k);
    return y !== undefined && y.words >= 1 && y.words <= 3 && !y.unit.digits && !y.date && (y.cue === null || y.cue.kind === "boilerplate" || y.cue.kind === "byline") && this.at(k + 1)?.date === true;
  }

  /** A related list at unit j; returns the index after it. */
  private relatedList(j: number): number {
    const x = this.infos[j] as Info;
    const cueEnd = this.cueEnd(x);
    this.make("boilerplate", x.unit.start, this.o(cueEnd));
    const restStart = this.o(cueEnd);
    if (restStart < x.unit.end) this.make("boilerplate", restStart, x.unit.end);
    let k = j + 1;
    let ranked = false;
    let numbered = false;
    while (k < this.infos.length) {
      const y = this.infos[k] as Info;
      // A title may open with a caption word ("صورة بالأقمار الصناعية تكشف …").
      const captionWord = y.cue?.kind === "caption" && y.words >= 6 && !y.captionEnd && y.bars < 2 && y.phrases === 0;
      if (y.cue !== null && !y.bullet && !captionWord) break;
      // "1", "2" on lines of their own: the numbers of a ranked list, where every item has one.
      if (y.words === 1 && y.firstIsDigit && y.length <= 3 && k + 1 < this.infos.length) {
        this.boiler(y);
        k++;
        ranked = true;
        numbered = true;
        continue;
      }
      if (ranked && !numbered) break;
      numbered = false;
      // ("title / تاريخ النشر / 3 أكتوبر/ تشرين الأول 2026 / title / …": the date's label.)
      if (this.dateLabel(k) && k > j + 1 && this.related.length > 0) {
        this.boiler(y);
        k++;
        continue;
      }
      // "المزيد حول هذه القصة / title / 27 فبراير/ شباط 2027 / title / …": the date under an item.
      if (y.date && y.cue === null && y.words <= 8 && y.unit.gap === 0 && k > j + 1 && this.related.length > 0) {
        this.boiler(y);
        k++;
        continue;
      }
      // A title may end with a question mark, never with a full stop.
      const item = y.bullet
        ? y.words >= 2 && y.words <= 40
        : (this.headingLike(y) || captionWord) && y.words >= 3 && y.words <= 30 && lastVisible(this.unitText(y)) !== 0x2e;
      // "تابعوا أخبار سانا على تلغرام https://…": a link is no title.
      if (!item || y.unit.gap > 2 || this.linkLine(y) || this.copyright(y)) break;
      // After a blank line, a headline over a byline, a date or a lead starts an article.
      const next = this.at(k + 1);
      // (Items each dated on the line under them — title, date, title, date — make a list,
      // no headline over its date.)
      const labelled = this.dateLabel(k + 1) ? 1 : 0;
      const dated = next !== undefined && this.at(k + 1 + labelled)?.date === true && next.unit.gap === 0 && this.at(k + 3 + 2 * labelled)?.date === true;
      if (y.unit.gap > 0 && next !== undefined && !next.bullet && !dated && this.opensArticle(next)) break;
      // "آخر الأخبار / headline / date / lead": a list heading in the navigation right above an
      // article; its one "item" is the headline, which a date and a lead follow.
      if (k === j + 1 && next !== undefined && next.date && next.cue === null && !dated) {
        const after = this.at(k + 2);
        if (after !== undefined && after.cue === null && this.prose(after)) break;
      }
      // "آخر الأخبار / headline / القاهرة (أ ش أ) - lead": above the page's first story, no
      // list item is followed by a lead that opens with a dateline; the line is the headline
      // of the article it opens. (Under a story, the tail decides what such text is.)
      if (this.articles.length === 0 && next !== undefined && !next.bullet && next.cue === null && this.prose(next) && this.leadDateline(next) !== null) break;
      // Only a bullet or a number is left out: a title may open with a quotation mark
      // ("«الصحة» تطلق …").
      this.push(this.related, this.listItem("related", y));
      k++;
    }
    return k;
  }

  // What stands under a headline: a byline cue or a wire byline, a date line, a lead that
  // opens with a dateline, or running text.
  private opensArticle(y: Info): boolean {
    // The cheap questions first: the date reader is asked only when neither a byline cue
    // nor running text answers.
    if (y.cue?.kind === "byline" || (y.cue === null && this.prose(y))) return true;
    if (y.date) return true;
    if (y.cue === null && y.words <= 5 && lexicon().wireBylines.has(y.head[0] ?? "")) return true;
    return y.cue === null && this.leadDateline(y) !== null;
  }

  /** A tag list at unit j; returns the index after it. */
  private tagList(j: number): number {
    const x = this.infos[j] as Info;
    const cueEnd = this.cueEnd(x);
    this.make("boilerplate", x.unit.start, this.o(cueEnd));
    this.splitTags(this.o(cueEnd), x.unit.end);
    let k = j + 1;
    if (cueEnd >= x.unit.fe - 1) {
      while (k < this.infos.length) {
        const y = this.infos[k] as Info;
        if (y.cue !== null || y.words > 6 || y.endsSentence) break;
        this.splitTags(this.o(y.afterBullet), y.unit.end);
        k++;
      }
    }
    return k;
  }

  // Tags on one line, between separators: ، , | • / and runs of spaces.
  private splitTags(start: number, end: number): void {
    let s = start;
    for (let i = start; i <= end; i++) {
      const c = i < end ? this.text.charCodeAt(i) : 0x2c;
      const sep =
        c === 0x060c || c === 0x2c || c === 0x7c || c === 0x2022 || c === 0x2f || c === 0x3a || c === 0x2d ||
        (c === 0x20 && this.text.charCodeAt(i + 1) === 0x20) || c === 0x0a;
      if (!sep) continue;
      this.push(this.tags, this.make("tag", s, i));
      s = i + 1;
    }
  }

  // Units outside every article: related and tag lists, read-also blocks, boilerplate.
  // Units [from, to) outside any article; returns where the last list read ends (at or
  // past `to` when a list runs on).
  private tail(from: number, to: number, page: boolean): number {
    let reached = from;
    for (let k = from; k < to; k++) {
      const x = this.infos[k] as Info;
      const kind = x.cue?.kind;
      if (page && (kind === "related" || kind === "tags")) {
        const e = kind === "related" ? this.relatedList(k) : this.tagList(k);
        reached = Math.max(reached, e);
        k = Math.min(e, to) - 1;
      } else this.boiler(x);
    }
    return reached;
  }
}

function lastVisible(s: string): number {
  let k = s.length - 1;
  while (k > 0 && isFiller(s.charCodeAt(k))) k--;
  return s.charCodeAt(k);
}

// The usual number of blank lines between paragraphs of the page.
function typicalGap(infos: readonly Info[]): number {
  const counts = [0, 0, 0, 0];
  let total = 0;
  for (let k = 0; k < infos.length; k++) {
    const x = infos[k] as Info;
    if (x.words < 8) continue;
    const g = Math.min(3, x.unit.gap);
    counts[g] = (counts[g] as number) + 1;
    total++;
  }
  let seen = 0;
  for (let g = 0; g < 4; g++) {
    seen += counts[g] as number;
    if (seen * 2 >= total) return g;
  }
  return 0;
}

// Every word of the line is one or two letters long: initials ("ع.ح.ع/ص.ش", "د ب أ").
function initialsOnly(t: string): boolean {
  let run = 0;
  // ("ع.م/ س.ك (رويترز، د ب أ، أ ف ب)": the agencies in parentheses after the initials.)
  const paren = t.indexOf("(");
  if (paren > 0 && t.trimEnd().endsWith(")")) t = t.slice(0, paren);
  for (let k = 0; k <= t.length; k++) {
    if (k < t.length && isWordChar(t.charCodeAt(k))) {
      if (++run > 2) return false;
    } else run = 0;
  }
  return true;
}
