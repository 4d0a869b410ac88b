/**
 * Quotations with their speakers.
 *
 * A quotation is text between quotation marks that an attribution verb in the same
 * sentence gives to somebody: before it ("وقال الكرملين في بيان، إنه "…""), or after it
 * ("…"، وفق الكرملين). Quoted names and titles are left out: the word before the mark
 * names something (بعنوان «…», في إطار "صيغة أستانا", بـ"الجيش الحر"). The speaker is
 * the words after the verb up to a particle, a preposition or punctuation; a verb with no
 * words after it (وأضاف أن، مضيفاً) takes the speaker named last. An unclosed quotation
 * runs to the end of its paragraph, or to a closing mark at the start of the next.
 *
 * Runs in one walk over the tokens of each paragraph, looking back a bounded window.
 *
 * @module
 */

import { unitAt } from "../core/chars.js";
import type { Span } from "../core/span.js";
import { type Token, nextToken } from "../core/tokens.js";
import { type PhraseTable, type SpeechForm, lexicon } from "./lexicon.js";
import { trimFiller } from "./lines.js";
import type { Quote } from "./types.js";

/** A paragraph as a folded span. */
export interface FoldedSpan {
  readonly fs: number;
  readonly fe: number;
}

/** How far back, in tokens, an attribution verb may stand before its quotation. */
const LOOKBACK = 40;
const MAX_SPEAKER_WORDS = 12;

interface Tok extends Token {
  /** The folded text the token stands in. */
  src: string;
  /** Its folded text, sliced on first use (most tokens are never looked at). */
  w?: string;
}

/** The folded text of a token. */
function wd(t: Tok): string {
  if (t.w === undefined) t.w = t.src.slice(t.start, t.end);
  return t.w;
}

interface Attribution {
  readonly speaker: Span | null;
  readonly verb: Span | null;
  /** A speaker named by this attribution, who becomes the last one named. */
  readonly fresh: Span | null;
}

interface Event {
  /** Token index of the verb's first token and one past its last. */
  readonly at: number;
  readonly end: number;
  readonly form: SpeechForm;
  /** The verb's first token carries a conjunction و or ف, left out of the verb. */
  readonly conjunction: boolean;
  /** The speaker this verb gives: its own subject, or the one named before. */
  readonly speaker: Span | null;
}

const OPEN_TO_CLOSE: Readonly<Record<string, string>> = {
  '"': '"',
  "«": "»",
  "»": "«",
  "“": "”“",
  "”": "”“",
  "„": "“”",
};

/**
 * The attributed quotations of an article's paragraphs, in order.
 *
 * @example
 * ```ts
 * // For the paragraph 'وقال الكرملين في بيان، إنه "أجرى بوتين محادثة".'
 * // → [{ text: "أجرى بوتين محادثة", speaker: "الكرملين", verb: "وقال", … }]
 * ```
 */
export function findQuotes(
  original: string,
  f: string,
  paragraphs: readonly FoldedSpan[],
  toOriginal: (span: Span) => Span,
): Quote[] {
  const quotes: Quote[] = [];
  let last: Span | null = null;
  let lastKey = ""; // the folded last word of the speaker named last
  let skipUntil = -1;
  const tokenize = (p: FoldedSpan): Tok[] => {
    const out: Tok[] = [];
    for (let t = nextToken(f, p.fs); t !== null && t.start < p.fe; t = nextToken(f, t.end)) {
      (t as Tok).src = f;
      out.push(t as Tok);
    }
    return out;
  };
  let next = paragraphs.length > 0 ? tokenize(paragraphs[0] as FoldedSpan) : [];
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const toks = next;
    next = pi + 1 < paragraphs.length ? tokenize(paragraphs[pi + 1] as FoldedSpan) : [];
    const p = paragraphs[pi] as FoldedSpan;
    const events: Event[] = [];
    let sentence = 0;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Tok;
      if (t.start < skipUntil) continue;
      const verb = matchSpeech(toks, i);
      if (verb !== null) {
        // A verb with a conjunction opens a clause of its own: its subject is never before it.
        const before = !wd(t).startsWith("و") || strip(wd(t)) === wd(t) ? speakerBefore(toks, i) : null;
        const own = verb.form === "verb" ? (speakerAfter(toks, verb.end) ?? before) : null;
        let span = own === null ? null : toOriginal(own);
        if (own !== null) lastKey = lastWordOf(toks, own.end);
        if (span === null) {
          // A verb without a subject: the speaker of this sentence so far, or its subject
          // ("وتبنت المستشارة … ميركل نفس الرأي وقالت …"), or the one named last.
          const prev = events[events.length - 1];
          if (prev !== undefined && prev.at >= sentence) span = prev.speaker;
          else {
            const subject = sentenceSubject(toks, sentence, i, lastKey);
            span = subject === null ? last : toOriginal(subject);
          }
        }
        events.push({ at: i, end: verb.end, form: verb.form, speaker: span, conjunction: verb.conjunction });
        if (span !== null) last = span;
        i = verb.end - 1;
        continue;
      }
      if (t.kind !== "punct") continue;
      if (wd(t) === "." || wd(t) === "!" || wd(t) === "؟" || wd(t) === "?") sentence = i + 1;
      const closers = OPEN_TO_CLOSE[wd(t)];
      if (closers === undefined || !openerShaped(f, t.start, p.fs)) continue;
      // Find the closing mark: in this paragraph, else at the start of the next one.
      let close = -1;
      let depth = 0;
      for (let k = i + 1; k < toks.length; k++) {
        const w = wd(toks[k] as Tok);
        if (wd(t) === "«" && w === "«") depth++;
        else if (closers.includes(w)) {
          if (depth === 0) {
            close = k;
            break;
          }
          depth--;
        }
      }
      let endAt: number;
      let resumeAt: number;
      let closeTok: Tok | undefined;
      if (close >= 0) {
        closeTok = toks[close] as Tok;
        endAt = closeTok.start;
        resumeAt = close + 1;
      } else {
        const cross = crossing(next, wd(t), closers);
        if (cross >= 0) {
          closeTok = next[cross] as Tok;
          endAt = closeTok.start;
          skipUntil = closeTok.end;
        } else endAt = p.fe;
        resumeAt = toks.length;
      }
      const words = countWords(toks, i + 1, close >= 0 ? close : toks.length) + (close < 0 && closeTok ? 1 : 0);
      const attribution: Attribution | null = words === 0 || names(toks, i) ? null : attribute(toks, i, events, words, close, closeTok, last);
      if (attribution !== null) {
        if (attribution.fresh !== null) last = attribution.fresh;
        const raw = toOriginal({ start: t.end, end: endAt });
        const [qs, qe] = trimFiller(original, raw.start, raw.end);
        const span = { start: qs, end: qe };
        if (span.end > span.start) {
          quotes.push({
            text: original.slice(span.start, span.end),
            span,
            speaker: attribution.speaker === null ? null : original.slice(attribution.speaker.start, attribution.speaker.end),
            verb: attribution.verb === null ? null : original.slice(attribution.verb.start, attribution.verb.end),
          });
        }
      }
      i = resumeAt - 1;
    }
    function attribute(
      ts: Tok[],
      open: number,
      evs: Event[],
      words: number,
      closeIndex: number,
      closeTok: Tok | undefined,
      named: Span | null,
    ): Attribution | null {
      // A verb before, in the same sentence.
      for (let e = evs.length - 1; e >= 0; e--) {
        const ev = evs[e] as Event;
        if (open - ev.end > LOOKBACK || sentenceEndBetween(ts, ev.end, open)) break;
        if (words <= 2 && open - ev.end > 4) break;
        const first = (ts[ev.at] as Tok).start + (ev.conjunction ? 1 : 0);
        const verb = toOriginal({ start: first, end: (ts[ev.end - 1] as Tok).end });
        return { speaker: ev.speaker, verb, fresh: null };
      }
      // "…", وفق الكرملين / قال المتحدث.
      if (closeIndex >= 0 && closeTok !== undefined) {
        let k = closeIndex + 1;
        while (k < ts.length && (wd(ts[k] as Tok) === "،" || wd(ts[k] as Tok) === ",")) k++;
        const after = matchAfter(ts, k);
        if (after > k) {
          const own = speakerAfter(ts, after);
          const verb = toOriginal({ start: (ts[k] as Tok).start, end: (ts[after - 1] as Tok).end });
          const speaker = own === null ? named : toOriginal(own);
          return { speaker, verb, fresh: own === null ? null : speaker };
        }
      }
      // "الدكتورة منال صالح: «…»"
      if (open >= 2 && wd(ts[open - 1] as Tok) === ":" && words > 2) {
        const who = speakerBefore(ts, open - 1);
        if (who !== null) {
          const speaker = toOriginal(who);
          return { speaker, verb: null, fresh: speaker };
        }
      }
      return null;
    }
  }
  return quotes;
}

// A mark with white space after it opens nothing unless a colon or comma stands before it:
// in "… يعنيني " وقال" the mark is a stray closer.
function openerShaped(f: string, at: number, from: number): boolean {
  const next = unitAt(f, at + 1);
  if (!(next === 0x20 || next === 0x0a || Number.isNaN(next))) return true;
  let k = at - 1;
  while (k >= from && unitAt(f, k) === 0x20) k--;
  const prev = k < from ? -1 : unitAt(f, k);
  return prev === -1 || prev === 0x3a || prev === 0x060c || prev === 0x2c;
}

function countWords(toks: Tok[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if ((toks[k] as Tok).kind !== "punct") n++;
  return n;
}

// The closing mark at the start of the next paragraph: the first mark of the family
// there closes (an odd number of straight quotes, or » before any «).
function crossing(next: Tok[], open: string, closers: string): number {
  let first = -1;
  let count = 0;
  for (let k = 0; k < next.length; k++) {
    const w = wd(next[k] as Tok);
    if (w === open || closers.includes(w)) {
      if (first < 0) first = k;
      count++;
    }
  }
  if (first < 0) return -1;
  if (open === '"') return count % 2 === 1 ? first : -1;
  return closers.includes(wd(next[first] as Tok)) && wd(next[first] as Tok) !== open ? first : -1;
}

function sentenceEndBetween(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = wd(toks[k] as Tok);
    if (w === "." || w === "!" || w === "؟" || w === "?") return true;
  }
  return false;
}

// The quoted text names something: بعنوان «…», بـ"…", في إطار "…".
function names(toks: Tok[], open: number): boolean {
  const before = toks[open - 1];
  if (before === undefined || before.kind === "punct") return false;
  if (before.end === toks[open]?.start && (wd(before) === "ب" || wd(before) === "ل" || wd(before) === "لل" || wd(before) === "و")) {
    return true;
  }
  const naming = lexicon().naming;
  if (naming.map.has(wd(before)) || naming.map.has(strip(wd(before)))) return true;
  const two = toks[open - 2];
  return two !== undefined && naming.map.has(`${wd(two)} ${wd(before)}`);
}

function strip(w: string): string {
  return w.length > 2 && (w.startsWith("و") || w.startsWith("ف")) ? w.slice(1) : w;
}

function lookup<T>(t: PhraseTable<T>, toks: Tok[], i: number, first: string): { value: T; end: number } | null {
  let key = first;
  let best: { value: T; end: number } | null = null;
  const limit = t.starts.has(first) ? t.maxTokens : 1;
  for (let k = 0; k < limit && i + k < toks.length; k++) {
    if (k > 0) key = `${key} ${wd(toks[i + k] as Tok)}`;
    const value = t.map.get(key);
    if (value !== undefined) best = { value, end: i + k + 1 };
  }
  return best;
}

function matchSpeech(toks: Tok[], i: number): { form: SpeechForm; end: number; conjunction: boolean } | null {
  const t = toks[i] as Tok;
  if (t.kind !== "word") return null;
  // Most words are no verb: a look at their length and first letters saves slicing them.
  const shapes = lexicon().speechShapes;
  const c0 = t.src.charCodeAt(t.start);
  const n = t.end - t.start;
  const conj = c0 === 0x0648 || c0 === 0x0641;
  if (!shapes.has(n * 0x10000 + c0) && !(conj && shapes.has((n - 1) * 0x10000 + t.src.charCodeAt(t.start + 1)))) {
    return null;
  }
  const speech = lexicon().speech;
  const plain = lookup(speech, toks, i, wd(t));
  if (plain !== null) return { form: plain.value, end: plain.end, conjunction: false };
  const bare = strip(wd(t)) !== wd(t) ? lookup(speech, toks, i, strip(wd(t))) : null;
  return bare === null ? null : { form: bare.value, end: bare.end, conjunction: true };
}

function matchAfter(toks: Tok[], i: number): number {
  const t = toks[i];
  if (t === undefined || t.kind !== "word") return i;
  const after = lexicon().after;
  const hit = lookup(after, toks, i, wd(t)) ?? (strip(wd(t)) !== wd(t) ? lookup(after, toks, i, strip(wd(t))) : null);
  return hit === null ? i : hit.end;
}

// The subject after a verb: words up to a particle, a preposition or punctuation, then
// cut to the name when a title comes with one.
function speakerAfter(toks: Tok[], from: number, limit = toks.length): Span | null {
  const stops = lexicon().speakerStops;
  let end = from;
  for (let k = from; k < limit && k - from < MAX_SPEAKER_WORDS; k++) {
    const t = toks[k] as Tok;
    if (t.kind === "punct") break;
    if (stops.has(wd(t)) && !(k > from && lexicon().joiners.has(wd(toks[k - 1] as Tok))) && wd(t) !== "باسم") break;
    if (matchSpeech(toks, k) !== null) break;
    end = k + 1;
  }
  if (end === from) return null;
  let [s, e] = nameOf(toks, from, end);
  const lex = lexicon();
  const title = lex.roles.has(wd(toks[from] as Tok)) || lex.honorifics.has(wd(toks[from] as Tok));
  if (s === from && e === end && title) {
    // "وقال المدير العام، محمد علي، إن"
    const apposition = appositive(toks, end);
    if (apposition !== null) return apposition;
    // "الباحثة في مركز الدراسات في جامعة مالطا ماريا كاميلليري «…»": the name closes the setting.
    let k = end;
    while (k < limit && k - end < 10 && (toks[k] as Tok).kind === "word" && !clauseStop(wd(toks[k] as Tok))) k++;
    const tail = trailingName(toks, end, k);
    if (tail !== null) [s, e] = tail;
  }
  return { start: (toks[s] as Tok).start, end: (toks[e - 1] as Tok).end };
}

// A word with the article, a conjunction or preposition before it included.
// "وقال المدير العام، محمد علي، إن": a short name between commas right after the phrase.
function appositive(toks: Tok[], at: number): Span | null {
  const comma = toks[at];
  if (comma === undefined || (wd(comma) !== "،" && wd(comma) !== ",")) return null;
  const stops = lexicon().speakerStops;
  let k = at + 1;
  while (k < toks.length && k - at <= 5 && (toks[k] as Tok).kind === "word" && !stops.has(wd(toks[k] as Tok))) k++;
  const close = toks[k];
  if (k - at < 3 || close === undefined || (wd(close) !== "،" && wd(close) !== ",")) return null;
  return { start: (toks[at + 1] as Tok).start, end: (toks[k - 1] as Tok).end };
}

const definite = (w: string): boolean => /^(?:[وفبلك]?ال|لل)/u.test(w);

// A name right before `k`: an optional family name with the article, one to three words
// without it, and an honorific before them ("الدكتور يوسف الخرافي").
function trailingName(toks: Tok[], from: number, k: number): [number, number] | null {
  const lex = lexicon();
  let e = k;
  while (e > from && lex.speakerStops.has(wd(toks[e - 1] as Tok))) e--; // "… خالد الشطي إلى"
  let s = e;
  if (s > from && definite(wd(toks[s - 1] as Tok)) && !lex.honorifics.has(wd(toks[s - 1] as Tok))) s--;
  const familyAt = s;
  const most = familyAt < e ? 1 : 2; // "يوسف الخرافي", "ماركو بيرنازكوني"
  while (s > from && familyAt - s < most + (s < familyAt && lex.joiners.has(wd(toks[s - 1] as Tok)) ? 1 : 0)) {
    const w = wd(toks[s - 1] as Tok);
    const before = toks[s - 2];
    const joined = before !== undefined && lex.joiners.has(wd(before));
    if ((definite(w) && !joined) || lex.speakerStops.has(w) || lex.roles.has(w)) break;
    s--;
  }
  if (s === familyAt) return null;
  if (s > from && lex.honorifics.has(wd(toks[s - 1] as Tok))) s--;
  return [s, e];
}

// Particles that open the reported clause: past them no name is looked for.
function clauseStop(w: string): boolean {
  return /^(?:[وف]?[اإأ]ن(?:ه|ها|هم)?|ب[اأ]ن|:|الي|علي|عبر)$/u.test(w);
}

/**
 * The name inside a speaker's phrase, with its honorific: "وزير النقل اليمني سالم باوزير"
 * → "سالم باوزير", "مدرب المنتخب صهيب العكلة" → "صهيب العكلة", "حميد فاضلي رئيس منظمة
 * الفضاء" → "حميد فاضلي", "الدكتورة هند الرشيدي" stays. A phrase with no name stays whole.
 */
function nameOf(toks: Tok[], from: number, end: number): [number, number] {
  const lex = lexicon();
  const w = (k: number): string => wd(toks[k] as Tok);
  // A name first, its role after it.
  if (!definite(w(from)) && !lex.roles.has(w(from)) && !lex.honorifics.has(w(from))) {
    for (let k = from + 1; k < end && k - from <= 4; k++) {
      if (lex.roles.has(w(k))) return [from, k];
      if (definite(w(k)) && !lex.joiners.has(w(k - 1)) && k + 1 < end && definite(w(k + 1))) break;
    }
  }
  // A title first: the name is the first run of words without the article after one with
  // it, ending with at most one word with the article (a family name: "صهيب العكلة").
  const titled = definite(w(from)) || lex.roles.has(w(from)) || lex.honorifics.has(w(from));
  for (let s = from + 1; titled && s < end; s++) {
    if (definite(w(s)) || !definite(w(s - 1)) || w(s) === "باسم" || lex.joiners.has(w(s - 1))) continue;
    if (lex.speakerStops.has(w(s)) || lex.roles.has(w(s))) continue;
    // "بوزارة الثقافة", "لحقوق الإنسان": a preposition and its noun, not a name.
    if (/^[بلك]/u.test(w(s)) && s + 1 < end && definite(w(s + 1))) continue;
    let e = s + 1;
    while (e < end && (!definite(w(e)) || lex.joiners.has(w(e - 1))) && !lex.roles.has(w(e)) && !lex.speakerStops.has(w(e))) {
      if (/^[بل]/u.test(w(e)) && e + 1 < end && definite(w(e + 1))) break; // "سليم عون بإقرار الخطة"
      e++;
    }
    if (e < end && definite(w(e)) && !lex.roles.has(w(e))) e++;
    if (e - s > 4) continue;
    return lex.honorifics.has(w(s - 1)) ? [s - 1, e] : [s, e];
  }
  return [from, end];
}

// "واستعرض لافي جوانب …": a subject that opens with the name said last is that name.
function sentenceSubject(toks: Tok[], from: number, limit: number, lastKey: string): Span | null {
  const start = from;
  const first = toks[start];
  if (first === undefined || start + 1 >= limit || first.kind !== "word") return null;
  if (!(wd(first).startsWith("و") || wd(first).startsWith("ف")) || wd(first).length < 4) return null;
  // "وللشاعر …", "وبعد …", "والرئيس …" open with a preposition or a noun, not a verb.
  if (/^[وف](?:ل|ب|ال|ك)/u.test(wd(first)) || lexicon().speakerStops.has(strip(wd(first)))) return null;
  const second = toks[start + 1] as Tok;
  if (wd(second) === lastKey) return { start: second.start, end: second.end };
  return speakerAfter(toks, start + 1, limit);
}

// The last word token that ends at `end` or before (a binary search: paragraphs can be long).
function lastWordOf(toks: Tok[], end: number): string {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((toks[mid] as Tok).end <= end) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) if ((toks[k] as Tok).kind === "word") return wd(toks[k] as Tok);
  return "";
}

// The subject before a verb ("غير أن مصدر أمني سوري قال إن"): words back to a boundary.
function speakerBefore(toks: Tok[], verbAt: number): Span | null {
  const stops = lexicon().speakerStops;
  let k = verbAt - 1;
  const last = k;
  while (k >= 0 && verbAt - k <= 8) {
    const t = toks[k] as Tok;
    if (t.kind === "punct" || stops.has(wd(t)) || stops.has(strip(wd(t)))) break;
    k--;
  }
  if (k === last || strip(wd(toks[k + 1] as Tok)) !== wd(toks[k + 1] as Tok)) return null;
  if (verbAt - k > 5 && wd(toks[k] as Tok) !== "اما") return null; // a long subject only after "أما"
  if (k >= 0 && (toks[k] as Tok).kind !== "punct" && !stops.has(wd(toks[k] as Tok)) && !stops.has(strip(wd(toks[k] as Tok)))) {
    return null; // no boundary within reach: not a subject
  }
  const [s, e] = nameOf(toks, k + 1, last + 1);
  return { start: (toks[s] as Tok).start, end: (toks[e - 1] as Tok).end };
}
