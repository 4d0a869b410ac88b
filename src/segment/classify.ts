/**
 * What each unit looks like: its cue, its length and shape. The facts every later step
 * decides on, computed once per unit in one walk over its folded text; the words of a
 * unit are sliced only where their shape fits a cue.
 *
 * @module
 */

import {
  DIGIT_BIT,
  SPACE,
  SPACE_BIT,
  WAW,
  WORD_BIT,
  charClasses,
  isBullet,
  isOpeningMark,
  isClosingMark,
  isDigit,
  isHighSurrogate,
  isSentenceEnd,
  isWordChar,
} from "../core/chars.js";
import { keepShape } from "../core/shape.js";
import { nextToken } from "../core/tokens.js";
import { isDateLine } from "./date-line.js";
import type { ParsedDateline } from "./dateline.js";
import { type LineCueKind, type PhraseNode, type PhraseTable, lexicon, longestPrefix, longestSuffix, shape } from "./lexicon.js";
import type { Unit } from "./lines.js";
import { scanPhrases } from "./scan.js";

/** How many leading tokens are kept: the longest cue, its colon and a self-link after it. */
const HEAD_TOKENS = 8;
/** The most words of a follow prompt ("تابعوا أخبار الوكالة على قناتنا في تلغرام"). */
const FOLLOW_WORDS = 12;
/** A line longer than this is never a date line, a credit or a cue line. */
const SHORT_CHARS = 200;

/**
 * How many words a line may hold beyond its cue and still be the cue's line: "بحث" opens
 * a search box and a sentence ("بحث الرئيس …"); only the short line is navigation.
 */
const CUE_ROOM: Readonly<Record<LineCueKind, number>> = {
  readAlso: 60,
  related: 30,
  tags: 30,
  source: 10,
  byline: 8,
  boilerplate: 4,
  footer: 12,
  caption: 25,
  signature: 15,
};

/** A unit with the facts about it. */
export interface Info {
  readonly unit: Unit;
  /** Folded, lower-cased leading tokens (punctuation tokens included), bullets skipped. */
  readonly head: readonly string[];
  /** Folded offset where each of `head` starts. */
  readonly headAt: readonly number[];
  /** Words and numbers in the unit. */
  readonly words: number;
  /** The last visible character ends a sentence (. ! ? ؟ …), closing marks read through. */
  readonly endsSentence: boolean;
  /** The last visible character is a colon. */
  readonly endsColon: boolean;
  /** The unit opens with a bullet followed by a space ("• ", "- ", "* "). */
  readonly bullet: boolean;
  /** Folded offset of the text after a leading bullet. */
  readonly afterBullet: number;
  /** Separators of a navigation bar: | » > between words. */
  readonly bars: number;
  /** The unit holds a digit. */
  readonly digits: boolean;
  /** The cue at the start of the unit, if any. */
  readonly cue: { kind: LineCueKind; tokens: number } | null;
  /** The unit ends with a caption cue ("… صورة أرشيفية"). */
  readonly captionEnd: boolean;
  /** The unit reads as a date line. */
  readonly date: boolean;
  /** The date line is a time stamp relative to now ("منذ ساعتين"), as under comments too. */
  readonly ago: boolean;
  /** Boilerplate phrases found anywhere in the unit. */
  readonly phrases: number;
  /** The unit is a closing formula ("والله من وراء القصد"). */
  readonly closing: boolean;
  /** The last word, folded: a line ending with "في" or "تحت" was wrapped mid-sentence. */
  readonly lastWord: string;
  /** Length in folded code units. */
  readonly length: number;
  /** The first token after leading punctuation is a number. */
  readonly firstIsDigit: boolean;
  /** The dateline prefix of the unit, once read (`leadOf`). */
  lead: ParsedDateline | null | undefined;
  /** The unit read as a credit line, once read (`creditOf`). */
  credit: ParsedDateline | null | undefined;
}

/**
 * The facts about every unit, in order.
 *
 * @example
 * ```ts
 * const text = "إقرأ أيضاً:\nعنوان خبر آخر";
 * const view = viewOf(text, MATCH_OPTIONS);
 * const infos = describeUnits(splitUnits(text, view), view.text);
 * infos[0]?.cue?.kind; // "readAlso"
 * ```
 */
export function describeUnits(units: readonly Unit[], f: string, phraseHits: readonly number[] = scanPhrases(f).hits): Info[] {
  // Sized once: a page's units are tens of thousands.
  const out = new Array<Info>(units.length);
  const describe = describer(f, phraseHits);
  for (let u = 0; u < units.length; u++) out[u] = describe(units[u] as Unit);
  return out;
}

/**
 * Describes units one after the other, in text order, as `splitUnits` cuts them: the
 * boilerplate phrases in `phraseHits` (ascending) need only be found up to the end of the
 * unit being described.
 */
export function describer(f: string, phraseHits: readonly number[]): (unit: Unit) => Info {
  // The first hit at or after the first unit is found by a binary search (units are
  // described anew one at a time when wrapped lines are joined), then walked along.
  let h = -1;
  // The facts of an empty unit live for good, and with them the code that reads facts
  // (core/shape.ts): every pass over the units reads them.
  keepShape(Described, () => describe(NO_UNIT, blankLater(""), 0));
  const blank = blankLater(f);
  return (unit) => {
    if (h < 0) {
      h = 0;
      let hi = phraseHits.length;
      while (h < hi) {
        const mid = (h + hi) >>> 1;
        if ((phraseHits[mid] as number) < unit.fs) h = mid + 1;
        else hi = mid;
      }
    }
    while (h < phraseHits.length && (phraseHits[h] as number) < unit.fs) h++;
    let phrases = 0;
    for (let q = h; q < phraseHits.length && (phraseHits[q] as number) < unit.fe; q++) phrases++;
    return describe(unit, blank, phrases);
  };
}

const NO_UNIT: Unit = { fs: 0, fe: 0, start: 0, end: 0, gap: 0, midLine: false, glued: false, words: 0, separators: 0, digits: false };

// Latin cues ignore case: the shape of a token reads its first letter in lower case.
const lower = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 32 : c);
const lowerWord = (w: string): string => (w.charCodeAt(0) < 0x80 ? w.toLowerCase() : w);

// Yes-or-no facts of a unit, packed into one number (see `Described.flags`).
const BULLET = 1;
const ENDS_SENTENCE = 2;
const ENDS_COLON = 4;
const CAPTION_END = 8;
const CLOSING = 16;
const FIRST_DIGIT = 32;
/** Whether the unit reads as a date line is known (`DATED` then says which). */
const DATE_KNOWN = 64;
const DATED = 128;
// The unit's own yes-or-no facts (`Unit`).
const MID_LINE = 256;
const GLUED = 512;
const DIGITS = 1024;
/** The unit holds a `Later` record of its own (until then it shares its text's blank one). */
const OWN_LATER = 2048;
// Small counts share the number too, each kept up to a bound above every threshold the
// layout compares it with: blank lines before the unit (compared up to 4), boilerplate
// phrases (up to 2), bar separators (up to 2, and summed when wrapped lines are joined).
const GAP_SHIFT = 12;
const GAP_MAX = 7;
const PHRASES_SHIFT = 15;
const PHRASES_MAX = 3;
const BARS_SHIFT = 17;
const BARS_MAX = 3;
// The line cue, as its number in `cueList` (0 for none): 7 bits hold every kind and length.
const CUE_SHIFT = 19;

/** A line cue at the start of a unit: its kind and how many tokens it takes. */
type Cue = { kind: LineCueKind; tokens: number };

// One cue object per kind and length, shared by every unit that opens with such a cue; a
// unit keeps its cue's number (its place in `cueList`, from 1).
const cues = new Map<LineCueKind, number[]>();
const cueList: (Cue | null)[] = [null];

function cueOf(kind: LineCueKind, tokens: number): number {
  let list = cues.get(kind);
  if (list === undefined) cues.set(kind, (list = []));
  let id = list[tokens];
  if (id === undefined) {
    id = cueList.length;
    cueList.push({ kind, tokens });
    list[tokens] = id;
  }
  return id;
}

/** What is read about a unit only when somebody asks for it, kept once read. */
interface Later {
  /** The folded text. */
  readonly f: string;
  lead: ParsedDateline | null | undefined;
  credit: ParsedDateline | null | undefined;
  headWords: string[] | null;
  headStarts: number[] | null;
  last: string | null;
}

// Nothing read yet about the units of folded text `f`: one record they all share.
function blankLater(f: string): Later {
  return { f, lead: undefined, credit: undefined, headWords: null, headStarts: null, last: null };
}

// The facts of a unit, read in one walk over its ends.
function describe(unit: Unit, blank: Later, phrases: number): Described {
  const { fs, fe } = unit;
  const f = blank.f;
  const cls = charClasses();
  let flags = (unit.midLine ? MID_LINE : 0) | (unit.glued ? GLUED : 0) | (unit.digits ? DIGITS : 0);
  const i = firstToken(cls, f, fs, fe);
  if (i > fs && isBullet(f.charCodeAt(fs)) && fs + 1 < fe && f.charCodeAt(fs + 1) === 0x20) flags |= BULLET;
  if (i < fe && ((cls[f.charCodeAt(i)] as number) & DIGIT_BIT) !== 0) flags |= FIRST_DIGIT;
  // Words, navigation bars and digits were counted in the walk over the line.
  const words = unit.words;
  const digits = unit.digits;
  let k = fe - 1;
  while (k > fs && isClosingMark(f.charCodeAt(k))) k--;
  const last = f.charCodeAt(k);
  if (isSentenceEnd(last)) flags |= ENDS_SENTENCE;
  if (last === 0x3a) flags |= ENDS_COLON;
  const short = fe - fs <= SHORT_CHARS;
  const lex = lexicon();
  // A cue only where the first token has the shape of a cue's first word.
  let cue = 0;
  if (i < fe) {
    const c0 = f.charCodeAt(i);
    const bit = (cls[c0] as number) & (WORD_BIT | DIGIT_BIT);
    let e = i + 1;
    if (bit !== 0) while (e < fe && ((cls[f.charCodeAt(e)] as number) & bit) !== 0) e++;
    if (lex.lineCueShapes[shape(e - i, lower(c0), lower(f.charCodeAt(e - 1)))] === 1 && lex.lineCueFirsts.has(lowerWord(f.slice(i, e)))) {
      // The cue is matched token by token, as far as a cue goes on: a unit's head is read
      // whole only once somebody asks for it.
      cue = lineCueAt(lex.lineCues, f, i, fe, words);
    }
  }
  // Caption cues and closing formulas are read at the end, where the last word fits one.
  if (short && words <= 30) {
    let caption = false;
    let e = fe;
    while (e > fs && !wordy(cls, f.charCodeAt(e - 1))) e--;
    let s = e;
    while (s > fs && wordy(cls, f.charCodeAt(s - 1))) s--;
    if (e > s && lex.tailShapes[shape(e - s, lower(f.charCodeAt(s)), lower(f.charCodeAt(e - 1)))] === 1 && lex.tailLasts.has(f.slice(s, e).toLowerCase())) {
      const tail = lastWords(cls, f, fs, fe, TAIL_WORDS);
      caption = tail.length > 0 && longestSuffix(lex.captionEnds, tail) > 0;
      if (words <= TAIL_WORDS && tail.length === words && lex.closings.map.has(tail.join(" "))) flags |= CLOSING;
    }
    if (!caption && f.charCodeAt(fe - 1) === 0x29) caption = creditInParentheses(f, fs, fe);
    if (caption) flags |= CAPTION_END;
  }
  // A date line holds figures; it is read by the date reader only when asked about.
  // A relative time stamp ("منذ ساعتين", "قبل 4 ساعات") may hold no figure: a line of two or
  // three words opening with م or ق is asked.
  const c = f.charCodeAt(i);
  const ago = words >= 2 && words <= 3 && (c === 0x0645 || c === 0x0642);
  if (!(digits && short && words <= 24) && !ago) flags |= DATE_KNOWN;
  flags |=
    (Math.min(unit.gap, GAP_MAX) << GAP_SHIFT) |
    (Math.min(phrases, PHRASES_MAX) << PHRASES_SHIFT) |
    (Math.min(unit.separators, BARS_MAX) << BARS_SHIFT) |
    (cue << CUE_SHIFT);
  return new Described(fs, fe, words, flags, unit.start, unit.end, blank);
}

/**
 * The line cue that the tokens of [first, fe) open with (the longest one, among the first
 * `HEAD_TOKENS` tokens), when the unit is short enough for it.
 */
function lineCueAt(table: PhraseTable<LineCueKind>, f: string, first: number, fe: number, words: number): number {
  let level: ReadonlyMap<string, PhraseNode<LineCueKind>> | null = table.firsts;
  let kind: LineCueKind | undefined;
  let tokens = 0;
  // Where the token after the longest cue found so far starts reading.
  let after = first;
  let count = 0;
  for (let t = nextToken(f, first); t !== null && t.start < fe && count < HEAD_TOKENS && level !== null; t = nextToken(f, t.end)) {
    const token = f.slice(t.start, t.end);
    const node = level.get(token.charCodeAt(0) < 0x80 ? token.toLowerCase() : token); // Latin cues ignore case
    count++;
    if (node === undefined) break;
    if (node.value !== undefined) {
      kind = node.value;
      tokens = count;
      after = t.end;
    }
    level = node.next;
  }
  // (A follow prompt is a cue as long as its line.)
  if (kind === undefined) return followPrompt(f, first, fe, words) ? cueOf("boilerplate", words) : 0;
  // "رابط مختصر: https://…": a boilerplate label with its colon takes a longer value.
  let room = CUE_ROOM[kind];
  if (kind === "boilerplate" && tokens < HEAD_TOKENS) {
    const t = nextToken(f, after);
    if (t !== null && t.start < fe && t.end - t.start === 1 && f.charCodeAt(t.start) === 0x3a) room += 8;
  }
  if (words <= tokens + room) return cueOf(kind, tokens);
  return kind === "boilerplate" && (followPrompt(f, first, fe, words) || breadcrumb(f, after, fe)) ? cueOf("boilerplate", words) : 0;
}

// "الرئيسية / محليات / عربي ودولي / اقتصاد": a navigation cue, then items between slashes
// with spaces around them (two at least; "المنامة في 12 مايو / بنا /" is a dateline).
function breadcrumb(f: string, from: number, fe: number): boolean {
  let slashes = 0;
  for (let i = from + 1; i + 1 < fe; i++) {
    if (f.charCodeAt(i) === 0x2f && f.charCodeAt(i - 1) === SPACE && f.charCodeAt(i + 1) === SPACE && ++slashes >= 2) return true;
  }
  return false;
}

// "تابعوا «اليوم» على منصة إكس": a follow verb, then a social platform among the next
// words of a short line.
function followPrompt(f: string, first: number, fe: number, words: number): boolean {
  if (words > FOLLOW_WORDS) return false;
  const lex = lexicon();
  let t = nextToken(f, first);
  if (t === null || t.start >= fe || !lex.followVerbs.has(f.slice(t.start, t.end))) return false;
  for (let count = 0; count < FOLLOW_WORDS; count++) {
    t = nextToken(f, t.end);
    if (t === null || t.start >= fe) return false;
    const w = f.slice(t.start, t.end).toLowerCase();
    // ("وتويتر": a platform after و; "واتساب" opens with its own.)
    if (lex.platforms.has(w) || (w.length > 2 && w.charCodeAt(0) === WAW && lex.platforms.has(w.slice(1)))) return true;
  }
  return false;
}

// Where the first token of [fs, fe) starts: leading punctuation (bullets) and blanks are
// skipped; "©" is a cue of its own.
function firstToken(cls: Uint8Array, f: string, fs: number, fe: number): number {
  let i = fs;
  while (i < fe) {
    const c = f.charCodeAt(i);
    const bits = cls[c] as number;
    if ((bits & SPACE_BIT) === 0 && ((bits & (WORD_BIT | DIGIT_BIT)) !== 0 || c === 0xa9 || isHighSurrogate(c))) break;
    i++;
  }
  return i;
}

/**
 * The facts of one unit; the leading tokens and the last word are read on first use.
 * A page holds tens of thousands of units, each alive until the page is laid out (and so
 * copied by the young-generation collections that run meanwhile): the object is its unit
 * too (its span and counts copied in, the unit it was made from left to the young
 * generation), the yes-or-no facts, the small counts and the cue share a number, and what
 * is read only on demand waits in a record of its own, shared by all until one is written,
 * so that it stays small: seven fields.
 */
class Described implements Info, Unit {
  declare readonly fs: number;
  declare readonly fe: number;
  declare readonly words: number;
  /** `BULLET`, `ENDS_SENTENCE` … as bits, and the counts and cue at their shifts. */
  declare private flags: number;
  declare readonly start: number;
  declare readonly end: number;
  declare private later: Later;

  constructor(fs: number, fe: number, words: number, flags: number, start: number, end: number, later: Later) {
    // The fields are laid out in the order they are set: the ones every pass over the
    // units reads come first, so that such a pass mostly reads one cache line a unit.
    this.fs = fs;
    this.fe = fe;
    this.words = words;
    this.flags = flags;
    this.start = start;
    this.end = end;
    this.later = later;
  }

  private more(): Later {
    if ((this.flags & OWN_LATER) === 0) {
      this.flags |= OWN_LATER;
      // A literal, not a spread: a spread's copy has a map of its own that only the copies
      // hold, which dies with them and takes the optimised code along (core/shape.ts).
      const l = this.later;
      this.later = { f: l.f, lead: l.lead, credit: l.credit, headWords: l.headWords, headStarts: l.headStarts, last: l.last };
    }
    return this.later;
  }

  /** Blank lines before the unit, counted up to `GAP_MAX`. */
  get gap(): number {
    return (this.flags >>> GAP_SHIFT) & GAP_MAX;
  }

  /** Boilerplate phrases found anywhere in the unit, counted up to `PHRASES_MAX`. */
  get phrases(): number {
    return (this.flags >>> PHRASES_SHIFT) & PHRASES_MAX;
  }

  /** Separators of a navigation bar, counted up to `BARS_MAX`. */
  get separators(): number {
    return (this.flags >>> BARS_SHIFT) & BARS_MAX;
  }

  get cue(): Cue | null {
    return cueList[this.flags >>> CUE_SHIFT] ?? null;
  }

  /** The dateline prefix of the unit, once read (`leadOf`). */
  get lead(): ParsedDateline | null | undefined {
    return this.later.lead;
  }

  set lead(value: ParsedDateline | null | undefined) {
    this.more().lead = value;
  }

  /** The unit read as a credit line, once read (`creditOf`). */
  get credit(): ParsedDateline | null | undefined {
    return this.later.credit;
  }

  set credit(value: ParsedDateline | null | undefined) {
    this.more().credit = value;
  }

  /** Folded offset of the text after a leading bullet. */
  get afterBullet(): number {
    // Past the last punctuation before the first token, and the plain spaces after it; a
    // quotation mark opens the text after the bullet ("• "موانئ" توقع …").
    const { fs, fe } = this;
    const f = this.later.f;
    const cls = charClasses();
    const first = firstToken(cls, f, fs, fe);
    let k = fs;
    for (let i = fs; i < first; i++) {
      const c = f.charCodeAt(i);
      if (((cls[c] as number) & SPACE_BIT) !== 0) continue;
      if (isOpeningMark(c)) break;
      k = i + 1;
    }
    while (k < fe && f.charCodeAt(k) === 0x20) k++;
    return k;
  }

  get unit(): Unit {
    return this;
  }

  get midLine(): boolean {
    return (this.flags & MID_LINE) !== 0;
  }

  get glued(): boolean {
    return (this.flags & GLUED) !== 0;
  }

  get digits(): boolean {
    return (this.flags & DIGITS) !== 0;
  }

  get bars(): number {
    return this.words > 0 ? this.separators : 0;
  }

  get length(): number {
    return this.fe - this.fs;
  }

  get bullet(): boolean {
    return (this.flags & BULLET) !== 0;
  }

  get endsSentence(): boolean {
    return (this.flags & ENDS_SENTENCE) !== 0;
  }

  get endsColon(): boolean {
    return (this.flags & ENDS_COLON) !== 0;
  }

  get captionEnd(): boolean {
    return (this.flags & CAPTION_END) !== 0;
  }

  get closing(): boolean {
    return (this.flags & CLOSING) !== 0;
  }

  get firstIsDigit(): boolean {
    return (this.flags & FIRST_DIGIT) !== 0;
  }

  /** The unit reads as a date line (read once, when first asked). */
  get date(): boolean {
    if ((this.flags & DATE_KNOWN) === 0) {
      const dated = this.timeAgo() || isDateLine(this.later.f, this.fs, this.fe, true);
      this.flags |= DATE_KNOWN | (dated ? DATED : 0);
    }
    return (this.flags & DATED) !== 0;
  }

  get ago(): boolean {
    return this.date && this.words <= 3 && this.timeAgo();
  }

  // "منذ ساعتين", "قبل 4 ساعات": a page's time stamp relative to now.
  private timeAgo(): boolean {
    if (this.words < 2 || this.words > 3) return false;
    const lex = lexicon();
    return lex.timeAgoOpeners.has(this.head[0] ?? "") && lex.timeUnits.has(this.lastWord);
  }

  /** Folded, lower-cased leading tokens (punctuation tokens included), bullets skipped. */
  get head(): readonly string[] {
    return this.readHead().headWords as string[];
  }

  /** Folded offset where each of `head` starts. */
  get headAt(): readonly number[] {
    return this.readHead().headStarts as number[];
  }

  /** The last word, folded: a line ending with "في" or "تحت" was wrapped mid-sentence. */
  get lastWord(): string {
    const later = this.more();
    if (later.last === null) {
      const { fs, fe } = this;
      const f = later.f;
      let e = fe;
      while (e > fs && !isWordChar(f.charCodeAt(e - 1)) && !isDigit(f.charCodeAt(e - 1))) e--;
      let s = e;
      while (s > fs && (isWordChar(f.charCodeAt(s - 1)) || isDigit(f.charCodeAt(s - 1)))) s--;
      later.last = f.slice(s, e);
    }
    return later.last;
  }

  private readHead(): Later {
    const later = this.more();
    if (later.headWords === null) {
      const starts: number[] = [];
      later.headWords = leadingTokens(later.f, firstToken(charClasses(), later.f, this.fs, this.fe), this.fe, starts);
      later.headStarts = starts;
    }
    return later;
  }
}

// The first `HEAD_TOKENS` tokens of [first, fe), folded, Latin ones in lower case; their
// starts go to `starts` when it is given.
function leadingTokens(f: string, first: number, fe: number, starts: number[] | null): string[] {
  const words: string[] = [];
  for (let t = nextToken(f, first); t !== null && t.start < fe && words.length < HEAD_TOKENS; t = nextToken(f, t.end)) {
    const token = f.slice(t.start, t.end);
    words.push(token.charCodeAt(0) < 0x80 ? token.toLowerCase() : token); // Latin cues ignore case
    starts?.push(t.start);
  }
  return words;
}

// "… خلال الافتتاح (تصوير: علي حسن)": a photo credit in parentheses closes a caption.
function creditInParentheses(f: string, fs: number, fe: number): boolean {
  let e = fe;
  while (e > fs && isClosingMark(f.charCodeAt(e - 1)) && f.charCodeAt(e - 1) !== 0x29) e--;
  if (f.charCodeAt(e - 1) !== 0x29) return false;
  const open = f.lastIndexOf("(", e - 1);
  if (open < fs || e - open > 40) return false;
  const words: string[] = [];
  for (let t = nextToken(f, open + 1); t !== null && t.start < e - 1 && words.length < 3; t = nextToken(f, t.end)) {
    if (t.kind === "punct") break;
    words.push(f.slice(t.start, t.end));
  }
  if (words.length === 0) return false;
  const lex = lexicon();
  if (longestPrefix(lex.captionEnds, words) !== null) return true;
  // "جاموس يعبر قناة شبه جافة (الجزيرة)": the outlet or agency that took the photo, after a
  // description ("قسنطينة - (واج)" is a dateline).
  const key = words.join(" ");
  if (!lex.agencies.map.has(key) && !lex.outlets.map.has(key)) return false;
  let before = 0;
  for (let t = nextToken(f, fs); t !== null && t.start < open; t = nextToken(f, t.end)) {
    // (The description may close with its own full stop: "… بجيبوتي. (رويترز)".)
    if (t.kind === "punct" && !(f.charCodeAt(t.start) === 0x2e && f.slice(t.end, open).trim() === "")) return false;
    if (t.kind !== "punct") before++;
  }
  return before >= 3 && before <= 30;
}

/** How many words at the end of a unit are read for caption cues and closing formulas. */
const TAIL_WORDS = 5;

// A character inside a word or a number.
function wordy(cls: Uint8Array, c: number): boolean {
  return ((cls[c] as number) & (WORD_BIT | DIGIT_BIT)) !== 0;
}

// The last `count` words of [fs, fe), folded and lower-cased, in text order.
function lastWords(cls: Uint8Array, f: string, fs: number, fe: number, count: number): string[] {
  const out: string[] = [];
  let e = fe;
  while (out.length < count) {
    while (e > fs && !wordy(cls, f.charCodeAt(e - 1))) e--;
    if (e <= fs) break;
    let s = e;
    while (s > fs && wordy(cls, f.charCodeAt(s - 1))) s--;
    out.push(f.slice(s, e).toLowerCase());
    e = s;
  }
  return out.reverse();
}
