/**
 * `extractNumbers`: every number in running text, with its span in the original.
 *
 * The grammar (`numberAt`) proposes a number at each token; the rules here decide
 * from the words around it whether the proposal is a number of the text: الثانية
 * after الساعة is an hour, ثانية after 30 is a second, نصف before النهائي is a
 * semi-final, أول before أمس is a day.
 *
 * @module
 */

import { DIGIT_BIT, SPACE_BIT, WORD_BIT, charClasses } from "../core/chars.js";
import { assertString } from "../core/errors.js";
import { type Token, nextToken } from "../core/tokens.js";
import type { NormalizedText } from "../core/view.js";
import { viewOf } from "../normalize/normalize.js";
import { MATCH_OPTIONS } from "../normalize/options.js";
import { CLOCK_WORDS, NOT_AFTER_FIRST, TIME_OF_DAY_WORDS } from "./lexicon.js";
import { type NumberMatch, numberAt, startsNumber } from "./scan.js";
import type { NumberMention } from "./types.js";
import { type WordTrie, buildTrie, lookupWord, wordEnd } from "./words.js";

type Cue = "clock" | "timeOfDay" | "notAfterFirst" | "preposition" | "final" | "once";

let cues: WordTrie<Cue> | undefined;

function cueTrie(): WordTrie<Cue> {
  if (cues === undefined) {
    const entries: [string, Cue][] = [];
    for (const w of CLOCK_WORDS) entries.push([w, "clock"]);
    for (const w of TIME_OF_DAY_WORDS) entries.push([w, "timeOfDay"]);
    for (const w of NOT_AFTER_FIRST) entries.push([w, "notAfterFirst"]);
    for (const w of ["في", "خلال", "بعد", "قبل", "منذ", "كل", "من", "الى", "حتى"]) entries.push([w, "preposition"]);
    for (const w of ["النهائي", "نهائي", "نهائية", "النهائية"]) entries.push([w, "final"]);
    entries.push(["واحدة", "once"]);
    cues = buildTrie(entries);
  }
  return cues;
}

function cue(text: string, t: Token | null): Cue | undefined {
  return t !== null && t.kind === "word" ? cueTrie().get(text, t.start, t.end) : undefined;
}

// Decides whether a proposed number reads as a number in its sentence.
function accept(text: string, m: NumberMatch, previous: Token | null): boolean {
  if (m.digits) return true;
  const next = nextToken(text, m.end);
  const first = lookupWord(text, m.start, wordEndOf(text, m.start));
  const entry = first?.entry;
  if (m.kind === "ordinal" && entry !== undefined && entry.role === "ordinal" && m.end === first?.end) {
    // الساعة الثانية، الثالثة فجرا: hours of the clock.
    if (entry.feminine === true && (cue(text, previous) === "clock" || cue(text, next) === "timeOfDay")) return false;
    if (entry.definite !== true) {
      // 30 ثانية، ثانية واحدة، أول أمس
      if (previous !== null && (previous.kind === "number" || numberAt(text, previous.start) !== null)) return false;
      if (cue(text, next) === "notAfterFirst" || cue(text, next) === "once") return false;
      if (entry.feminine === true && entry.value === 2 && (previous === null || cue(text, previous) === "preposition")) return false;
    }
  }
  // نصف النهائي، ربع النهائي: rounds of a cup, not fractions.
  if (m.kind === "fraction" && cue(text, next) === "final") return false;
  return true;
}

function wordEndOf(text: string, start: number): number {
  const t = nextToken(text, start);
  return t === null ? start : t.end;
}

/**
 * Extracts number mentions from a matching view of a text. The loop walks the
 * view once; only a digit, a sign or a word the lexicon knows is handed to the
 * grammar, so ordinary words cost one failed trie step or two.
 */
export function extractFromView(view: NormalizedText, original: string): NumberMention[] {
  const text = view.text;
  const n = text.length;
  const mentions: NumberMention[] = [];
  let prevKind: Token["kind"] | null = null;
  let prevStart = 0;
  let prevEnd = 0;
  const cls = charClasses();
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const bits = cls[c] as number;
    if ((bits & SPACE_BIT) !== 0) {
      i++;
      continue;
    }
    let kind: Token["kind"];
    let end: number;
    if ((bits & DIGIT_BIT) !== 0) {
      kind = "number";
      end = i + 1;
      while (end < n && ((cls[text.charCodeAt(end)] as number) & DIGIT_BIT) !== 0) end++;
    } else if ((bits & WORD_BIT) !== 0) {
      kind = "word";
      end = wordEnd(text, i);
    } else {
      kind = "punct";
      end = i + 1;
    }
    const candidate = kind === "number" || (kind === "punct" ? isSign(c) : startsNumber(text, i, end));
    if (candidate) {
      const m = numberAt(text, i);
      const previous: Token | null = prevKind === null ? null : { kind: prevKind, start: prevStart, end: prevEnd };
      const span = m === null ? null : view.spanToOriginal({ start: m.start, end: m.end });
      // Two numbers from one original character (NFKC expansions) never both stand.
      const last = mentions[mentions.length - 1];
      if (m !== null && span !== null && (last === undefined || span.start >= last.span.end) && accept(text, m, previous)) {
        mentions.push({ text: original.slice(span.start, span.end), span, value: m.value, kind: m.kind, exact: m.exact });
        prevKind = "word";
        prevStart = m.start;
        prevEnd = m.end;
        i = m.end;
        continue;
      }
    }
    prevKind = kind;
    prevStart = i;
    prevEnd = end;
    i = end;
  }
  return mentions;
}

function isSign(c: number): boolean {
  return c === 0x2d || c === 0x2212 || c === 0x25 || c === 0x066a;
}

/**
 * Finds every number in running Arabic text: digits in any digit set, number
 * words, digits with magnitude words, fractions, percentages, ordinals and
 * negatives. Mentions are in text order and never overlap; each one's `text` is
 * `input.slice(span.start, span.end)`. Proclitics, counted nouns and approximators
 * (نحو، قرابة) stay outside a span; magnitude and percent words are inside. Vague
 * quantities (آلاف alone, عشرات، بضعة) are not numbers.
 *
 * @param text - Any string.
 * @returns The mentions, possibly none.
 * @throws TypeError when `text` is not a string.
 * @example
 * ```ts
 * extractNumbers("قتل 12 شخصا وأصيب ثلاثون آخرون، وبلغت الخسائر ١٫٥ مليار دولار");
 * // [ { text: "12", value: 12, kind: "cardinal", … },
 * //   { text: "ثلاثون", value: 30, kind: "cardinal", … },
 * //   { text: "١٫٥ مليار", value: 1500000000, kind: "cardinal", … } ]
 * ```
 */
export function extractNumbers(text: string): NumberMention[] {
  assertString("extractNumbers", text);
  return extractFromView(viewOf(text, MATCH_OPTIONS), text);
}
