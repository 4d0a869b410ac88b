/**
 * One pass over the folded text for the phrases that are found anywhere in a line: the
 * boilerplate glued to content ("[email protected] /* *\/", "رابط الخبر …:", "اقرأ
 * أيضاً:"), share prompts glued to a full stop ("… المقبل.اطبع"), and the comment-policy
 * and copyright phrases that make a line boilerplate ("سياسة الخصوصية").
 *
 * A phrase is looked for where a word starts (or after a one-letter proclitic: "وسياسة
 * الخصوصية"), and a phrase that opens with a sign ("[email", "/* *\/") wherever its sign
 * stands. A table of the phrases' first two characters filters the positions before any
 * comparison, so the pass costs a few array reads per word.
 *
 * @module
 */

import { WORD_BIT, charClasses, isLineBreak } from "../core/chars.js";
import { lexicon } from "./lexicon.js";

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
  /** A bit per hashed pair of first code units: most positions stop at one read. */
  readonly pairs: Uint8Array;
  /** A byte per code unit: 1 for the first code unit of a phrase that opens with a sign. */
  readonly signs: Uint8Array;
}

/** Where the phrases were found, ascending. */
export interface PhraseScan {
  /** Starts of glued boilerplate, glued read-also cues and glued prompts. */
  readonly glue: readonly number[];
  /** The kind of each glue point (`GLUED`, `READ_ALSO`, `PROMPT`). */
  readonly glueKinds: readonly number[];
  /** Starts of boilerplate phrases (`BOILERPLATE_PHRASES`). */
  readonly hits: readonly number[];
}

const pairHash = (a: number, b: number): number => (a * 31 + b) & 0xffff;
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
  const pairs = new Uint8Array(0x10000);
  const signs = new Uint8Array(0x10000);
  const cls = charClasses();
  for (const e of entries) {
    if (e.text.length < 2) continue;
    const a = e.text.charCodeAt(0);
    const b = e.text.charCodeAt(1);
    const key = pairKey(a, b);
    const list = byPair.get(key) ?? [];
    list.push(e);
    list.sort((x, y) => y.text.length - x.text.length);
    byPair.set(key, list);
    pairs[pairHash(a, b)] = 1;
    if (((cls[a] as number) & WORD_BIT) === 0) signs[a] = 1;
  }
  return { byPair, pairs, signs };
}

/**
 * The glued phrases and boilerplate phrases of a folded text, in one pass.
 *
 * @example
 * ```ts
 * const f = normalize("قال المصدر. [email protected] /\u002a \u002a/ رابط الخبر: http://x", "search");
 * scanPhrases(f).glue.length; // 3
 * scanPhrases(normalize("وسياسة الخصوصية وشروط الاستخدام", "search")).hits.length; // 2
 * ```
 */
export function scanPhrases(f: string): PhraseScan {
  index ??= build();
  const { byPair, pairs, signs } = index;
  const cls = charClasses();
  const glue: number[] = [];
  const glueKinds: number[] = [];
  const hits: number[] = [];
  const n = f.length;
  let prevWord = false;
  for (let i = 0; i < n; i++) {
    const c = f.charCodeAt(i);
    const word = ((cls[c] as number) & WORD_BIT) !== 0;
    const start = word ? !prevWord : signs[c] === 1;
    prevWord = word;
    if (!start) continue;
    at(i, c, word);
    // "وسياسة الخصوصية": a boilerplate phrase after a one-letter proclitic.
    if (word && (c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0644 || c === 0x0643) && i + 1 < n) {
      at(i + 1, f.charCodeAt(i + 1), false);
    }
  }
  return { glue, glueKinds, hits };

  // The phrases that start at i; `wordStart` when i opens a word (glue needs that).
  function at(i: number, c: number, wordStart: boolean): void {
    const d = f.charCodeAt(i + 1);
    if (pairs[pairHash(c, d)] === 0) return;
    const list = byPair.get(pairKey(c, d));
    if (list === undefined) return;
    let glued = false;
    for (const e of list) {
      if (!f.startsWith(e.text, i)) continue;
      if (e.kind === PHRASE) hits.push(i);
      else if (!glued && (wordStart || !isLetterCode(c)) && gluedHere(e, i)) {
        glue.push(i);
        glueKinds.push(e.kind);
        glued = true;
      }
    }
  }

  function gluedHere(e: Entry, i: number): boolean {
    // "… المقبل.اطبعأرسل إلى صديق": a prompt counts glued right after a full stop.
    if (e.kind === PROMPT) return f.charCodeAt(i - 1) === 0x2e && ((cls[f.charCodeAt(i - 2)] as number) & WORD_BIT) !== 0;
    return !e.needsColon || colonSoon(f, i + e.text.length);
  }
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
