/**
 * Quotations with their speakers.
 *
 * A quotation is text between quotation marks that an attribution verb in the same
 * sentence gives to somebody: before it ("وقال الكرملين في بيان، إنه "…""), or after it
 * ("…"، وفق الكرملين). Quoted names and titles are left out: the word before the mark
 * names something (بعنوان «…», في إطار "صيغة أستانا", بـ"الجيش الحر"). The speaker is
 * the words after the verb up to a particle, a preposition or punctuation, cut to the
 * name they hold (`names.ts`); a verb with no words after it (وأضاف أن، مضيفاً) takes the
 * speaker of its sentence, or the one named last. An unclosed quotation runs to the end
 * of its paragraph, or to a closing mark at the start of the next.
 *
 * Runs in one walk over the tokens of each paragraph, held in parallel arrays (no object
 * per token), looking back a bounded window.
 *
 * @module
 */

import { WORD_BIT, charClasses, isComma, wordRunEnd } from "../core/chars.js";
import type { Span } from "../core/span.js";
import type { Quote } from "./types.js";
import { type Gender, type SpeechForm, lexicon } from "./lexicon.js";
import { trimFiller } from "./lines.js";
import { Names, definite } from "./names.js";
import { type Offsets, type PhraseScan, scanPhrases } from "./scan.js";
import { matchAfter, matchSpeech, strip } from "./speech.js";
import { NUMBER, PUNCT, Tokens, WORD } from "./tokens.js";

/** A paragraph as a folded span. */
export interface FoldedSpan {
  readonly fs: number;
  readonly fe: number;
}

/** How far back, in tokens, an attribution verb may stand before its quotation. */
const LOOKBACK = 40;

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
  /**
   * The verb stands inside what an earlier verb of its sentence reports ("وتابع أن
   * التجارب الدولية تشير إلى …"): a quotation after it is the earlier speaker's.
   */
  readonly embedded: boolean;
}

// The marks that close a quotation opened by each mark.
const QUOTE = 0x22;
const GUILLEMET_OPEN = 0xab;
const GUILLEMET_CLOSE = 0xbb;
const LEFT_DOUBLE = 0x201c;
const RIGHT_DOUBLE = 0x201d;
const LOW_DOUBLE = 0x201e;

function closersOf(c: number): readonly number[] | null {
  switch (c) {
    case QUOTE:
      return [QUOTE];
    case GUILLEMET_OPEN:
      return [GUILLEMET_CLOSE];
    case GUILLEMET_CLOSE:
      return [GUILLEMET_OPEN];
    case LEFT_DOUBLE:
    case RIGHT_DOUBLE:
      return [RIGHT_DOUBLE, LEFT_DOUBLE];
    case LOW_DOUBLE:
      return [LEFT_DOUBLE, RIGHT_DOUBLE];
    default:
      return null;
  }
}

const isSentenceMark = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x061f || c === 0x3f;

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
  scan: Pick<PhraseScan, "marks" | "verbs"> = scanPhrases(f),
): Quote[] {
  const quotes: Quote[] = [];
  const { marks, verbs } = scan;
  // No quotation after the last paragraph with a quotation mark: the walk stops there
  // (an article without a mark costs nothing).
  let end = -1;
  for (let pi = paragraphs.length - 1; pi >= 0 && end < 0; pi--) if (holds(marks, paragraphs[pi] as FoldedSpan)) end = pi;
  if (end < 0) return quotes;
  const names = new Names(original, toOriginal);
  let last: Span | null = null;
  // The grammatical gender of the verb that made `last` speak, and the last speaker of each
  // gender: a bare "وقالت" after a man was quoted is the woman quoted before him.
  let lastGender: Gender = 0;
  const byGender: (Span | null)[] = [null, null, null];
  // A person brought in with an age after the last speaker ("وقفت السيدة نهاد سكاف (81
  // عاماً) تمسح دموعها. "…"، قالت"): a bare verb after that is theirs.
  let introduced: Span | null = null;
  let skipUntil = -1;
  const T = new Tokens(f);
  const next = new Tokens(f);
  // A quotation left open at the end of a paragraph: the next paragraph may go on with it,
  // opening with a quotation mark of its own («… / «…»).
  let carried = null as Attribution | null;
  for (let pi = 0; pi <= end; pi++) {
    const p = paragraphs[pi] as FoldedSpan;
    const carry = carried as Attribution | null;
    carried = null;
    // A paragraph with no quotation mark and no speech verb changes nothing: no quotation,
    // no speaker named. It is not read, except the lead, which names the people the
    // article quotes later by their title or family name alone.
    if (!holds(marks, p) && !speechIn(f, verbs, p)) {
      if (pi === 0) {
        T.fill(p.fs, p.fe);
        names.paragraph(T);
        names.learn();
      }
      continue;
    }
    T.fill(p.fs, p.fe);
    // The next paragraph is read only when a quotation left open here may close there.
    let nextRead = false;
    const following = (): Tokens => {
      if (!nextRead) {
        const q = paragraphs[pi + 1];
        if (q !== undefined && holds(marks, q)) next.fill(q.fs, q.fe);
        else next.clear();
        nextRead = true;
      }
      return next;
    };
    const events: Event[] = [];
    let sentence = 0;
    names.paragraph(T);
    names.learn();
    // The words shaped like speech verbs, in order: only they are looked up.
    let v = verbs.firstAtOrAfter(p.fs);
    for (let i = 0; i < T.n; i++) {
      const at = T.start[i] as number;
      if (at < skipUntil) continue;
      while (v < verbs.length && verbs.get(v) < at) v++;
      const verb = verbs.get(v) === at ? matchSpeech(T, i) : null;
      if (verb !== null) {
        // A verb with a conjunction opens a clause of its own: its subject is never before it.
        const w = T.w(i);
        // "ألقى … كلمة قال فيها": the verb describes the speech named before it; the speaker
        // is the sentence's subject.
        const resumptive = T.isWord(verb.end) && lexicon().resumptive.has(T.w(verb.end));
        const gender = lexicon().speechGenders.get(verb.conjunction ? strip(w) : w) ?? 0;
        const before = !resumptive && (w.charCodeAt(0) !== 0x0648 || strip(w) === w) ? names.before(i) : null;
        let own = verb.form === "verb" && !resumptive ? names.after(verb.end) : null;
        // "وزاد المتحدث ذاته": the same speaker as before, the one named last ("ديوان المحاسبة
        // نفسه أشار", before the verb, is the body itself).
        if (own !== null && sameAsBefore(f, own.end)) own = null;
        else if (verb.form === "verb" && own === null) own = names.relayed(i) ?? before;
        let span = own === null ? null : toOriginal(own);
        if (span === null) {
          // A verb without a subject: the speaker of this sentence so far, or its subject
          // ("وتبنت المستشارة … ميركل نفس الرأي وقالت …"), or the one named last.
          const prev = events[events.length - 1];
          if (prev !== undefined && prev.at >= sentence) span = prev.speaker;
          else {
            const subject = names.antecedent(sentence, i) ?? names.subject(sentence, i);
            // ("وقال معاليه" under a lead that named the minister and quoted nobody.)
            span = subject === null ? (introduced ?? last ?? names.lastNamed) : toOriginal(subject);
            const other = byGender[gender] ?? null;
            if (subject === null && introduced === null && gender !== 0 && lastGender !== 0 && lastGender !== gender && other !== null) span = other;
          }
        }
        const prev = events[events.length - 1];
        const embedded = prev !== undefined && prev.at >= sentence && !verb.conjunction && reported(T, prev.end, i);
        events.push({ at: i, end: verb.end, form: verb.form, speaker: span, conjunction: verb.conjunction, embedded });
        if (span !== null && !embedded) {
          last = span;
          introduced = null;
          lastGender = gender;
          if (gender !== 0) byGender[gender] = span;
          names.spoken = true;
        }
        i = verb.end - 1;
        continue;
      }
      if (T.kind[i] !== PUNCT) continue;
      const c = T.c(i);
      if (c === 0x28 && ageAt(T, i)) {
        const who = names.aged(i);
        if (who !== null) introduced = toOriginal(who);
      }
      if (endsSentence(T, i)) sentence = i + 1;
      const closers = closersOf(c);
      if (closers === null || !openerShaped(f, T.start[i] as number, p.fs)) continue;
      // Find the closing mark: in this paragraph, else at the start of the next one.
      let close = -1;
      let depth = 0;
      for (let k = i + 1; k < T.n; k++) {
        if (T.kind[k] !== PUNCT) continue;
        const m = T.c(k);
        if (c === GUILLEMET_OPEN && m === GUILLEMET_OPEN) depth++;
        else if (closers.includes(m)) {
          if (depth === 0) {
            close = k;
            break;
          }
          depth--;
        }
      }
      let endAt: number;
      let resumeAt: number;
      let crossed = false;
      if (close >= 0) {
        endAt = T.start[close] as number;
        resumeAt = close + 1;
      } else {
        const after = following();
        const cross = crossing(after, c, closers);
        if (cross >= 0) {
          endAt = after.start[cross] as number;
          skipUntil = after.end[cross] as number;
          crossed = true;
        } else endAt = p.fe;
        resumeAt = T.n;
      }
      const words = T.countWords(i + 1, close >= 0 ? close : T.n) + (crossed ? 1 : 0);
      let attribution: Attribution | null =
        words === 0 || namesSomething(T, i) || namesTheNoun(T, i, close, words) || namesOutlet(T, i, close, words) || namesWorkplace(T, i, close, words)
          ? null
          : attribute(T, i, events, words, close, introduced ?? last, sentence);
      if (attribution === null && carry !== null && i === 0 && words > 0) attribution = { speaker: carry.speaker, verb: carry.verb, fresh: null };
      if (attribution !== null && close < 0 && !crossed) carried = attribution;
      if (attribution !== null) {
        if (attribution.fresh !== null) {
          // (A speaker named here, with no verb that shows a gender, is the one quoted last.)
          last = attribution.fresh;
          lastGender = 0;
          introduced = null;
          names.spoken = true;
        }
        const raw = toOriginal({ start: T.end[i] as number, end: endAt });
        const [qs, qe] = trimFiller(original, raw.start, raw.end);
        if (qe > qs) {
          quotes.push({
            text: original.slice(qs, qe),
            span: { start: qs, end: qe },
            speaker: attribution.speaker === null ? null : original.slice(attribution.speaker.start, attribution.speaker.end),
            verb: attribution.verb === null ? null : original.slice(attribution.verb.start, attribution.verb.end),
          });
        }
      }
      i = resumeAt - 1;
    }
  }
  return quotes;

  function attribute(
    T: Tokens,
    open: number,
    evs: Event[],
    words: number,
    closeIndex: number,
    named: Span | null,
    sentence: number,
  ): Attribution | null {
    // A verb before, in the same sentence. A short quotation far from its verb is a
    // name ("… مشروع "إيبون"") unless it is the reported clause itself ("بأنه "مكلف"").
    for (let e = evs.length - 1; e >= 0; e--) {
      const ev = evs[e] as Event;
      if (open - ev.end > LOOKBACK || sentenceEndBetween(T, ev.end, open)) break;
      if (ev.embedded) continue;
      if (words <= 2 && open - ev.end > 4 && !(clauseBetween(T, ev.end, open) && (words === 2 || afterOpener(T, open) || predicate(T, open, closeIndex)))) break;
      const first = (T.start[ev.at] as number) + (ev.conjunction ? 1 : 0);
      const verb = toOriginal({ start: first, end: T.end[ev.end - 1] as number });
      return { speaker: ev.speaker, verb, fresh: null };
    }
    // "…", وفق الكرملين / قال المتحدث.
    if (closeIndex >= 0) {
      let k = closeIndex + 1;
      while (k < T.n && (T.c(k) === 0x060c || T.c(k) === 0x2c)) k++;
      const after = matchAfter(T, k);
      if (after > k) {
        // The attribution runs to the next punctuation ("…"، قال مدير المؤسسة في عدن فضل
        // الربيزي.): a name may close it.
        let end = after;
        while (end < T.n && (T.kind[end] !== PUNCT || T.abbreviation(end))) end++;
        let own = names.after(after, end);
        if (own !== null && sameAsBefore(f, own.end)) own = null;
        const verb = toOriginal({ start: T.start[k] as number, end: T.end[after - 1] as number });
        const speaker = own === null ? named : toOriginal(own);
        return { speaker, verb, fresh: own === null ? null : speaker };
      }
    }
    // "الدكتورة منال صالح: «…»"
    if (open >= 2 && T.c(open - 1) === 0x3a && words > 2) {
      const who = names.before(open - 1);
      if (who !== null) {
        const speaker = toOriginal(who);
        return { speaker, verb: null, fresh: speaker };
      }
    }
    // "وبحسب الوزير، فإن "…"": the attribution opens the sentence, its source before a comma.
    const from = matchAfter(T, sentence);
    if (from > sentence && from < open && words > 2) {
      // The source runs to the comma, past a parenthesis ("وبحسب مصدر قضائي تحدث لـ(واع)
      // مفضلا عدم الكشف عن اسمه، فإن").
      let k = from;
      while (k < open && k - from <= 14 && (T.kind[k] === WORD || !(isComma(T.c(k)) || isSentenceMark(T.c(k)) || closersOf(T.c(k)) !== null))) k++;
      if (k > from && k < open && isComma(T.c(k))) {
        const who = names.after(from, k);
        if (who !== null && !sameAsBefore(f, who.end)) {
          const speaker = toOriginal(who);
          return { speaker, verb: null, fresh: speaker };
        }
        // "وبحسب المسؤول ذاته، فإن": the one quoted last.
        if (named !== null && (who !== null || names.pointedBack)) return { speaker: named, verb: null, fresh: null };
      }
    }
    return null;
  }
}

// Whether a word of the paragraph that has the shape of a speech verb is the first word of
// one (with or without its conjunction): the words' positions are ascending.
function speechIn(f: string, verbs: Offsets, p: FoldedSpan): boolean {
  const firsts = lexicon().speechFirsts;
  for (let k = verbs.firstAtOrAfter(p.fs); k < verbs.length && verbs.get(k) < p.fe; k++) {
    const s = verbs.get(k);
    const w = f.slice(s, wordRunEnd(f, s + 1, p.fe));
    if (firsts.has(w) || firsts.has(strip(w))) return true;
  }
  return false;
}

// Whether one of the ascending positions falls in the paragraph: a binary search.
function holds(positions: Offsets, p: FoldedSpan): boolean {
  const k = positions.firstAtOrAfter(p.fs);
  return k < positions.length && positions.get(k) < p.fe;
}

// A mark with white space after it opens nothing unless a colon or comma stands before it:
// in "… يعنيني " وقال" the mark is a stray closer.
function openerShaped(f: string, at: number, from: number): boolean {
  const next = at + 1 < f.length ? f.charCodeAt(at + 1) : -1;
  if (!(next === 0x20 || next === 0x0a || next === -1)) return true;
  let k = at - 1;
  while (k >= from && f.charCodeAt(k) === 0x20) k--;
  const prev = k < from ? -1 : f.charCodeAt(k);
  return prev === -1 || prev === 0x3a || prev === 0x060c || prev === 0x2c;
}

// The closing mark at the start of the next paragraph: the first mark of the family
// there closes (an odd number of straight quotes, or » before any «).
function crossing(next: Tokens, open: number, closers: readonly number[]): number {
  let first = -1;
  let count = 0;
  for (let k = 0; k < next.n; k++) {
    if (next.kind[k] !== PUNCT) continue;
    const m = next.c(k);
    if (m === open || closers.includes(m)) {
      if (first < 0) first = k;
      count++;
    }
  }
  if (first < 0) return -1;
  if (open === QUOTE) return count % 2 === 1 ? first : -1;
  const m = next.c(first);
  return closers.includes(m) && m !== open ? first : -1;
}

// A clause opener (أن، إن) a few words before the verb at \`verb\`, with no punctuation
// between them and nothing before it but words since the earlier verb ended at \`from\`.
function reported(T: Tokens, from: number, verb: number): boolean {
  const openers = lexicon().clauseOpeners;
  for (let k = verb - 1; k >= from && verb - k <= 6; k--) {
    if (T.kind[k] === PUNCT) return false;
    if (openers.has(T.w(k))) return true;
  }
  return false;
}

// A clause opener (إن، أن، بأنه) between the verb and a short quotation: the quotation is
// part of the reported clause ("إن الحكومة ستحيل المشروع "خلال أسابيع"").
function clauseBetween(T: Tokens, from: number, open: number): boolean {
  const openers = lexicon().clauseOpeners;
  for (let k = from; k < open; k++) if (T.kind[k] === WORD && openers.has(T.w(k))) return true;
  return false;
}

// "العاصفة "دانيال" ستضرب …", "الشركة "أرامكو" تبدأ …": one quoted word right after a noun
// with the article, with the sentence going on after it (not with و: "الوضع "خطير" وإن …" is
// the clause's predicate), names that noun.
function namesTheNoun(T: Tokens, open: number, close: number, words: number): boolean {
  if (words !== 1 || close < 0 || close + 1 >= T.n || T.kind[close + 1] !== WORD) return false;
  const c = T.c(close + 1);
  if (c === 0x0648 || c === 0x0641) return false;
  return T.kind[open - 1] === WORD && definite(T.w(open - 1)) && !lexicon().clauseOpeners.has(T.w(open - 1));
}

// "رئيس قسم البحوث في "بلتون القابضة"، كريم …": a short quoted name after في or لدى and
// before the comma of a name in apposition is where the speaker works, not his words.
function namesWorkplace(T: Tokens, open: number, close: number, words: number): boolean {
  if (words > 4 || close < 0 || close + 2 >= T.n || T.kind[open - 1] !== WORD) return false;
  const before = T.w(open - 1);
  return (before === "في" || before === "لدي") && T.kind[close + 1] === PUNCT && isComma(T.c(close + 1)) && T.kind[close + 2] === WORD;
}

// A one-word quotation is the reported clause only right after its opener ("بأنه "مكلف""):
// after a noun it names something ("فيروس "رامنيت"").
function afterOpener(T: Tokens, open: number): boolean {
  return T.kind[open - 1] === WORD && lexicon().clauseOpeners.has(T.w(open - 1));
}

// "إن الخطة "طموحة"،": one quoted word after the clause's subject (a noun with the article),
// ending the clause, is its predicate; "الشركة "أرامكو" ستبدأ" names the subject.
function predicate(T: Tokens, open: number, close: number): boolean {
  if (close < 0 || T.kind[open - 1] !== WORD || !definite(T.w(open - 1))) return false;
  return close + 1 >= T.n || T.kind[close + 1] === PUNCT;
}

function sentenceEndBetween(T: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (T.kind[k] === PUNCT && endsSentence(T, k)) return true;
  return false;
}

// The punctuation token k ends a sentence: not the dot of an abbreviation ("د.") nor one
// between two letters ("للعربية.نت").
function endsSentence(T: Tokens, k: number): boolean {
  if (!isSentenceMark(T.c(k)) || T.abbreviation(k)) return false;
  return !(T.c(k) === 0x2e && T.isWord(k - 1) && T.isWord(k + 1) && T.end[k - 1] === T.start[k] && T.start[k + 1] === T.end[k]);
}

// The quoted text names something: بعنوان «…», بـ"…", في إطار "…".
function namesSomething(T: Tokens, open: number): boolean {
  const b = open - 1;
  if (b < 0 || T.kind[b] === PUNCT) return false;
  const before = T.w(b);
  if (T.end[b] === T.start[open] && (before === "ب" || before === "ل" || before === "لل" || before === "و")) return true;
  const lex = lexicon();
  const naming = lex.naming;
  if (naming.map.has(before) || naming.map.has(strip(before))) return true;
  // "لشركة "أكوا"", "مصرف "الراجحي"": the noun of a body or an outlet, with or without its
  // preposition, before the body's name.
  const c = before.charCodeAt(0);
  const bare = (c === 0x0644 || c === 0x0628) && before.length > 3 ? before.slice(1) : before;
  if (lex.placeNouns.has(bare) || lex.outletHeads.has(bare) || lex.placeNouns.has(before) || lex.outletHeads.has(before)) return true;
  return b >= 1 && naming.map.has(`${T.w(b - 1)} ${before}`);
}

// «الراية», "سكاي نيوز عربية": a quoted outlet's or agency's name is never somebody's words.
function namesOutlet(T: Tokens, open: number, close: number, words: number): boolean {
  if (close < 0 || words > 4) return false;
  let key = "";
  for (let k = open + 1; k < close; k++) {
    if (T.kind[k] !== WORD) return false;
    key = key === "" ? T.w(k) : `${key} ${T.w(k)}`;
  }
  const lex = lexicon();
  return lex.outlets.map.has(key) || lex.agencies.map.has(key);
}

// "(81 عاماً)", "(24 سنة)": an age in parentheses at token i.
function ageAt(T: Tokens, i: number): boolean {
  return T.kind[i + 1] === NUMBER && T.isWord(i + 2) && lexicon().ageWords.has(T.w(i + 2)) && T.kind[i + 3] === PUNCT && T.c(i + 3) === 0x29;
}

// "ذاته", "نفسه" right after a speaker: the one already named ("المتحدث ذاته").
function sameAsBefore(f: string, end: number): boolean {
  let i = end;
  while (f.charCodeAt(i) === 0x20) i++;
  const w = f.slice(i, i + 5);
  return (w.startsWith("ذاته") || w.startsWith("نفسه")) && ((charClasses()[f.charCodeAt(i + 4)] ?? 0) & WORD_BIT) === 0;
}
