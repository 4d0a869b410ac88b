/**
 * Attribution verbs in a paragraph's tokens: "وقال", "مضيفاً", "جاء في", and the forms
 * that stand after a quotation ("…"، وفق الكرملين).
 *
 * @module
 */

import { type PhraseTable, type SpeechForm, lexicon, shape } from "./lexicon.js";
import { PUNCT, type Tokens, WORD } from "./tokens.js";

/** A word without its conjunction و or ف: "وقال" → "قال". */
export function strip(w: string): string {
  const c = w.charCodeAt(0);
  return w.length > 2 && (c === 0x0648 || c === 0x0641) ? w.slice(1) : w;
}

function lookup<V>(t: PhraseTable<V>, T: Tokens, i: number, first: string): { value: V; end: number } | null {
  let key = first;
  let best: { value: V; end: number } | null = null;
  const limit = t.starts.has(first) ? t.maxTokens : 1;
  for (let k = 0; k < limit && i + k < T.n; k++) {
    if (k > 0) key = `${key} ${T.w(i + k)}`;
    const value = t.map.get(key);
    if (value !== undefined) best = { value, end: i + k + 1 };
  }
  return best;
}

/** A speech verb found at a token. */
export interface SpeechMatch {
  readonly form: SpeechForm;
  /** The token after the verb. */
  readonly end: number;
  /** A conjunction و or ف is glued to the verb. */
  readonly conjunction: boolean;
}

/**
 * The speech verb at token i, or null. A verb-shaped word after "عدم", "دون", "بعد" … is
 * a verbal noun: "طلب عدم كشف اسمه" holds no verb.
 *
 * @example
 * ```ts
 * const page = "عنوان الخبر هنا\nوأضاف المدير أن \"الخطة جاهزة\"، وطلب عدم كشف \"التفاصيل\".";
 * segmentArticle(page).articles[0]?.quotes.map((q) => q.verb); // ["أضاف"]
 * ```
 */
export function matchSpeech(T: Tokens, i: number): SpeechMatch | null {
  if (T.kind[i] !== WORD) return null;
  // Most words are no verb: a look at their length and first letters saves slicing them.
  const lex = lexicon();
  const shapes = lex.speechShapes;
  const f = T.f;
  const s = T.start[i] as number;
  const c0 = f.charCodeAt(s);
  const e = T.end[i] as number;
  const n = e - s;
  const z = f.charCodeAt(e - 1);
  const conj = c0 === 0x0648 || c0 === 0x0641;
  if (shapes[shape(n, c0, z)] === 0 && !(conj && shapes[shape(n - 1, f.charCodeAt(s + 1), z)] === 1)) return null;
  const w = T.w(i);
  const plain = lookup(lex.speech, T, i, w);
  const bare = plain === null && strip(w) !== w ? lookup(lex.speech, T, i, strip(w)) : null;
  const hit = plain ?? bare;
  if (hit === null) return null;
  if (plain !== null && i > 0 && T.kind[i - 1] === WORD && lex.verbalNounOpeners.has(T.w(i - 1))) return null;
  // "تحفظ على ذكر اسمه": a name kept back is the object of a verbal noun.
  if (T.isWord(hit.end) && lex.withheld.has(T.w(hit.end))) return null;
  // "البرتغالي روي فيليب سانتوس": after a nationality adjective, a verb that is also a given name is the name.
  if (plain !== null && i > 0 && T.kind[i - 1] === WORD && lex.nameLikeVerbs.has(w)) {
    const before = T.w(i - 1);
    if (before.startsWith("ال") && before.endsWith("ي") && before.length >= 5) return null;
  }
  // "وهو طالب جامعي": after a pronoun, only an imperfect ("وهو يقول") is a verb.
  if (i > 0 && T.kind[i - 1] === WORD && lex.subjectPronouns.has(T.w(i - 1))) {
    const c = strip(w).charCodeAt(0);
    if (c !== 0x064a && c !== 0x062a) return null;
  }
  // "بين الطرفين", "يذكر أن": a verb that is also another word needs the reported clause
  // within a few words, and "يذكر" a subject before it.
  // At the opening of a sentence with its و ("وبين وزير الطاقة المهندس … في تصريح … أن")
  // it is the verb before a longer subject and setting: up to 16 words.
  const stem = strip(w);
  const opening = plain === null && (i === 0 || T.kind[i - 1] === PUNCT);
  if (lex.clauseSpeech.has(stem) && clauseAhead(T, hit.end, opening ? 16 : 6) < 0) return null;
  if (lex.impersonalSpeech.has(stem) && clauseAhead(T, hit.end) <= 0) return null;
  return { form: hit.value, end: hit.end, conjunction: plain === null };
}

// How many words stand before "أن"/"إن" within `most` words (six by default) and no
// punctuation, or −1.
function clauseAhead(T: Tokens, from: number, most = 6): number {
  const openers = lexicon().clauseOpeners;
  for (let k = from; k < T.n && k - from <= most; k++) {
    if (T.kind[k] !== WORD) return -1;
    if (openers.has(strip(T.w(k)))) return k - from;
  }
  return -1;
}

/**
 * The token after an attribution form that follows a quotation ("وفق", "بحسب", "قال")
 * at token i, or i when there is none.
 *
 * @example
 * ```ts
 * const page = "عنوان الخبر هنا\n\"الاجتماع كان مثمرا\"، وفق الكرملين.";
 * segmentArticle(page).articles[0]?.quotes[0]?.speaker; // "الكرملين"
 * ```
 */
export function matchAfter(T: Tokens, i: number): number {
  if (i >= T.n || T.kind[i] !== WORD) return i;
  const after = lexicon().after;
  const w = T.w(i);
  const hit = lookup(after, T, i, w) ?? (strip(w) !== w ? lookup(after, T, i, strip(w)) : null);
  return hit === null ? i : hit.end;
}
