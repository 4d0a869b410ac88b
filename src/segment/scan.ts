/**
 * One pass over the folded text for the phrases that are found anywhere in a line: the
 * boilerplate glued to content ("[email protected] /* *\/", "رابط الخبر …:", "اقرأ
 * أيضاً:"), share prompts glued to a full stop ("… المقبل.اطبع"), and the comment-policy
 * and copyright phrases that make a line boilerplate ("سياسة الخصوصية").
 *
 * A phrase is looked for where a word starts (or after a one-letter proclitic: "وسياسة
 * الخصوصية"), and a phrase that opens with a sign ("[email", "/* *\/") wherever its sign
 * stands. A table of the phrases' first four characters filters the positions before any
 * comparison, so the pass costs a few array reads per word.
 *
 * @module
 */

import { DIGIT_BIT, WORD_BIT, charClasses, isLineBreak, wordRunEnd } from "../core/chars.js";
import { keepShape } from "../core/shape.js";
import { lexicon, shape } from "./lexicon.js";

/** What a phrase found in the text is. */
export const GLUED = 0;
export const READ_ALSO = 1;
export const PROMPT = 2;
export const PHRASE = 3;

/** A phrase of the scan, folded. */
interface Entry {
  readonly text: string;
  readonly kind: number;
  /** A glued phrase of letters counts only when a colon or a link follows it soon. */
  readonly needsColon: boolean;
}

interface Index {
  /** First two code units → the phrases that open with them, longest first. */
  readonly byPair: Map<number, Entry[]>;
  /**
   * A byte per hash of the first four code units of a phrase (every phrase has four):
   * most word starts, "ال…" included, stop at one read.
   */
  readonly quads: Uint8Array;
  /** A byte per code unit: `OPENS` a phrase that opens with a sign, is a quotation `MARK`. */
  readonly signs: Uint8Array;
  /** A byte per `tripleKey` of the first three code units of a phrase. */
  readonly triples: Uint8Array;
}

/** Where the phrases were found, ascending. */
export interface PhraseScan {
  /** Starts of glued boilerplate, glued read-also cues and glued prompts. */
  readonly glue: number[];
  /** The kind of each glue point (`GLUED`, `READ_ALSO`, `PROMPT`). */
  readonly glueKinds: number[];
  /** Starts of boilerplate phrases (`BOILERPLATE_PHRASES`). */
  readonly hits: number[];
  /** Where the quotation marks stand (" « » “ ” „): a paragraph without one holds no quotation. */
  readonly marks: Offsets;
  /**
   * Where words that may be speech verbs start (their shape fits one, `lexicon().speechShapes`):
   * a paragraph without one names no speaker.
   */
  readonly verbs: Offsets;
  /** `verbs` holds the whole text's; else only those `findVerbs` was asked for. */
  readonly allVerbs: boolean;
}

/**
 * Ascending offsets into the text, in a typed array that doubles as it fills. About one
 * word in seven has the shape of a speech verb: a plain array of that many numbers grown
 * by push costs several times more, its store being copied and mapped afresh as it grows.
 */
export class Offsets {
  private data = new Int32Array(64);
  /** How many offsets there are. */
  length = 0;

  constructor() {
    // One empty list lives for good, and with it the code that reads lists (core/shape.ts).
    keepShape(Offsets, () => new Offsets());
  }

  push(at: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = at;
  }

  /** The offset at index `i`, or −1 past the last. */
  get(i: number): number {
    return i < this.length ? (this.data[i] as number) : -1;
  }

  /** The index of the first offset at or after `at` (a binary search). */
  firstAtOrAfter(at: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.data[mid] as number) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** An empty scan, to be filled by a walk over the text; its verbs are left to `findVerbs`. */
export function emptyScan(): PhraseScan {
  return { glue: [], glueKinds: [], hits: [], marks: new Offsets(), verbs: new Offsets(), allVerbs: false };
}

/** Bits of `phraseTables().signs`: the character opens a phrase, is a quotation mark. */
export const OPENS = 1;
export const MARK = 2;
const QUOTATION_MARKS = [0x22, 0xab, 0xbb, 0x201c, 0x201d, 0x201e];

/**
 * Three code units packed into 18 bits, six each: the low six bits tell the Arabic letters
 * apart, so that a word is ruled out by one read unless it opens like a phrase.
 */
export const tripleKey = (a: number, b: number, c: number): number => (a & 0x3f) | ((b & 0x3f) << 6) | ((c & 0x3f) << 12);

/** The hash of four code units that `phraseTables().quads` is indexed by. */
export const quadHash = (a: number, b: number, c: number, d: number): number => (a ^ (b << 4) ^ (c << 8) ^ (d << 12) ^ (d >>> 4)) & 0xffff;
const pairKey = (a: number, b: number): number => a * 0x10000 + b;

let index: Index | null = null;

function build(): Index {
  const lex = lexicon();
  const entries: Entry[] = [
    ...lex.glued.map((g) => ({ text: g.text, kind: g.readAlso ? READ_ALSO : GLUED, needsColon: g.needsColon })),
    ...lex.prompts.map((text) => ({ text, kind: PROMPT, needsColon: false })),
    ...lex.phrases.map((text) => ({ text, kind: PHRASE, needsColon: false })),
  ];
  const byPair = new Map<number, Entry[]>();
  const quads = new Uint8Array(0x10000);
  const signs = new Uint8Array(0x10000);
  const triples = new Uint8Array(1 << 18);
  const cls = charClasses();
  for (const e of entries) {
    if (e.text.length < 4) throw new Error(`segment: scanned phrase shorter than four code units: ${e.text}`);
    const a = e.text.charCodeAt(0);
    const b = e.text.charCodeAt(1);
    const key = pairKey(a, b);
    const list = byPair.get(key) ?? [];
    list.push(e);
    list.sort((x, y) => y.text.length - x.text.length);
    byPair.set(key, list);
    quads[quadHash(a, b, e.text.charCodeAt(2), e.text.charCodeAt(3))] = 1;
    triples[tripleKey(a, b, e.text.charCodeAt(2))] = 1;
    if (((cls[a] as number) & WORD_BIT) === 0) signs[a] = (signs[a] as number) | OPENS;
  }
  for (const m of QUOTATION_MARKS) signs[m] = (signs[m] as number) | MARK;
  return { byPair, quads, signs, triples };
}

/** The tables of the scan, built on first use. */
export function phraseTables(): { readonly quads: Uint8Array; readonly signs: Uint8Array; readonly triples: Uint8Array } {
  index ??= build();
  return index;
}

/**
 * The glued phrases and boilerplate phrases of a folded text, in one pass. (The walk over
 * the lines in `lines.ts` does the same while it cuts the lines; this is the walk alone.)
 *
 * @example
 * ```ts
 * const f = normalize("قال المصدر. [email protected] /\u002a \u002a/ رابط الخبر: http://x", "search");
 * scanPhrases(f).glue.length; // 3
 * scanPhrases(normalize("وسياسة الخصوصية وشروط الاستخدام", "search")).hits.length; // 2
 * ```
 */
export function scanPhrases(f: string): PhraseScan {
  const { quads, signs } = phraseTables();
  const cls = charClasses();
  const out: PhraseScan = { ...emptyScan(), allVerbs: true };
  const n = f.length;
  let i = 0;
  while (i < n) {
    const c = f.charCodeAt(i);
    if (((cls[c] as number) & WORD_BIT) === 0) {
      const sign = signs[c] as number;
      if (sign !== 0) {
        if ((sign & MARK) !== 0) out.marks.push(i);
        if ((sign & OPENS) !== 0) matchPhrases(f, i, false, out);
      }
      i++;
      continue;
    }
    wordStart(f, i, quads, out);
    const from = i;
    i = wordRunEnd(f, i + 1, n);
    wordEnd(f, from, i, out);
  }
  return out;
}

/**
 * Finds the speech verbs (`wordEnd`) of the stretches `spans` of `f`, in any order, for a
 * scan that left them out: the words a walk over the whole text finds there, that is every
 * run of letters (a digit ends one) that starts in a stretch.
 *
 * @example
 * ```ts
 * const scan = emptyScan();
 * findVerbs("قال الوزير ان الخطة جاهزة. واضاف ان", [{ fs: 27, fe: 35 }], scan);
 * scan.verbs.get(0); // 27
 * ```
 */
export function findVerbs(f: string, spans: readonly { readonly fs: number; readonly fe: number }[], out: PhraseScan): void {
  const cls = charClasses();
  const shapes = lexicon().speechShapes;
  const sorted = [...spans].sort((a, b) => a.fs - b.fs);
  // Verbs are found up to `done`: overlapping stretches are read once, in text order.
  let done = 0;
  for (let q = 0; q < sorted.length; q++) {
    const { fs, fe } = sorted[q] as { fs: number; fe: number };
    for (let k = Math.max(fs, done); k < fe; k++) {
      if (!isLetterOnly(cls, f.charCodeAt(k)) || (k > 0 && isLetterOnly(cls, f.charCodeAt(k - 1)))) continue;
      let e = k + 1;
      while (e < f.length && isLetterOnly(cls, f.charCodeAt(e))) e++;
      wordEnd(f, k, e, out, shapes);
      k = e;
    }
    done = Math.max(done, fe);
  }
}

// A letter that is no digit: what a run of letters in the walk over the lines is made of.
function isLetterOnly(cls: Uint8Array, c: number): boolean {
  return ((cls[c] as number) & (WORD_BIT | DIGIT_BIT)) === WORD_BIT;
}

/** Records the word [from, to) when its shape is that of a speech verb, with or without و/ف. */
export function wordEnd(f: string, from: number, to: number, out: PhraseScan, shapes = lexicon().speechShapes): void {
  const c0 = f.charCodeAt(from);
  const z = f.charCodeAt(to - 1);
  if (shapes[shape(to - from, c0, z)] === 1 || ((c0 === 0x0648 || c0 === 0x0641) && shapes[shape(to - from - 1, f.charCodeAt(from + 1), z)] === 1)) {
    out.verbs.push(from);
  }
}

/**
 * The phrases at a word that starts at i: one hashed read of its first four characters,
 * and of the four after a one-letter proclitic ("وسياسة الخصوصية").
 */
export function wordStart(f: string, i: number, quads: Uint8Array, out: PhraseScan): void {
  const c = f.charCodeAt(i);
  const d = f.charCodeAt(i + 1);
  const e = f.charCodeAt(i + 2);
  if (quads[quadHash(c, d, e, f.charCodeAt(i + 3))] === 1) matchPhrases(f, i, true, out);
  if ((c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0644 || c === 0x0643) && quads[quadHash(d, e, f.charCodeAt(i + 3), f.charCodeAt(i + 4))] === 1) {
    matchPhrases(f, i + 1, false, out);
  }
}

/** Records the phrases that start at i; `wordStart` when i opens a word (glue needs that). */
export function matchPhrases(f: string, i: number, wordStart: boolean, out: PhraseScan): void {
  index ??= build();
  const c = f.charCodeAt(i);
  const list = index.byPair.get(pairKey(c, f.charCodeAt(i + 1)));
  if (list === undefined) return;
  let glued = false;
  for (const e of list) {
    if (!f.startsWith(e.text, i)) continue;
    if (e.kind === PHRASE) out.hits.push(i);
    else if (!glued && (wordStart || !isLetterCode(c)) && gluedHere(f, e, i)) {
      out.glue.push(i);
      out.glueKinds.push(e.kind);
      glued = true;
    }
  }
}

function gluedHere(f: string, e: Entry, i: number): boolean {
  // "… المقبل.اطبعأرسل إلى صديق": a prompt counts glued right after a full stop.
  if (e.kind === PROMPT) return f.charCodeAt(i - 1) === 0x2e && isLetterCode(f.charCodeAt(i - 2));
  return !e.needsColon || colonSoon(f, i + e.text.length);
}

function isLetterCode(c: number): boolean {
  return ((charClasses()[c] as number) & WORD_BIT) !== 0;
}

// A letter cue glued in a line is taken only when a label colon or a link follows it soon.
function colonSoon(f: string, from: number): boolean {
  const end = Math.min(f.length, from + 40);
  for (let i = from; i < end; i++) {
    const c = f.charCodeAt(i);
    if (c === 0x3a) return true;
    if (isLineBreak(c)) return false;
    if (c === 0x68 && f.startsWith("http", i)) return true;
  }
  return false;
}
