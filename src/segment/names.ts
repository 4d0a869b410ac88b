/**
 * Who speaks: the speaker's name in the words around an attribution verb.
 *
 * The subject after a verb runs to a particle, a preposition, punctuation or another
 * verb, and is then cut to the name it holds: "وزير النقل اليمني سالم باوزير" → "سالم
 * باوزير", "حميد فاضلي رئيس منظمة الفضاء" → "حميد فاضلي"; an honorific is a title too
 * ("الدكتورة هند الرشيدي", "د. ريم الغامدي" → "هند الرشيدي", "ريم الغامدي"; only a byline
 * keeps it). A phrase with no name stays whole ("البيان",
 * "جمعية المستهلك", "رئيس مجلس إدارة النادي"). What follows the subject is left out:
 * an object ("وقرأت الطراونة قصائد …", "وصف الساعدي الموسم …", "حمّل المدرب … لاعبيه"),
 * a setting ("في بيان", "لفرانس برس").
 *
 * The words of every name found are remembered for the article: a later mention that
 * opens with one of them is that name ("ووصف الساعدي الموسم المطري" → "الساعدي").
 *
 * @module
 */

import { isAlefHamzaBelow, isHamzaAlef, isQuotationMark } from "../core/chars.js";
import { keepShape } from "../core/shape.js";
import type { Span } from "../core/span.js";
import { mastheadKey } from "./dateline.js";
import { lexicon } from "./lexicon.js";
import { matchSpeech, strip } from "./speech.js";
import { NUMBER, PUNCT, type Tokens, WORD } from "./tokens.js";

/** The most words a speaker's phrase holds before it is cut to a name. */
const MAX_SPEAKER_WORDS = 16;
/** The most words of a name. */
const MAX_NAME_WORDS = 4;

/** What a speaker's phrase holds: no name, a phrase opening without a title, a person's name. */
const NO_NAME = 0;
const PHRASE = 1;
const PERSON = 2;

const WAW = 0x0648;
const FAA = 0x0641;
const BAA = 0x0628;
const LAM = 0x0644;
const KAF = 0x0643;
const ALEF = 0x0627;
const HAA = 0x0647;
const YAA = 0x064a;
const TAA = 0x062a;
const FATHATAN = 0x064b;

/** True for a word with the article, alone or after a proclitic: "الوزير", "والوزير", "للوزير". */
export function definite(w: string): boolean {
  if (w.charCodeAt(0) === ALEF && w.charCodeAt(1) === LAM) return true;
  const c = w.charCodeAt(0);
  if (c === LAM && w.charCodeAt(1) === LAM) return true;
  // A proclitic, the article and a noun of two letters at least: "فالح" and "والي" are words
  // of their own.
  return (c === WAW || c === FAA || c === BAA || c === LAM || c === KAF) && w.length >= 5 && w.charCodeAt(1) === ALEF && w.charCodeAt(2) === LAM;
}

/** A phrase: the word tokens of a stretch, an abbreviation ("د.") counting as one word. */
class Phrase {
  readonly at: number[] = [];
  readonly ends: number[] = [];
  readonly abbr: boolean[] = [];
  /** The token where reading stopped. */
  next = 0;
  clear(): void {
    this.at.length = 0;
    this.ends.length = 0;
    this.abbr.length = 0;
  }
  get n(): number {
    return this.at.length;
  }
}

/**
 * Finds speakers in the tokens of a paragraph; one per article, so that names said
 * earlier in the article are known.
 *
 * @example
 * ```ts
 * const page = "وزير النقل يعلن خطة جديدة\nوقال وزير النقل اليمني سالم باوزير في بيان إن \"الخطة جاهزة للتنفيذ\".";
 * segmentArticle(page).articles[0]?.quotes[0]?.speaker; // "سالم باوزير"
 * const later = "ووصف الساعدي الموسم المطري الحالي بأنه \"الأفضل منذ عقد\".";
 * segmentArticle(`عنوان الخبر هنا\nوقال المتحدث حيدر الساعدي إن "الخزين كاف".\n${later}`).articles[0]?.quotes[1]?.speaker; // "الساعدي"
 * ```
 */
export class Names {
  private T: Tokens | null = null;
  private readonly lex = lexicon();
  private readonly known = new Set<string>();
  /** The person last named after each title word ("الباحثة" → "ليلى مراد"), for later mentions by the title alone. */
  private readonly titled = new Map<string, Span>();
  private readonly phrase = new Phrase();
  private aliPreposition: boolean | null = null;
  /** The last `nameOf` found its name only in a prepositional phrase ("بجامعة عين شمس"). */
  private weak = false;
  /** The last `after` read a generic title that names the one quoted last ("المسؤول ذاته"). */
  pointedBack = false;
  /** Somebody spoke earlier in the article ("وقال محمد العلوي"), named or not by a title. */
  spoken = false;
  /** The folded span of the person named last, quoted or not. */
  private lastFolded: Span | null = null;

  constructor(
    private readonly original: string,
    private readonly toOriginal: (span: Span) => Span,
  ) {
    // One object of each class stays alive, so that the code reading them survives the
    // garbage collections between two pages (see core/shape.ts).
    keepShape(Names, () => new Names("", (span) => span));
    keepShape(Phrase, () => new Phrase());
  }

  /** The person named last, quoted or not, as a span of the original; mapped when asked. */
  get lastNamed(): Span | null {
    return this.lastFolded === null ? null : this.toOriginal(this.lastFolded);
  }

  /** Reads the tokens of the next paragraph. */
  paragraph(T: Tokens): void {
    this.T = T;
  }

  /**
   * Learns the people a paragraph names with their titles, outside any quotation: the
   * lead's "بحث وزير الخارجية سامر عادل الحياري مع …" makes a later "وأضاف الوزير" and
   * "وقال الحياري" that minister. A title keeps the first person it named.
   */
  learn(): void {
    const T = this.t;
    for (let k = 0; k < T.n; k++) {
      // A title or an honorific opens a name: "بحث وزير الخارجية سامر عادل الحياري",
      // "بحث معالي الدكتور سالم بن خميس الحارثي وزير العمل".
      if (T.kind[k] !== WORD || !(this.role(this.w(k)) || this.lex.honorifics.has(this.w(k)))) continue;
      // ("أمام البرلمان": the preposition that folds like إمام.)
      if (this.w(k) === "امام" && !this.imam(k)) continue;
      // ("دشن صاحب السمو الملكي أمير منطقة القصيم": an honorific and a title, no name.)
      if (T.isWord(k + 1) && this.lex.honorificNouns.has(this.w(k + 1))) continue;
      this.read(k, T.n, true);
      const P = this.phrase;
      if (P.n === 0) continue;
      const [a, b, kind] = P.n < 2 ? [0, 1, NO_NAME] : this.nameOf();
      if (kind !== PERSON) {
        // "والي الولاية"، عبد الحكيم بوزيدي،": the name between commas after the title.
        const apposition = this.appositive(P.next, true);
        if (apposition !== null) {
          this.remember(apposition);
          this.firstTitle(this.w(P.at[0] as number), apposition);
        }
        continue;
      }
      const span = this.span(a, b);
      this.remember(span);
      for (let j = 0; j < a; j++) this.firstTitle(this.w(P.at[j] as number), span);
      this.titlePairs(span, a);
      if (b < P.n) this.firstTitle(this.w(P.at[b] as number), span);
      k = (P.at[b - 1] as number);
    }
  }

  private firstTitle(word: string, span: Span): void {
    const key = this.roleKey(word);
    if (key !== null && !this.titled.has(key)) this.titled.set(key, span);
  }

  // A title word as later mentions write it alone, with the article ("والي" → "الوالي"), or
  // null for a word that is no title.
  private roleKey(word: string): string | null {
    if (!this.role(word)) return null;
    return word.startsWith("ال") ? word : `ال${word}`;
  }

  private get t(): Tokens {
    return this.T as Tokens;
  }

  private w(k: number): string {
    return this.t.w(k);
  }

  // --- word classes ----------------------------------------------------------------

  // A word that ends the subject. "علي" is the name unless the page writes the
  // preposition "على" that way (folding makes the two one word).
  // "إيلكه فان دير برغ": a European name's particle inside a name that starts at `from`,
  // spelled like a stop ("فان" is also فإن folded): a word without the article follows it.
  private particle(k: number, from: number): boolean {
    return k > from && this.lex.joiners.has(this.w(k)) && this.t.isWord(k + 1) && !definite(this.w(k + 1));
  }

  private stop(k: number): boolean {
    const w = this.w(k);
    if (!this.lex.speakerStops.has(w)) return false;
    // "مطلع الأسبوع" is a time, "مصدر حكومي مطلع" a well-informed source; "فضل عدم ذكر
    // اسمه" a clause, "فضل عوض الربيزي" a name.
    if ((w === "مطلع" || w === "فضل") && !(this.t.isWord(k + 1) && (definite(this.w(k + 1)) || this.w(k + 1) === "عدم"))) return false;
    // "صباح اليوم", "صباح أمس" is a time; "صباح ناجي العبيدي" a name.
    if (w === "صباح" && this.t.isWord(k + 1) && !definite(this.w(k + 1)) && !this.lex.morningTimes.has(this.w(k + 1))) return false;
    return !(w === "علي" && this.ali(k)) && !(w === "والي" && this.governor(k)) && !(w === "امام" && this.imam(k));
  }

  // "إمام مسجد …" (an imam) folds to what "أمام" (in front of) folds to: the hamza under the
  // alef, read on the original, tells them apart.
  private imam(k: number): boolean {
    const o = this.toOriginal({ start: this.t.start[k] as number, end: this.t.end[k] as number });
    return isAlefHamzaBelow(this.original.charCodeAt(o.start));
  }

  // "والي" is the governor where the original writes it so (plain alef, final ي), and "وإلى"
  // ("and to") where it writes a hamza or a final ى (folding makes the two one word).
  private governor(k: number): boolean {
    const o = this.toOriginal({ start: this.t.start[k] as number, end: this.t.end[k] as number });
    return this.original.charCodeAt(o.start + 1) === ALEF && this.original.charCodeAt(o.end - 1) === YAA;
  }

  private ali(k: number): boolean {
    // (A text that writes no final ى at all may write the preposition علي: there it says nothing.)
    this.aliPreposition ??= !this.original.includes("\u0649");
    if (this.aliPreposition) return false;
    const end = this.t.end[k] as number;
    const o = this.toOriginal({ start: end - 1, end });
    return this.original.charCodeAt(o.end - 1) === YAA;
  }

  // Particles that open the reported clause (إن، أن، بأنه, and "إلى", "على", "عبر"): past
  // them no name is looked for.
  private clauseStop(k: number): boolean {
    const w = this.w(k);
    return this.lex.clauseOpeners.has(strip(w)) || w === "الي" || w === "عبر" || (w === "علي" && !this.ali(k));
  }

  // A title, in the feminine too ("المتنبئة" of "متنبئ"; ة is folded to ه).
  // "الموظفين", "المواطنين", "المانحين": a plural of people with the article (not one of
  // relation, "الصحفيين", nor a name's own word).
  private peoplePlural(w: string): boolean {
    return w.length >= 8 && w.charCodeAt(0) === ALEF && w.charCodeAt(1) === LAM && w.endsWith("ين") && !w.endsWith("يين") && !this.lex.articleGivenNames.has(w) && !this.lex.nameSecondParts.has(w);
  }

  // The noun of an unnamed source, in the accusative too ("مصدرا" after أن), or null.
  private sourceNoun(w: string): string | null {
    if (this.lex.sourceNouns.has(w)) return w;
    return w.endsWith("ا") && this.lex.sourceNouns.has(w.slice(0, -1)) ? w.slice(0, -1) : null;
  }

  private role(w: string): boolean {
    return this.lex.roles.has(w) || (w.length > 3 && w.endsWith("ه") && this.lex.roles.has(w.slice(0, -1)));
  }

  private honorific(j: number): boolean {
    const P = this.phrase;
    const w = this.w(P.at[j] as number);
    // "الفريق أول ركن": the words of a rank after its first word are part of the honorific.
    return (P.abbr[j] as boolean) || this.lex.honorifics.has(w) || (j > 0 && this.lex.ranks.has(w) && this.honorific(j - 1));
  }

  // An object pronoun glued to a noun ("لاعبيه", "جمهورها"): such a word is never part of
  // a name. Read on the original, where the pronoun ه is not the folded ة of "فاطمة".
  private pronounSuffixed(k: number): boolean {
    const s = this.t.start[k] as number;
    const e = this.t.end[k] as number;
    // A noun with the article takes no pronoun ("الإله"), nor does the name of God, glued
    // in a compound name ("عبدالله", "عبدالإله").
    const w = this.w(k);
    if (e - s < 5 || definite(w) || w.endsWith("الله") || w.endsWith("الاله")) return false;
    const o = this.toOriginal({ start: s, end: e });
    const last = this.original.charCodeAt(o.end - 1);
    const before = this.original.charCodeAt(o.end - 2);
    return last === HAA || (before === HAA && (last === ALEF || last === 0x0645));
  }

  // A word that looks definite only once folded: "إلياس", "ألكسندر" open with a hamza on the
  // alef, which the article never carries. Read on the original.
  private defAt(k: number): boolean {
    const w = this.w(k);
    if (!definite(w)) return false;
    // "والي" (governor) is a title of its own, no و + ال.
    if (w.charCodeAt(0) !== ALEF && this.role(w)) return false;
    const o = this.toOriginal({ start: this.t.start[k] as number, end: this.t.end[k] as number });
    const at = w.charCodeAt(0) === ALEF ? o.start : o.start + 1;
    return !isHamzaAlef(this.original.charCodeAt(at));
  }

  // A word written with the tanween of the accusative ("متأثراً", "عاماً"), read on the original.
  private accusative(k: number): boolean {
    // (Only a word that ends with alef once folded can carry it: most words are passed without mapping.)
    const w = this.w(k);
    if (w.length < 3 || w.charCodeAt(w.length - 1) !== ALEF) return false;
    const o = this.toOriginal({ start: this.t.start[k] as number, end: this.t.end[k] as number });
    const last = this.original.charCodeAt(o.end - 1);
    return last === FATHATAN || (last === ALEF && this.original.charCodeAt(o.end - 2) === FATHATAN);
  }

  /**
   * Where a name that closes the phrase read starts, for a title that runs into it with no
   * comma ("مدير مكتب اللجنة في الخليل إياد خليل الشاعر"): at a common given name, with one
   * to three words of a name after it; -1 when there is none.
   */
  private givenNameAt(): number {
    const P = this.phrase;
    const n = P.n;
    const lex = this.lex;
    for (let j = Math.max(1, n - MAX_NAME_WORDS); j <= n - 2; j++) {
      const k = P.at[j] as number;
      const before = this.w(P.at[j - 1] as number);
      if (!lex.givenNames.has(this.w(k)) || lex.joiners.has(before) || lex.placeNouns.has(before)) continue;
      let name = true;
      for (let q = j; q < n && name; q++) {
        const at = P.at[q] as number;
        const w = this.w(at);
        // ("سليم خالد الحاج": an honorific's word that ends the name is its family name.)
        if (this.role(w) || (lex.honorifics.has(w) && q < n - 1) || this.stop(at) || this.t.kind[at] !== WORD || isPrepositional(w, 4)) name = false;
        // Only the family name at the end has the article ("إبراهيم الخثلان"), or a compound's half.
        // ("فرج عبد السلام المنصوري": or a word after a joiner.)
        else if (q < n - 1 && this.defAt(at) && !lex.nameSecondParts.has(w) && !lex.articleGivenNames.has(w) && !lex.joiners.has(this.w(P.at[q - 1] as number))) name = false;
      }
      if (name) return j;
    }
    return -1;
  }

  // "برنامجا فضائيا": two indefinite accusatives in a row are an object and its adjective.
  private accusativePair(j: number): boolean {
    const P = this.phrase;
    if (j + 1 >= P.n) return false;
    const a = this.w(P.at[j] as number);
    const b = this.w(P.at[j + 1] as number);
    return a.length >= 4 && b.length >= 4 && a.endsWith("ا") && b.endsWith("ا") && !definite(a) && !definite(b);
  }

  // --- reading a phrase --------------------------------------------------------------

  // The words from token `from` up to a stop, punctuation or another speech verb.
  private read(from: number, limit: number, verbs: boolean): void {
    const T = this.t;
    const P = this.phrase;
    const joiners = this.lex.joiners;
    P.clear();
    let k = from;
    for (; k < limit && P.n < MAX_SPEAKER_WORDS; k++) {
      if (T.kind[k] === PUNCT) {
        if (T.abbreviation(k) && P.n > 0 && P.at[P.n - 1] === k - 1) {
          P.ends[P.n - 1] = T.end[k] as number; // "د." is one word
          P.abbr[P.n - 1] = true;
          continue;
        }
        // "مدير عام الشركة … "محروقات" المهندس نزار …": a body's short name in quotation
        // marks, then an honorific and the name: the quoted name is passed over.
        const quoted = P.n > 0 && isQuotationMark(T.c(k)) ? this.quotedName(k, limit) : 0;
        if (quoted > 0 && this.lex.honorifics.has(this.w(quoted))) {
          k = quoted - 1;
          continue;
        }
        // "الرئيس التنفيذي لشركة "مصدر"، سالم …": the body's quoted name ends the title; the
        // phrase stops at the comma of the apposition after it.
        const closing = P.n > 0 && isQuotationMark(T.c(k)) ? this.closingQuote(k, limit) : -1;
        if (closing > 0 && closing + 1 < limit && isComma(T.c(closing + 1))) {
          k = closing + 1;
          break;
        }
        // ("الرئيس التنفيذي لمجموعة (بيتك) عبدالوهاب سليمان الفرحان": a body's short name in
        // parentheses inside the title, a word after it.)
        const acronym = P.n > 0 && T.c(k) === 0x28 ? this.outletClose(k, limit) : -1;
        if (acronym > 0 && T.isWord(acronym + 1) && !this.stop(acronym + 1)) {
          k = acronym;
          continue;
        }
        break;
      }
      const w = this.w(k);
      if (this.stop(k) && !(k > from && joiners.has(this.w(k - 1))) && w !== "باسم" && !this.particle(k, from)) break;
      if (verbs && matchSpeech(T, k) !== null) break;
      // "قال محافظ البنك المركزي لـوأج:": to whom it was said ends the subject.
      if (P.n > 0 && this.toOutlet(w)) break;
      // "وقال بنموسى متأثراً": an indefinite accusative after the subject says how it was said
      // (no name takes tanween); "مصدراً مسؤولاً" is one accusative phrase.
      if (P.n > 0 && this.accusative(k) && !this.accusative(P.at[P.n - 1] as number)) break;
      // "وختم الوزير تصريحه بالتأكيد": a noun with a pronoun after a definite subject is
      // the verb's object (a title in construct has no article: "رئيس وزرائها").
      // ("الإسباني خوسيه لويس": after a nationality, a final يه is a foreign name's own.)
      const prev = P.n > 0 ? this.w(P.at[P.n - 1] as number) : "";
      if (P.n > 0 && definite(prev) && !definite(w) && this.pronounSuffixed(k) && !(nisba(prev) && w.endsWith("يه"))) break;
      P.at.push(k);
      P.ends.push(T.end[k] as number);
      P.abbr.push(false);
    }
    P.next = k;
  }

  private span(a: number, b: number): Span {
    const P = this.phrase;
    return { start: this.t.start[P.at[a] as number] as number, end: P.ends[b - 1] as number };
  }

  /**
   * The subject after a verb whose last token is before `from`: "وقال وزير النقل سالم
   * باوزير إن" → "سالم باوزير", as a folded span, or null when no word follows.
   */
  after(from: number, limit = this.t.n): Span | null {
    const T = this.t;
    const lex = this.lex;
    this.pointedBack = false;
    let k = from;
    // "وكما قال لي الشاب محمود": an object pronoun before the subject.
    if (T.isWord(k) && lex.verbObjects.has(this.w(k)) && T.isWord(k + 1) && !this.stop(k + 1)) k++;
    // "يقول ضاحكاً": how it was said, and no subject: the one named before.
    if (T.isWord(k) && lex.manner.has(this.w(k))) return null;
    // "وقالت للجزيرة نت إن": whom it was said to, and no subject: the one named before; as
    // "وأضاف معاليه", an honorific with the pronoun.
    if (T.isWord(k) && (lex.addressees.has(this.w(k)) || (this.w(k).startsWith("لل") && this.w(k).length > 4) || this.toOutlet(this.w(k)))) return null;
    // "وأضاف ذات المتحدث", "نفس المصدر" (Maghreb): the same one as before.
    if (T.isWord(k) && lex.sameBefore.has(this.w(k)) && T.isWord(k + 1) && definite(this.w(k + 1))) {
      this.pointedBack = true;
      return null;
    }
    if (T.isWord(k) && lex.honorificPronouns.has(this.w(k))) {
      this.pointedBack = true;
      return null;
    }
    // "وفق ما نقلت الوكالة عن مديرة البرنامج ريم الكتبي", "بحسب ما قاله المتحدث": the source
    // of a relative clause.
    if (T.isWord(k) && this.w(k) === "ما" && T.isWord(k + 1)) {
      const said = matchSpeech(T, k + 1);
      if (said !== null) return this.after(said.end, limit);
      if (lex.relayVerbs.has(strip(this.w(k + 1)))) {
        for (let j = k + 2; j < limit && j - k <= 10 && T.kind[j] === WORD; j++) if (this.w(j) === "عن") return this.after(j + 1, limit);
      }
    }
    this.read(k, limit, true);
    const P = this.phrase;
    if (P.n === 0) return null;
    // "وذكرت صحيفة "لوموند"، نقلا عن مصدر في الوزارة، أن": an outlet that relays another
    // source: the words are the source's.
    if (lex.outletHeads.has(strip(this.w(P.at[0] as number)))) {
      const relayed = this.relayedBy(P.next, limit);
      if (relayed !== null) return relayed;
    }
    const [a, b, kind] = this.nameOf();
    // Only a title names somebody not yet named ("وقال المدير العام، محمد علي، إن"), or a
    // definite noun alone that is neither a name said before nor a document ("وقالت
    // المسؤولة في المنظمة سابين فوغل"); otherwise a definite noun is the speaker itself
    // ("وقال الفريق في بيان").
    const first = this.w(P.at[0] as number);
    const titled =
      this.role(first) ||
      this.honorific(0) ||
      (P.n === 1 && definite(first) && !this.known.has(first) && !lex.documents.has(first) && !lex.articleGivenNames.has(first));
    if (titled && (kind === NO_NAME || this.weak)) {
      // ("المتحدثة باسم مكتب … (أوتشا)، إيلين ماركهام،": the body's acronym before the comma.)
      const acronym = this.t.c(P.next) === 0x28 ? this.outletClose(P.next, limit) : -1;
      const end = acronym > 0 && isComma(this.t.c(acronym + 1)) ? acronym + 1 : P.next;
      // "وقال المدير العام، محمد علي، إن", "رئيس جماعة قروية في إقليم طاطا، إبراهيم أوحمو، لموقع"
      const apposition = this.appositive(end, true) ?? this.describedAppositive(end, limit) ?? this.secondTitle(end, limit);
      if (apposition !== null) {
        this.titlePairs(apposition, P.n);
        return this.title(first, this.remember(apposition));
      }
      // "الباحثة في مركز الدراسات في جامعة مالطا ماريا كاميلليري «…»": the name closes the setting.
      const tail = kind === NO_NAME || this.weak ? this.trailingName(end, limit) : null;
      if (tail !== null) return this.title(first, this.remember(tail));
      // "الرئيس التنفيذي لمجموعة روشن نايف إبراهيم الخثلان": the title runs into the name.
      const given = kind === NO_NAME ? this.givenNameAt() : -1;
      if (given > 0) return this.found(given, P.n, PERSON);
    }
    // "المدير الإقليمي للمنظمة لغرب المحيط الهادئ، زين الدين بن حسن،": a title's phrase with a
    // name in apposition after it: the apposition is the name, whatever the phrase held.
    if (kind === PERSON && (this.role(first) || this.honorific(0)) && isComma(this.t.c(P.next)) && a > 0 && isPrepositional(this.w(P.at[a] as number), 4)) {
      const apposition = this.appositive(P.next, true);
      if (apposition !== null) return this.title(first, this.remember(apposition));
    }
    // "مدير التجارة الداخلية وحماية المستهلك في ريف دمشق لؤي حسن الخطيب": a run opening with
    // و at the phrase's end is a coordinated noun of the title when a name closes the setting.
    if (kind === PERSON && a > 0 && b === P.n && this.w(P.at[a] as number).charCodeAt(0) === WAW) {
      // ("رئيس نيابة الجرائم المالية وغسل الأموال، المستشار …،": or the name in apposition.)
      const apposition = this.appositive(P.next);
      if (apposition !== null) return this.title(first, this.remember(apposition));
      const tail = this.trailingName(P.next, limit);
      if (tail !== null) return this.title(first, this.remember(tail));
    }
    // "وأوضح المسؤول الحكومي أن": a generic title names nobody new; the speaker is the one
    // quoted last (null here lets the caller take him).
    if (kind === NO_NAME && this.pointsBack(first, limit) && (this.spoken || this.known.size > 0)) {
      this.pointedBack = true;
      return null;
    }
    // "وقالت الباحثة" after "الباحثة ليلى مراد": a title alone names the person it named before.
    // "الوزير القبرصي" is another minister than the one named before: an adjective of
    // relation after the title keeps it from resolving.
    // ("مساعد الوزير" after "عاطف سليمان البنا، مساعد وزير الصحة،": a title in construct.)
    const named = this.titledName(a, b, kind);
    if (named !== null) return named;
    if (kind !== PERSON) {
      const called = this.calledName(P.next, limit);
      if (called !== null) return this.remember(called);
      // An unnamed source with where it works ("مصدر أمني في مديرية أمن الزاوية") or without
      // ("وقال مصدر قضائي، طلب عدم ذكر اسمه، إن"), later "أضاف المصدر".
      const place = this.placeOf(P.next, limit);
      if (place > 0 || (lex.sourceNouns.has(first) && a === 0)) {
        const unnamed = place > 0 ? { start: this.t.start[P.at[a] as number] as number, end: this.t.end[place - 1] as number } : this.span(a, b);
        // ("غير أن مصدرا في وزارة المعادن": the accusative's alef is no part of the noun.)
        this.titled.set(`ال${this.sourceNoun(first) ?? first}`, unnamed);
        return unnamed;
      }
      // "مكتب منظمة الصحة العالمية في السودان، في بيان": the country or the town of a body.
      const town = a === 0 && b === P.n && lex.placeNouns.has(first) ? this.bodyTown(P.next, limit) : 0;
      if (town > 0) return { start: this.t.start[P.at[0] as number] as number, end: this.t.end[town] as number };
    }
    // "وقال الإسباني البالغ 25 عاماً": an age names nobody; the speaker is the one named before.
    if (this.t.kind[P.at[a] as number] === NUMBER) return null;
    return this.found(a, b, kind);
  }

  // "في السودان" after a body's name, then a mark, the clause or the occasion ("في بيان"):
  // the token of the place, or 0.
  private bodyTown(at: number, limit: number): number {
    const T = this.t;
    const lex = this.lex;
    if (at + 2 >= limit || !T.isWord(at) || this.w(at) !== "في" || !T.isWord(at + 1)) return 0;
    const place = this.w(at + 1);
    if (lex.speechSettings.has(place) || lex.speechSettings.has(place.slice(2)) || this.pronounSuffixed(at + 1) || lex.placeNouns.has(place)) return 0;
    const k = at + 2;
    const ends = T.kind[k] === PUNCT ? isComma(T.c(k)) : this.clauseStop(k) || (this.w(k) === "في" && T.isWord(k + 1) && lex.speechSettings.has(this.w(k + 1)));
    return ends ? at + 1 : 0;
  }

  // The person a title alone named before ("الباحثة" after "الباحثة ليلى مراد"), or null.
  private titledName(a: number, b: number, kind: number): Span | null {
    const P = this.phrase;
    // ("سعادة الوزيرة": an honorific before the title.)
    const h = P.n === 2 && b - a === 2 && this.honorific(0) ? 1 : 0;
    const first = this.w(P.at[h] as number);
    const titleKey = definite(first) ? first : this.roleKey(first);
    if (kind !== NO_NAME || b - a - h > 2 || titleKey === null) return null;
    if (b - a - h === 2) {
      // "الناطق الإعلامي", "وزير الخارجية": a title of two words names the one it came with
      // in the same two words; otherwise an adjective of relation sets it apart ("الوزير
      // القبرصي" is another minister).
      const pair = this.titled.get(`${titleKey} ${this.w(P.at[h + 1] as number)}`);
      if (pair !== undefined || nisba(this.w(P.at[h + 1] as number))) return pair ?? null;
    }
    return this.titled.get(titleKey) ?? null;
  }

  // The titles of two words before a name ("الناطق الإعلامي باسم …", "وزير الخارجية الشيخ …"),
  // kept under both words for later mentions.
  private titlePairs(span: Span, end: number): void {
    const P = this.phrase;
    for (let j = 0; j + 1 < end; j++) {
      const key = this.roleKey(this.w(P.at[j] as number));
      if (key !== null) this.titled.set(`${key} ${this.w(P.at[j + 1] as number)}`, span);
    }
  }

  // A generic title ("المسؤول", "المسؤولة الأممية") with nothing after it but the reported
  // clause or punctuation.
  private pointsBack(first: string, limit: number): boolean {
    const P = this.phrase;
    const T = this.t;
    if (!this.lex.anaphoricTitles.has(first) || P.n > 2 || (P.n === 2 && !nisba(this.w(P.at[1] as number)))) return false;
    // ("وقال المتحدث الرسمي إن" may open a new speaker; after a spokesman named before, "وأضاف
    // المتحدث الأمني" is him.)
    if (P.n === 2 && first.startsWith("المتحدث") && !this.titled.has(first)) return false;
    // (What follows: the reported clause, punctuation, "ذاته", or the قد of "وكانت المسؤولة
    // الأممية قد حذرت".)
    return P.next >= limit || T.kind[P.next] === PUNCT || this.clauseStop(P.next) || this.lex.sameWords.has(this.w(P.next)) || this.w(P.next) === "قد";
  }

  // "سائق سيارة الأجرة الذي أقلنا من المطار، ويدعى ونيس، إنه": the name given later in the
  // subject's description, before the reported clause.
  private calledName(from: number, limit: number): Span | null {
    const T = this.t;
    const lex = this.lex;
    for (let k = from; k < limit && k - from <= 15; k++) {
      if (T.kind[k] === PUNCT) {
        if (isSentenceEnd(T.c(k)) || isOpeningMark(T.c(k))) return null;
        continue;
      }
      if (this.clauseStop(k)) return null;
      // "، ويدعى ونيس،": after a comma ("طلب عدم نشر اسمه" names nobody).
      if (!lex.called.has(this.w(k)) || !isComma(T.c(k - 1))) continue;
      let e = k + 1;
      while (e < limit && e - k <= 3 && T.kind[e] === WORD && !this.stop(e)) e++;
      return e > k + 1 ? { start: T.start[k + 1] as number, end: T.end[e - 1] as number } : null;
    }
    return null;
  }

  // "للجزيرة", "لرويترز": to an outlet or an agency the page names; "لعنب بلدي",
  // "لإنتربرايز": to the outlet of the page's masthead, in no lexicon.
  private toOutlet(w: string): boolean {
    if (w.charCodeAt(0) !== LAM) return false;
    const name = w.charCodeAt(1) === LAM ? `ال${w.slice(2)}` : w.slice(1);
    if (this.lex.outletNames.has(name)) return true;
    const own = mastheadKey();
    return own !== null && name.length >= 3 && (own === name || own.startsWith(`${name} `));
  }

  // "صراف في مديرية كريتر", "مسؤول في الصندوق": an unnamed speaker, all words without the
  // article, is described by where he works. The token after the place phrase, or 0.
  private placeOf(at: number, limit: number): number {
    const T = this.t;
    const P = this.phrase;
    const lex = this.lex;
    if (P.n > 4 || !T.isWord(at) || !T.isWord(at + 1)) return 0;
    // "مصدر مقرب من التحقيق": what the source is close to.
    // ("مصرفي مطلع على الصفقة": what the source knows of.)
    const close = (this.w(at) === "من" || (this.w(at) === "علي" && !this.ali(at))) && lex.closeTo.has(this.w(P.at[P.n - 1] as number));
    // ("مصدر من الهيئة العليا للانتخابات": where an unnamed source comes from.)
    const from = this.w(at) === "من" && this.sourceNoun(this.w(P.at[0] as number)) !== null;
    if (this.w(at) !== "في" && !close && !from) return 0;
    for (let j = 0; j < P.n; j++) if (definite(this.w(P.at[j] as number))) return 0;
    // A place or a body ("في وزارة النفط", "في الصندوق"), not the occasion ("في الوقت نفسه");
    // "في إحدى شركات الاتصالات": one of them.
    const one = (this.w(at + 1) === "احدي" || this.w(at + 1) === "احد") && T.isWord(at + 2);
    const noun = this.w(one ? at + 2 : at + 1);
    const bare = definite(noun) ? noun.slice(2) : noun;
    // (What a source knows of or is close to may be any noun: "مطلع على مداولات اللجنة".)
    if (!close && !lex.placeNouns.has(bare) && (!definite(noun) || lex.speechSettings.has(bare))) return 0;
    let k = at + 2;
    // (A body's name may be long: "في وزارة الكهرباء والماء والطاقة المتجددة".)
    while (k < limit && k - at <= 7 && T.kind[k] === WORD && !this.stop(k) && !this.toOutlet(this.w(k)) && matchSpeech(T, k) === null) k++;
    // "مصدر في مديرية الموارد المائية في ميسان،": the body's town, one word before a mark.
    if (k + 2 < limit && this.w(k) === "في" && T.isWord(k + 1) && !T.isWord(k + 2) && !definite(this.w(k + 1)) && !lex.speechSettings.has(this.w(k + 1)) && !this.pronounSuffixed(k + 1)) k += 2;
    return k;
  }

  // The span of words [a, b) of the phrase; a person's name is remembered.
  private found(a: number, b: number, kind: number): Span {
    const span = this.span(a, b);
    if (kind === PERSON) {
      this.remember(span);
      // "الباحثة ليلى مراد", "وزير الصحة الدكتور عيسى الجودر", "روي فيليب سانتوس مدرب
      // المنتخب": the titles around the name, for later mentions by the title alone.
      const P = this.phrase;
      const head = this.w(P.at[0] as number);
      if (a > 0 && definite(head)) this.titled.set(head, span);
      for (let j = 0; j < a; j++) this.title(this.w(P.at[j] as number), span);
      this.titlePairs(span, a);
      if (b < P.n) this.title(this.w(P.at[b] as number), span);
      // "عاطف سليمان البنا، مساعد وزير الصحة،": the title in apposition after the name.
      else if (isComma(this.t.c(P.next)) && this.t.isWord(P.next + 1)) this.title(this.w(P.next + 1), span);
    }
    else if (kind === PHRASE) {
      // A phrase without the article is a name ("فلاديمير بوتين"); with it, it may be an
      // institution ("وزارة الخارجية"), whose words say nothing of later mentions.
      let plain = true;
      for (let j = a; j < b; j++) if (definite(this.w(this.phrase.at[j] as number))) plain = false;
      if (plain) this.remember(span);
    }
    return span;
  }

  /**
   * The name inside the phrase as [first word, last word + 1, what it is]: a person's
   * name (`PERSON`), a phrase that opens without a title (`PHRASE`: "فلاديمير بوتين",
   * "وزارة الخارجية"), or a title without a name (`NO_NAME`: "البيان", "رئيس النادي").
   */
  private nameOf(): [number, number, number] {
    const P = this.phrase;
    const n = P.n;
    const lex = this.lex;
    const W = (j: number): string => this.w(P.at[j] as number);
    const def = (j: number): boolean => this.defAt(P.at[j] as number);
    const role = (j: number): boolean => this.role(W(j));
    // A word of a name said before, or a joiner between two ("الهاشمي بن عمر قدور").
    const knownPart = (j: number): boolean => this.known.has(W(j)) || (lex.joiners.has(W(j)) && j + 1 < n && this.known.has(W(j + 1)));
    this.weak = false;
    // "البيان الحكومات المحلية": a document, then its object.
    if (n > 1 && lex.documents.has(W(0)) && def(1) && !nisba(W(1))) return [0, 1, NO_NAME];
    // A name said before, with what follows it: "الساعدي الموسم المطري الحالي".
    if (n > 1 && !role(0) && !this.honorific(0) && knownPart(0)) {
      let e = 1;
      // ("محمد ولد الداه" after "محمد ولد أحمد سالم": a joiner carries the name on.)
      while (e < n) {
        if (knownPart(e)) e++;
        else if (lex.joiners.has(W(e)) && e + 1 < n && !role(e + 1)) e += 2;
        else break;
      }
      if (e < n) return [0, e, PERSON];
    }
    // "الوزير العولقي" after "نبيل العولقي", "اللواء الركن الساعدي": a title or an honorific
    // (with its rank), then a name said before.
    if (n > 1 && (role(0) || this.honorific(0))) {
      let s = 1;
      while (s < n - 1 && this.honorific(s)) s++;
      // ("قائد شرطة البصرة": a word without the article before one with it is in construct,
      // a title's, whatever was said before.)
      const construct = !def(s) && s + 1 < n && def(s + 1) && !this.known.has(W(s + 1));
      if (this.known.has(W(s)) && !construct) {
        let e = s + 1;
        while (e < n && knownPart(e)) e++;
        // (Past an honorific, only when the name said before ends the phrase: "الدكتور عمر
        // الأمين الطاهر" holds a new full name.)
        if (s === 1 || e === n) return [s, e, PERSON];
      }
    }
    // "جارتها سعاد الأحمد", "شقيقه وليد السعدي": a noun with a possessive pronoun says who
    // the name after it is to somebody; it is no part of the name. A final ه alone may be
    // a name's own ("إنجيلينه كريسوستوم"): then a family name with the article must follow.
    // ("مديرها الدكتور عمر حمدان المجالي": the honorific is left out with the title.)
    if (n > 2 && this.pronounSuffixed(P.at[0] as number) && this.honorific(1) && !def(2) && !role(2)) {
      let e = 3;
      while (e < n && e <= MAX_NAME_WORDS + 1 && !def(e) && !role(e)) e++;
      const family = e < n && def(e) && !role(e) && W(e).charCodeAt(0) === ALEF;
      return [2, family ? e + 1 : e, PERSON];
    }
    if (n > 1 && this.pronounSuffixed(P.at[0] as number) && !def(1) && !role(1) && !this.honorific(1)) {
      let e = 2;
      while (e < n && e <= MAX_NAME_WORDS && !def(e) && !role(e)) e++;
      const family = e < n && def(e) && !role(e) && W(e).charCodeAt(0) === ALEF;
      // ("جارته سناء حمدان": a role with its pronoun, a name after it.)
      const kin = W(0).endsWith("ته") && this.role(`${W(0).slice(0, -2)}ه`);
      if (family || kin || !W(0).endsWith("ه")) return [1, family ? e + 1 : e, PERSON];
    }
    if (!def(0) && !role(0) && !this.honorific(0)) {
      // A name first, its role after it: "حميد فاضلي رئيس منظمة الفضاء".
      for (let k = 1; k < n && k <= MAX_NAME_WORDS; k++) {
        // A role heads what follows it; at the phrase's end it is an adjective ("مصرفي كبير").
        // After the noun of a body ("مكتب النائب العام") it is the body's complement.
        // ("مريم بنت الطالب أعمر": after a joiner, a title's word is a name's.)
        if (role(k) && !this.givenName(W, def, k, n) && k + 1 < n && !lex.placeNouns.has(W(0)) && !lex.sourceNouns.has(W(0)) && !lex.joiners.has(W(k - 1))) return [0, k, PERSON];
        // "إيران برنامجا فضائيا"; "مصدراً مصرفياً رفيعاً" agrees with its accusative head.
        if (this.accusativePair(k) && !this.accusative(P.at[k - 1] as number)) return [0, k, PHRASE];
        // "حمد بن سعيد الراشدي الرئيس التنفيذي للشركة": a family name, then the role.
        if (def(k) && !lex.joiners.has(W(k - 1)) && k + 1 < n && role(k + 1) && !role(k)) return [0, k + 1, PERSON];
        // "كريم العلوي الزياني المدير التنفيذي": a family name of two words, then the role.
        if (def(k) && !lex.joiners.has(W(k - 1)) && k + 2 < n && def(k + 1) && role(k + 2) && !role(k) && !role(k + 1)) return [0, k + 2, PERSON];
        if (def(k) && !lex.joiners.has(W(k - 1)) && k + 1 < n && def(k + 1)) {
          // "أخصائية العلاج الطبيعي ريم الأنصاري": a title in construct with its adjectives,
          // then a full name.
          const run = this.titleRun();
          let construct = run !== null && !this.weak && run[2];
          for (let j = 1; construct && j < (run as [number, number, boolean])[0]; j++) if (!def(j)) construct = false;
          if (run !== null && construct) return [run[0], run[1], PERSON];
          this.weak = false;
          break;
        }
      }
      // "كاظم جبار بقاربه": a word with an object pronoun ends the name.
      let e = this.objectCut(n);
      for (let j = 2; j < e; j++) if (this.pronounSuffixed(P.at[j] as number)) e = j;
      return [0, e, PHRASE];
    }
    // "الطراونة قصائد": a family name alone, then an object (an adjective would agree in
    // definiteness; a title would be in the role list). A definite word not named before,
    // followed by a given and a family name, is a title instead ("الزائر طارق الحلبي").
    if (def(0) && !role(0) && !this.honorific(0) && n > 1 && !def(1) && !role(1)) {
      // ("الهادي علي بن عمر": a given name with the article opens a name.)
      if (lex.articleGivenNames.has(W(0))) {
        let e = 1;
        while (e < n && e <= MAX_NAME_WORDS && !role(e) && !def(e)) e++;
        if (e < n && def(e) && !role(e) && W(e).charCodeAt(0) === ALEF) e++;
        return [0, e, PERSON];
      }
      if (!this.known.has(W(0))) {
        const run = this.titleRun();
        // "البرتغالي روي فيليب سانتوس": a nationality before a name stands like a title.
        // ("المريضة سهام عبد الله دويكات": a common given name after it.)
        if (run !== null && !this.weak && run[0] === 1 && (run[2] || this.nationalityBefore(run) || lex.givenNames.has(W(1)))) return [run[0], run[1], PERSON];
        this.weak = false;
      }
      return [0, 1, PERSON];
    }
    const run = this.titleRun();
    // "الدكتور العمري": an honorific before a family name alone. ("المستشار الألماني، يوهانس
    // كلاين،": an adjective of relation before a name in apposition is the title's.)
    const described = n === 2 && nisba(W(1)) && isComma(this.t.c(P.next));
    if (run === null && this.honorific(0) && n > 1 && def(1) && W(1).charCodeAt(0) === ALEF && !role(1) && !this.honorific(1) && !described) return [1, 2, PERSON];
    // "ووصف الوزير القرار بأنه …": a title with the article, then a noun with the article that
    // is no adjective of it ("الوزير السابق", "المتحدث الرسمي"), which is the object.
    if (run === null && def(0) && role(0) && n > 1 && def(1) && !nisba(W(1)) && !role(1) && !lex.roleAdjectives.has(W(1))) {
      return [0, 1, NO_NAME];
    }
    if (run === null) return [0, this.objectCut(n), NO_NAME];
    // "الجمعية الفلكية بجدة": after a body that is no title, one word glued to a preposition
    // is its place, not a name.
    // ("بجدة", "بالرياض": ب glued to a word of four letters or more; a name of one rarely
    // opens so.) (After a title the word must be longer than a given name glued to nothing: "المندوب
    // الجهوي للتعليم بقابس"; "الرئيس بشار" names him.)
    if (run[1] - run[0] === 1 && run[1] === n && !this.honorific(0) && isPrepositional(W(run[0]), 4, false) && (!role(0) || W(run[0]).length >= 5)) {
      return [0, role(0) ? run[0] : n, NO_NAME]; // ("المتحدث بوجود": the title alone speaks.)
    }
    // "المتحدث بوجود", "رئيسة تعاونية بإقليم شيشاوة": a prepositional phrase (one word, or
    // a place) and no name; the speaker is the title before it. "لوران فابيوس" is a name.
    if (this.weak && (run[1] - run[0] === 1 || this.placePhrase(W(run[0])))) return [0, run[0], NO_NAME];
    // ("النائب الأول لرئيس مجلس النواب", "وزير الدولة لشؤون مجلس الوزراء": a title's complement
    // glued to ل, a title or a body's noun in it, no name.)
    if (this.weak && isPrepositional(W(run[0]), 4)) {
      const rest = W(run[0]).slice(1);
      if (this.role(rest) || lex.placeNouns.has(rest) || lex.titleComplements.has(rest)) return [0, n, NO_NAME];
    }
    // "الاتحاد الآسيوي لكرة اليد": after a body's name (a definite noun that is no title), a
    // word glued to ل is its complement, not a person's given name.
    if (def(0) && !role(0) && !this.honorific(0) && run[0] > 0 && def(run[0] - 1) && W(run[0]).charCodeAt(0) === LAM && !W(run[0]).startsWith("لل")) {
      return [0, run[1], NO_NAME];
    }
    return [run[0], run[1], PERSON];
  }

  // "البرتغالي روي فيليب سانتوس": an adjective of relation opening the phrase, then a name of
  // two words or more, none with a preposition glued to it ("المومني شهادة بعنوان" is a
  // family name and its object).
  private nationalityBefore(run: readonly [number, number, boolean]): boolean {
    const P = this.phrase;
    const head = this.w(P.at[0] as number);
    if (!nisba(head) || this.known.has(head) || run[1] - run[0] < 2) return false;
    for (let j = run[0]; j < run[1]; j++) if (isPrepositional(this.w(P.at[j] as number))) return false;
    return true;
  }

  // "بجامعة", "بإقليم": a preposition glued to the noun of a place or a body.
  private placePhrase(w: string): boolean {
    const c = w.charCodeAt(0);
    return (c === BAA || c === LAM) && this.lex.placeNouns.has(w.slice(1));
  }

  // "نقابة الصيادين بمحافظة حضرموت السلطة المحلية": after a place in a prepositional phrase,
  // a word with the article opens the object. The end of the subject.
  private objectCut(n: number): number {
    const P = this.phrase;
    // "رحب حزب الأمة القومي بالخطوة": after a body's name, a definite noun glued to ب is
    // what the verb took.
    const head = this.w(P.at[0] as number);
    if (!this.role(head) && this.sourceNoun(head) === null) {
      for (let j = 2; j < n; j++) {
        const w = this.w(P.at[j] as number);
        if (w.length >= 6 && w.startsWith("بال") && definite(this.w(P.at[j - 1] as number))) return j;
      }
    }
    // "مسؤول جهوي بالوكالة المكلفة …", "مسؤول حكومي يتابع الملف": an unnamed source ends with
    // its adjective, before a prepositional phrase with the article or a verb.
    if (!definite(this.w(P.at[0] as number))) {
      for (let j = 2; j < n; j++) {
        if (!nisba(this.w(P.at[j - 1] as number))) break;
        const w = this.w(P.at[j] as number);
        const c = w.charCodeAt(0);
        if (((c === BAA || c === LAM || c === KAF) && definite(w)) || ((c === YAA || c === TAA) && w.length >= 4 && !definite(w))) return j;
      }
    }
    // "ودعا المصرف المواطنين إلى …": a plural of people with the article right after another
    // noun with it is the verb's object (a noun in construct has no article: "جمعية المزارعين").
    for (let j = 1; j < n; j++) {
      const w = this.w(P.at[j] as number);
      const prev = this.w(P.at[j - 1] as number);
      // (An adjective of relation agrees with its noun: "نقابة الصيادين التقليديين".)
      if (w.length >= 7 && w.endsWith("ين") && !w.endsWith("يين") && this.defAt(P.at[j] as number) && this.defAt(P.at[j - 1] as number) && !nisba(prev) && !this.lex.articleGivenNames.has(w) && !this.lex.nameSecondParts.has(w) && w.charCodeAt(0) === ALEF) return j;
    }
    for (let j = 1; j + 2 < n; j++) {
      const w = this.w(P.at[j] as number);
      if (!this.placePhrase(w)) continue;
      const next = this.w(P.at[j + 1] as number);
      const after = this.w(P.at[j + 2] as number);
      if (!definite(next) && definite(after) && !this.role(after) && !this.honorific(j + 2)) return j + 2;
    }
    return n;
  }

  /**
   * Whether the word at j of n, a role noun that is also a given name, is the name:
   * "أمين سلام", "محمد أمين الزموري". It is a title only before a noun with the article
   * or "عام" ("أمين عام", "أمين الصندوق") that is no family name of relation ("الزموري");
   * with the article itself, only before an adjective of a title ("الأمين العام", not
   * "عمر الأمين الطاهر").
   */
  private givenName(W: (j: number) => string, def: (j: number) => boolean, j: number, n: number): boolean {
    const lex = this.lex;
    if (!lex.givenNameRoles.has(W(j))) return false;
    if (j + 1 >= n) return true;
    const next = W(j + 1);
    if (definite(W(j))) return !lex.roleAdjectives.has(next);
    if (def(j + 1)) return nisba(next) && !lex.roleAdjectives.has(next);
    return !lex.roles.has(`${W(j)} ${next}`);
  }

  /**
   * The name after a title: [first word, last word + 1, whether it ends with a family
   * name], or null; \`weak\` is set when only a prepositional phrase or a coordinated noun
   * was found.
   */
  private titleRun(): [number, number, boolean] | null {
    const P = this.phrase;
    const T = this.t;
    const n = P.n;
    const lex = this.lex;
    const W = (j: number): string => this.w(P.at[j] as number);
    // "عصام الدين محجوب الطيب": the article of a compound given name's second half opens no family name.
    const def = (j: number): boolean => this.defAt(P.at[j] as number) && !(j > 1 && lex.nameSecondParts.has(W(j)) && !this.defAt(P.at[j - 1] as number));
    const role = (j: number): boolean => this.role(W(j)) && !this.givenName(W, def, j, n);
    const afterAcronym = (j: number): boolean => T.c((P.at[j] as number) - 1) === 0x29;
    // A title first: the name is a run of words without the article after a word with it
    // (or after an honorific), ending with at most one word with the article (a family
    // name: "صهيب العكلة"). Of several runs the first that is not a prepositional phrase
    // ("لمصدري زيت الزيتون") or a coordinated noun ("وذوي الحقوق") wins.
    let found: [number, number, boolean] | null = null;
    let fallback: [number, number, boolean] | null = null;
    // An honorific before a word without the article opens the name, whatever runs before
    // it: "مدير عام الشركة السورية لتخزين وتوزيع المواد البترولية المهندس نزار …".
    let startAt = 1;
    for (let j = n - 2; j >= 1; j--) {
      if (this.honorific(j) && !def(j + 1) && !role(j + 1) && !this.honorific(j + 1)) {
        startAt = j + 1;
        break;
      }
    }
    for (let s = startAt; s < n; s++) {
      // ("الأمراض غير السارية", "المنظمات غير الحكومية": غير makes an adjective of the title.)
      // ("وزير الزراعة والري الطيب عبد الرحيم …": a given name with the article opens the name.)
      const articleGiven = def(s) && lex.articleGivenNames.has(W(s)) && s + 1 < n && !def(s + 1) && !role(s + 1);
      // ("لمجموعة (زين) عبدالله سالم الخرافي": a body's acronym in parentheses bounds the name too.)
      if ((def(s) && !articleGiven) || !(def(s - 1) || this.honorific(s - 1) || afterAcronym(s)) || W(s) === "باسم" || W(s) === "غير" || lex.joiners.has(W(s - 1))) continue;
      // ("الإسباني خوسيه لويس": after a nationality, a final يه is a foreign name's own.)
      const foreign = W(s).endsWith("يه") && nisba(W(s - 1));
      if (role(s) || this.honorific(s) || (this.pronounSuffixed(P.at[s] as number) && !foreign)) continue;
      // ("المتحدث باسم الوزارة ومدير عام دائرة التخطيط": a title coordinated with the first.)
      if (W(s).charCodeAt(0) === WAW && this.role(W(s).slice(1))) continue;
      // "بوزارة الثقافة", "لحقوق الإنسان": a preposition and its noun, not a name; after an
      // honorific a name is due ("السيد بوزيدي", "الدكتور لطفي").
      const prep = !this.honorific(s - 1) && isPrepositional(W(s));
      if (prep && s + 1 < n && (def(s + 1) || afterAcronym(s + 1))) continue;
      let e = s + 1;
      // ("لوران بيرتيه إن": a name's own final يه right before the reported clause.)
      const ownHaa = (j: number): boolean => j === n - 1 && W(j).endsWith("يه") && T.isWord(P.next) && this.clauseStop(P.next);
      while (e < n && (!def(e) || lex.joiners.has(W(e - 1))) && !role(e) && (!this.pronounSuffixed(P.at[e] as number) || ownHaa(e))) {
        if (isVerbalNoun(W(e)) && e + 1 < n && def(e + 1)) break; // "سليم عون بإقرار الخطة"
        // "كيارا بيللي بنحو 44": a figure, and the word before it, are no part of a name.
        if (T.kind[P.at[e] as number] === NUMBER || T.kind[(P.at[e] as number) + 1] === NUMBER) break;
        e++;
      }
      // The family name, unless it is a noun with its adjective ("البنك الزراعي").
      // ("للجزيرة" after a name is whom it was said to: a family name opens with ال itself.)
      // Two words with the article that end the phrase both belong to the name when the
      // first is a given name ("عمر الأمين الطاهر") or the second an adjective of relation
      // ("خالد المبروك الزوي"); otherwise the second is an object ("نبيل الحداد القرار").
      // (A role word ends the name, unless it closes the phrase right before the reported
      // clause: "الدكتور أمجد كمال الوكيل أن" bears the family name الوكيل.)
      // ("فادي ميشال حداد الموظفين": after three names, a plural of people is the verb's
      // object, no family name; "جاسم أحمد البوعينين" ends with one.)
      const familyWord = (j: number): boolean =>
        j < n && def(j) && W(j).charCodeAt(0) === ALEF && !(j - s >= 3 && this.peoplePlural(W(j))) && (!role(j) || (j === n - 1 && j > s + 1 && T.isWord(P.next) && this.clauseStop(P.next)));
      // ("منى خليل العبد الله": a family name of a joiner with the article and its word.)
      const pair =
        familyWord(e) && familyWord(e + 1) && e + 2 === n && (lex.articleGivenNames.has(W(e)) || lex.joiners.has(W(e)) || (!nisba(W(e)) && nisba(W(e + 1))));
      const family = familyWord(e) && (pair || !(e + 1 < n && def(e + 1) && W(e + 1).startsWith("ال") && nisba(W(e + 1))));
      if (family) e += pair ? 2 : 1;
      // "عثمان الطيب حامد": a given name with the article, then a family name without it.
      if (family && !pair && lex.articleGivenNames.has(W(e - 1)) && e < n && e - s < MAX_NAME_WORDS && !def(e) && !role(e) && !this.pronounSuffixed(P.at[e] as number) && !isPrepositional(W(e))) e++;
      // A run too long for a name runs on into the object ("محمد أبو زريق ورقة نقدية"):
      // the name is its first two words, three with a joiner. (Joiners are no parts of
      // their own: "هلال بن سعيد بن ناصر الحجري" has four.)
      let parts = 0;
      for (let j = s; j < e; j++) if (!lex.joiners.has(W(j))) parts++;
      if (parts > MAX_NAME_WORDS) {
        if (prep) continue;
        e = s + (lex.joiners.has(W(s + 1)) || lex.joiners.has(W(s)) ? 3 : 2);
      }
      // "الفلاح الهاشمي بن عمر قدور": a given name with the article before the father's name.
      const from = lex.patronymics.has(W(s)) && s >= 2 && def(s - 1) && !role(s - 1) && !this.honorific(s - 1) ? s - 1 : s;
      const run: [number, number, boolean] = [from, e, family && (parts <= MAX_NAME_WORDS || e - s <= MAX_NAME_WORDS)];
      const coordinated = W(s).charCodeAt(0) === WAW && e - s <= 2 && e < n;
      if (prep || coordinated) fallback ??= run;
      else {
        found = run;
        break;
      }
      s = e - 1;
    }
    this.weak = found === null && fallback !== null;
    return found ?? fallback;
  }

  // "وقال المدير العام، محمد علي، إن": a short name between commas right after the phrase.
  // An honorific opening it is left out ("، الدكتور حسام فرغلي،"); a title is another
  // description, not a name ("، مدير مستشفى الجامعة،").
  private appositive(at: number, orEnd = false): Span | null {
    const T = this.t;
    if (!isComma(T.c(at))) return null;
    let s = at + 1;
    if (T.isWord(s) && this.lex.honorifics.has(this.w(s))) {
      s++;
      while (T.isWord(s) && this.lex.ranks.has(this.w(s))) s++; // "، اللواء الركن عباس الساعدي،"
    } else if (T.isWord(s) && T.abbreviation(s + 1)) s += 2;
    // ("، يدعى أبو علي،": the name given to him.)
    else if (T.isWord(s) && this.lex.called.has(this.w(s))) s++;
    // "، الطبيبة الكينية وانجيرو موانغي،": a profession before the name (and its nationality).
    if (T.isWord(s) && T.isWord(s + 1) && definite(this.w(s)) && this.role(this.w(s)) && !this.lex.articleGivenNames.has(this.w(s))) s++;
    // "، الفرنسي باتريك لوران،", "، النائبة الأوروبية الإسبانية إيلينا …": adjectives of
    // relation before the name.
    while (T.isWord(s) && T.isWord(s + 1) && definite(this.w(s)) && nisba(this.w(s)) && !this.lex.articleGivenNames.has(this.w(s)) && (!definite(this.w(s + 1)) || nisba(this.w(s + 1)))) s++;
    // (The words of a name after a joiner do not count: "محمد بن خليفة آل ثاني".)
    let k = s;
    let parts = 0;
    // (Between commas a name may have five parts: "، عبد الرحيم محمد الأمين أحمد النور،".)
    while (k < T.n && parts < MAX_NAME_WORDS + 1 && ((T.kind[k] === WORD && (!this.stop(k) || this.particle(k, s))) || (k > s && T.abbreviation(k)))) {
      // ("رونالد ج. بيترسون": an initial's dot is the initial's.)
      if (T.kind[k] === WORD && !this.lex.joiners.has(this.w(k))) parts++;
      k++;
    }
    // (Where no quotation follows, a sentence may end with the name: "… والي الولاية، عبد الحكيم
    // بوزيدي."; or a colon opens the quotation: "…، ليو مي-لينغ: «…»".)
    if (k - s < 2 || !(isComma(T.c(k)) || (orEnd && (k >= T.n || isSentenceEnd(T.c(k)) || T.c(k) === 0x3a)))) return null;
    // A name may open with the article ("، الطيب النور،") and then keeps it on every word; a
    // description holds a title word or a pronoun ("، المعروف بمواقفه،").
    // ("، أحد سكان الدوار،": one of a group is a description, not a name.)
    if (this.w(s) === "احد" || this.w(s) === "احدي") return null;
    // ("، الناطق الرسمي باسم الحكومة،": in the name of a body, a title's, not the name باسم.)
    if (this.w(s) === "باسم" && T.isWord(s + 1) && definite(this.w(s + 1))) return null;
    // (The article is read in the original: "إليانور" folds to what looks like ال + يانور.)
    const opensDefinite = this.defAt(s);
    for (let j = s; j < k; j++) {
      if (T.kind[j] !== WORD) continue;
      const w = this.w(j);
      // ("نور الدين آيت الحاج": an honorific's word inside a name is the name's.)
      // ("، الدكتور مختار عمران الزنتاني،": a title that is also a given name opens the name.)
      const givenRole = j === s && this.lex.givenNameRoles.has(w) && j + 1 < k && !definite(this.w(j + 1)) && !this.lex.roles.has(`${w} ${this.w(j + 1)}`);
      // ("، كريستينه فون هالدن،": a foreign given name's own final ه, a name after it.)
      // ("، حسن عبدي ورسمه،": or the last word's, after two words of a name that opens with a
      // common given name; "، طلبت عدم نشر اسمها،" is a clause.)
      const ownHaa =
        (j === s && j + 1 < k && !definite(this.w(j + 1)) && !this.role(this.w(j + 1))) || (j === k - 1 && j - s >= 2 && this.lex.givenNames.has(this.w(s)));
      // ("، نايف فلاح الهاجري،": a role's word without the article after a common given name is a name.)
      const inside = j > s && !definite(w) && this.lex.givenNames.has(this.w(j - 1)) && j + 1 < k;
      if ((this.role(w) && !this.lex.articleGivenNames.has(w) && !givenRole && !inside) || (j === s && this.lex.honorifics.has(w)) || (this.pronounSuffixed(j) && !ownHaa)) return null;
      // (A given name with the article may be followed by any: "، الطيب عبد الرحيم حمد النيل،".)
      if (opensDefinite && !this.defAt(j) && !this.lex.joiners.has(w) && !this.lex.articleGivenNames.has(this.w(s))) return null;
    }
    return { start: T.start[s] as number, end: T.end[k - 1] as number };
  }

  // "عضو مجلس إدارة الغرفة، رئيس لجنة سوق العمل فيها، خالد يوسف المؤيد لـ«الأيام» إن": a
  // second title between commas, then the name (in apposition, or before the clause).
  private secondTitle(at: number, limit: number): Span | null {
    const T = this.t;
    if (!isComma(T.c(at)) || !T.isWord(at + 1) || !this.role(this.w(at + 1))) return null;
    let k = at + 2;
    while (k < limit && k - at <= 12 && T.kind[k] === WORD && !this.clauseStop(k)) k++;
    // ("رئيس المؤتمر، وزير البيئة التركي أرطغرل كايا، للصحافيين": the second title runs into
    // the name.)
    if (k >= limit || !isComma(T.c(k))) return null;
    const inTitle = this.trailingName(at + 1, limit);
    if (inTitle !== null) return inTitle;
    const apposition = this.appositive(k, true);
    if (apposition !== null) return apposition;
    // (Without a comma after it, the name runs to whom it was said or to the clause.)
    let e = k + 1;
    while (e < limit && e - k <= MAX_NAME_WORDS && T.kind[e] === WORD && !this.stop(e) && !this.toOutlet(this.w(e)) && this.w(e) !== "ل") e++;
    if (e - k - 1 < 2 || e - k - 1 > MAX_NAME_WORDS || !T.isWord(e) || !(this.clauseStop(e) || this.w(e) === "ل" || this.toOutlet(this.w(e)) || this.lex.addressees.has(this.w(e)))) return null;
    for (let j = k + 1; j < e; j++) if (this.role(this.w(j)) || this.pronounSuffixed(j)) return null;
    return { start: T.start[k + 1] as number, end: T.end[e - 1] as number };
  }

  // "رئيس جماعة قروية في إقليم طاطا، إبراهيم أوحمو،": the title's description runs on
  // past a preposition to the comma of the apposition.
  private describedAppositive(from: number, limit: number): Span | null {
    const T = this.t;
    const lex = this.lex;
    // ("المهندس المشرف على المشروع، يونس …": على, not the name علي, opens a description too.)
    // ("والرئيس التنفيذي لـ"خزنة"، أحمد …": the body's quoted name after لـ.)
    const toQuoted = T.isWord(from) && this.w(from) === "ل" && isQuotationMark(T.c(from + 1));
    // ("الكاتب العام للمكتب الجهوي للاتحاد، وائل …": a body's name glued to لل or بال.)
    const first = T.isWord(from) ? this.w(from) : "";
    // ("رئيسة المنظمة الوطنية لحماية المستهلك وإرشاده، فضيلة …": a coordinated noun too.)
    const glued = (first.length >= 6 && (first.startsWith("لل") || first.startsWith("بال"))) || (first.length >= 4 && first.charCodeAt(0) === WAW);
    if (!T.isWord(from) || !(lex.descriptionPrepositions.has(this.w(from)) || (this.w(from) === "علي" && !this.ali(from)) || toQuoted || glued)) return null;
    let k = from + 1;
    let quoted = false;
    // (A body's name may stand in quotation marks: "في شركة "الراجحي المالية"، خالد …"; its
    // words are the body's own: "ذو الفقار وشركاه".)
    for (; k < limit && k - from <= 12 && (T.kind[k] === WORD || isQuotationMark(T.c(k))); k++) {
      if (T.kind[k] !== WORD) {
        quoted = !quoted;
        continue;
      }
      if (quoted) continue;
      const w = this.w(k);
      if (this.clauseStop(k) || lex.speechSettings.has(w) || lex.addressees.has(w) || this.pronounSuffixed(k)) return null;
      if (this.stop(k) && !lex.descriptionPrepositions.has(w)) return null;
    }
    // (As after a title without a setting, a sentence may end with the name.)
    return this.appositive(k, true);
  }

  // After an outlet's name (its own name in quotation marks, a comma), "نقلا عن" and the
  // source it relays, or null.
  private relayedBy(from: number, limit: number): Span | null {
    const T = this.t;
    for (let k = from; k + 2 < limit && k - from <= 8; k++) {
      if (T.kind[k] === WORD) {
        if (strip(this.w(k)) === "نقلا" && this.w(k + 1) === "عن") return this.after(k + 2, limit);
        if (this.clauseStop(k) || matchSpeech(T, k) !== null) return null;
      } else if (!isQuotationMark(T.c(k)) && !isComma(T.c(k))) return null;
    }
    return null;
  }

  // The reported clause within ten tokens of k (an opener word, a quotation mark, a sentence
  // end), or where the search stopped.
  private clauseAfter(from: number, limit: number): number {
    const T = this.t;
    let k = from;
    while (k < limit && k - from < 10 && !(T.kind[k] === WORD ? this.clauseStop(k) : isOpeningMark(T.c(k)) || isSentenceEnd(T.c(k)))) k++;
    return k;
  }

  // Whether the reported clause follows the punctuation at k after a name, past what may
  // stand between them: an age in parentheses ("يزن المومني (20 عاماً) إن"), a comma
  // before the clause or a relative clause ("…، أن", "…، التي تتلقى العلاج …، إنها"), the
  // occasion and whom it was said to ("…، في تصريح لـ(بترا)، إن").
  private clauseSoon(k: number, limit: number): boolean {
    const T = this.t;
    const lex = this.lex;
    let depth = 0;
    for (let j = k; j < limit && j - k <= 12; j++) {
      if (T.kind[j] === PUNCT) {
        const c = T.c(j);
        if (c === 0x28) depth++;
        else if (c === 0x29) depth--;
        else if (c === 0x3a || (depth === 0 && isOpeningMark(c))) return j > k;
        else if (!isComma(c) || depth > 0) return false;
        continue;
      }
      if (depth > 0) continue;
      if (T.kind[j] !== WORD) return false;
      const w = this.w(j);
      if (this.clauseStop(j) || (lex.relatives.has(w) && isComma(T.c(j - 1)))) return true;
      // (A setting's complement: "صباح الجمعة", "في تصريح صحفي".)
      const complement = T.isWord(j - 1) && lex.speechSettings.has(this.w(j - 1));
      if (!(lex.descriptionPrepositions.has(w) || lex.speechSettings.has(w) || lex.addressees.has(w) || this.toOutlet(w) || w === "ل" || complement)) return false;
    }
    return false;
  }

  // The closing mark of a short name in quotation marks or parentheses at `at`, or -1.
  private outletClose(at: number, limit: number): number {
    const T = this.t;
    if (isQuotationMark(T.c(at))) return this.closingQuote(at, limit);
    if (T.c(at) !== 0x28) return -1;
    let k = at + 1;
    while (k < limit && k - at <= 5 && T.kind[k] !== PUNCT) k++;
    return k > at + 1 && k < limit && T.c(k) === 0x29 ? k : -1;
  }

  // The closing mark of a short name in quotation marks at `at` (at most `most` tokens), or -1.
  private closingQuote(at: number, limit: number, most = 5): number {
    const T = this.t;
    let k = at + 1;
    while (k < limit && k - at <= most && T.kind[k] !== PUNCT) k++;
    return k > at + 1 && k < limit && isQuotationMark(T.c(k)) ? k : -1;
  }

  // A short name in quotation marks at `at` ("سلام 21") with a word after it: the token after
  // its closing mark, or 0.
  private quotedName(at: number, limit: number): number {
    const close = this.closingQuote(at, limit, 4);
    return close > 0 && close + 1 < limit && this.t.kind[close + 1] === WORD ? close + 1 : 0;
  }

  // A name that closes a setting and opens the reported clause: words after the phrase up
  // to إن/أن/":" or the quotation mark, the name at their end, before what says whom it
  // was said to ("لـCNN بالعربية", "لفرانس برس").
  private trailingName(from: number, limit: number): Span | null {
    const T = this.t;
    const at: number[] = [];
    const abbr: boolean[] = [];
    const lex = this.lex;
    let k = from;
    for (; k < limit && at.length < 16; k++) {
      if (T.kind[k] === WORD) {
        // ("نائب المبعوث الخاص للأمين العام إلى اليمن توماس أوبرغر": إلى inside a title, with
        // a name after its place.)
        const toPlace = this.w(k) === "الي" && T.isWord(k + 1) && !this.stop(k + 1) && !this.pronounSuffixed(k + 1);
        if (this.clauseStop(k) && !toPlace) break;
        // "في كلمته خلال حفل الافتتاح": the occasion of the statement, not a description;
        // "طلب عدم ذكر اسمه", "التي قادت الدراسة": a clause. A description holds only the
        // prepositions of a title ("النائب عن …", "الباحثة في …").
        const w = this.w(k);
        if (lex.addressees.has(w) || (at.length >= 3 && this.toOutlet(w))) {
          // "بدر المطيري لوكالة الأنباء الكويتية (كونا) اليوم إن": to whom, then the clause.
          k = this.clauseAfter(k, limit);
          break;
        }
        // ("… سلمى الزين بابكر لـ"السوداني" إن", "… لـ(كونا) إن": to an outlet in quotation
        // marks or in parentheses.)
        const close = w === "ل" && at.length >= 3 && T.kind[k + 1] === PUNCT ? this.outletClose(k + 1, limit) : -1;
        if (close > 0) {
          k = this.clauseAfter(close + 1, limit);
          break;
        }
        const preposition = lex.descriptionPrepositions.has(w) || toPlace;
        // "في كلمته": a pronoun right after the preposition is the occasion ("هيرفيه" later on
        // is a name).
        const afterPreposition = k > from && T.kind[k - 1] === WORD && lex.descriptionPrepositions.has(this.w(k - 1));
        // "… عثمان ميرغني الطيب في حديث لبي بي سي أن": the occasion after the name ends the
        // description; what follows it up to the clause says where and to whom.
        // "… في مرسيليا صوفي لوران خلال مؤتمر صحفي إن": the occasion ends the description too.
        if (lex.occasionPrepositions.has(w) && at.length >= 3) {
          k = this.clauseAfter(k, limit);
          break;
        }
        if (lex.speechSettings.has(w) && !preposition && afterPreposition && at.length >= 4) {
          at.pop();
          k = this.clauseAfter(k, limit);
          break;
        }
        if ((lex.speechSettings.has(w) && !preposition) || (this.pronounSuffixed(k) && (afterPreposition || k === from))) return null;
        if (this.stop(k) && !preposition) return null;
        at.push(k);
        abbr.push(false);
      } else if (T.abbreviation(k) && at.length > 0 && at[at.length - 1] === k - 1) abbr[abbr.length - 1] = true;
      // ("الناشط في جمعية "سلام 21" جان مارتان": a body's short name in quotation marks, with
      // words after it; a mark that opens the quotation itself has none.)
      else {
        const after = at.length > 0 && isQuotationMark(T.c(k)) ? this.quotedName(k, limit) : 0;
        if (after === 0) break;
        for (let q = k + 1; q < after - 1; q++) {
          if (T.kind[q] !== WORD) continue;
          at.push(q);
          abbr.push(false);
        }
        k = after - 1;
      }
    }
    // (A limit inside the paragraph is where the caller's verb stands: "عن رئيس مكتب الدفاع عن
    // حقوق العمال رياض المنصوري قوله".)
    const opener = k < limit ? (T.kind[k] === WORD ? this.clauseStop(k) : isOpeningMark(T.c(k)) || this.clauseSoon(k, limit)) : limit < T.n;

    if (!opener) return null;
    const W = (j: number): string => this.w(at[j] as number);
    const def = (j: number): boolean => this.defAt(at[j] as number);
    const honorific = (j: number): boolean => (abbr[j] as boolean) || lex.honorifics.has(W(j));
    let e = at.length;
    while (e > 0 && (this.stop(at[e - 1] as number) || addressee(W(e - 1)))) e--;
    let s = e;
    // ("إياد خليل الشاعر إن": a title's word at the end, after a given name, is a family name.)
    const familyRole = s === at.length && s >= 2 && this.role(W(s - 1)) && !def(s - 2) && !this.role(W(s - 2)) && !honorific(s - 2);
    if (s > 0 && def(s - 1) && !honorific(s - 1) && (!this.role(W(s - 1)) || familyRole)) s--;
    const familyAt = s;
    // ("كمال الدين": the second half of a compound given name has the article.)
    const secondHalf = (j: number): boolean => j > 0 && lex.nameSecondParts.has(W(j)) && !def(j - 1);
    // ("سلمى الزين بابكر", "محمد الحسن عوض": a father's name with the article between a
    // common given name and a word without it.)
    const fathers = (j: number): boolean => j > 0 && j + 1 < e && lex.givenNames.has(W(j - 1)) && !def(j + 1) && !this.role(W(j + 1));
    const plain = (j: number): boolean =>
      !this.stop(at[j] as number) && !honorific(j) && (!def(j) || (j > 0 && lex.joiners.has(W(j - 1))) || secondHalf(j) || fathers(j)) &&
      // ("شيلان كريم حمه أمين": a title that is also a name, after a word of the name.)
      (!this.role(W(j)) || (lex.givenNameRoles.has(W(j)) && (fathers(j) || (j + 1 === e && j > 0 && !def(j - 1) && !this.role(W(j - 1))))));
    // One given name with a family name, two without ("يوسف الخرافي", "ماريا كاميلليري");
    // one more when a title ends right before it ("الكردستاني شيرزاد عمر رسول").
    const usual = familyAt < e ? 1 : 2;
    let most = usual;
    while (s > 0 && plain(s - 1)) {
      // ("نور الدين": a compound given name is one part of two words.)
      const width = secondHalf(s - 1) && s > 1 && plain(s - 2) ? 2 : 1;
      if (familyAt - s >= most) {
        const before = s - 1 - width;
        // The setting ends before the name: a title or a word with the article, or a place of
        // one word after its preposition or its noun ("في لندن عثمان ميرغني الطيب", "في ريف
        // دمشق لؤي حسن الخطيب").
        const place =
          before > 0 && !lex.placeNouns.has(W(before)) && (lex.descriptionPrepositions.has(W(before - 1)) || lex.placeNouns.has(W(before - 1)));
        const bounded = before >= 0 && (def(before) || this.role(W(before)) || honorific(before) || place) && !lex.joiners.has(W(s - 1));
        if (!bounded || most > usual) break;
        most++;
      }
      s -= width;
      if (lex.joiners.has(W(s)) && s > 0 && plain(s - 1)) s--; // "عبد الله", "أبو زريق"
    }
    // ("الكردستاني شيلان كريم حمه أمين": Kurdish and Sudanese names run to four words without
    // the article; a title's adjective right before them bounds them as a title does.)
    if (usual === 2 && familyAt - s === 2 && s >= 3 && plain(s - 1) && plain(s - 2) && def(s - 3) && !lex.joiners.has(W(s - 1)) && !lex.joiners.has(W(s - 2))) s -= 2;
    // "الدكتورة نادية عبد الرزاق الموسوي": a joiner before the name's first word makes one
    // part with it; the given name before them is the name's when a title or an honorific
    // stands before it.
    if (s > 0 && s < familyAt && lex.joiners.has(W(s - 1))) {
      s--;
      if (s > 1 && plain(s - 1) && (def(s - 2) || honorific(s - 2) || this.role(W(s - 2)))) s--;
    }
    // "في بيت لحم إياد خليل الشاعر": a common given name before the name opens it, whatever
    // the setting before it.
    // ("في جامعة خليفة راشد سعيد المنصوري": a given name that names a body is the body's.)
    if (s > 1 && s < familyAt && e - s < MAX_NAME_WORDS && lex.givenNames.has(W(s - 1)) && !def(s - 1) && !lex.joiners.has(W(s - 2)) && !lex.placeNouns.has(W(s - 2))) s--;
    if (s === familyAt) return null;
    // "في العاصمة صنعاء": one word after a noun is the noun's name (a place), not a person's.
    if (e - s < 2 && !(s > 0 && honorific(s - 1))) return null;
    // "في شريط إخباري": a name never stands right after the preposition of the setting; a
    // description names a place or a body first ("في بيروت هيرفيه ماغرو": the place, then
    // the name).
    if (s > 0 && lex.descriptionPrepositions.has(W(s - 1))) {
      if (e - s < 3) return null;
      s++;
    }
    const last = at[e - 1] as number;
    return { start: T.start[at[s] as number] as number, end: (abbr[e - 1] ? T.end[last + 1] : T.end[last]) as number };
  }

  /**
   * The subject before a verb ("غير أن مصدر أمني سوري قال إن", "أن جدي كان يقول"): words
   * back to a boundary, as a folded span.
   */
  before(verbAt: number): Span | null {
    const T = this.t;
    const lex = this.lex;
    let at = verbAt;
    if (T.isWord(at - 1) && lex.auxiliaries.has(this.w(at - 1))) at--;
    else if (T.isWord(at - 1) && this.w(at - 1) === "قد") {
      // "وكان الوزير عمر الطاهر قد صرح": the subject stands between the auxiliary and قد.
      // ("وكان وزير الطاقة، الدكتور علي أكبر نوروزي، قد أكد": a name between commas.)
      for (let j = at - 2; j >= 0 && at - j <= 18 && (T.kind[j] === WORD || isComma(T.c(j)) || T.abbreviation(j)); j--) {
        if (T.kind[j] === WORD && lex.auxiliaries.has(strip(this.w(j)))) return j + 1 < at - 1 ? this.after(j + 1, at - 1) : null;
      }
      return null;
    }
    // "غير أن مسؤولا بجماعة إيغيل، فضل عدم الكشف عن هويته، اعتبر": the clause that asks for
    // anonymity stands between the subject and the verb.
    if (isComma(T.c(at - 1))) {
      let j = at - 2;
      while (j > 0 && at - j <= 8 && T.kind[j] === WORD) j--;
      if (j > 0 && isComma(T.c(j)) && T.isWord(j + 1) && lex.anonymity.has(strip(this.w(j + 1)))) at = j;
    }
    // "أستاذ تقنيات التعليم، الدكتور فيصل القرني، قال": the name between commas before the verb.
    if (isComma(T.c(at - 1)) && at === verbAt) {
      let j = at - 2;
      while (j > 0 && at - j <= 7 && (T.kind[j] === WORD || T.abbreviation(j))) j--;
      const named = j >= 0 && isComma(T.c(j)) ? this.appositive(j) : null;
      return named !== null && named.end === (T.end[at - 2] as number) ? this.remember(named) : this.topic(at);
    }
    // "ديوان المحاسبة نفسه أشار": the emphatic pronoun after the subject.
    if (T.isWord(at - 1) && lex.sameWords.has(this.w(at - 1))) at--;
    // "بحسب مختار القرية فالح سعدون، الذي يقول": the one the relative clause describes.
    if (T.isWord(at - 1) && lex.relatives.has(this.w(at - 1)) && isComma(T.c(at - 2))) {
      at -= 2;
      // ("بينهم الممثلة والمخرجة نورة سالم الكواري، التي قالت": a name closes the words.)
      const name = this.described(0, at);
      if (name !== null) return name;
    }
    let k = at - 1;
    const last = k;
    const stopAt = (j: number): boolean => this.stop(j) || lex.speakerStops.has(strip(this.w(j)));
    while (k >= 0 && at - k <= 8) {
      if (T.kind[k] === PUNCT || stopAt(k)) break;
      k--;
    }
    // "غير أن الخبير في الشأن المائي رمضان حمزة الجبوري يرى": a title whose description
    // holds a preposition, the name at its end.
    if (k >= 0 && k < last && T.isWord(k) && lex.descriptionPrepositions.has(this.w(k))) {
      let j = k - 1;
      while (j >= 0 && at - j <= 16 && T.kind[j] === WORD && !stopAt(j)) j--;
      if (j < k - 1 && (this.role(this.w(j + 1)) || this.sourceNoun(this.w(j + 1)) !== null)) return this.after(j + 1, at);
    }
    // A subject opening with و is a new clause, unless the و is the word's own ("وزير الطاقة").
    const head = this.w(k + 1);
    if (k === last || (strip(head) !== head && !this.role(head) && !lex.placeNouns.has(head))) return null;
    if (at - k > 5 && this.w(k) !== "اما") return null; // a long subject only after "أما"
    if (k >= 0 && T.kind[k] !== PUNCT && !stopAt(k)) return null; // no boundary within reach
    this.read(k + 1, last + 1, false);
    return this.subjectBefore();
  }

  /**
   * The name that opens the sentence of a verb after a comma, with what describes it
   * between commas: "أم أحمد (45 عامًا)، من حي طريق السد، قالت". Two to four words up to
   * the first comma or parenthesis, a person's name or a short one without the article.
   */
  private topic(verbAt: number): Span | null {
    const T = this.t;
    let k = verbAt - 1;
    let commas = 1;
    while (k > 0 && verbAt - k <= 30) {
      k--;
      if (T.kind[k] !== PUNCT || T.abbreviation(k)) continue;
      const c = T.c(k);
      if (isComma(c)) {
        if (++commas > 3) return null;
      } else if (c !== 0x28 && c !== 0x29) {
        if (!isSentenceEnd(c)) return null;
        k++;
        break;
      }
    }
    if (k > 0 && T.kind[k - 1] !== PUNCT) return null; // more than thirty tokens back
    let end = k;
    while (end < verbAt && T.kind[end] === WORD) end++;
    if (end - k < 2 || end - k > 4 || !(isComma(T.c(end)) || T.c(end) === 0x28)) return null;
    this.read(k, end, false);
    const P = this.phrase;
    if (P.n !== end - k) return null;
    const [a, b, kind] = this.nameOf();
    if (kind === PERSON) return this.found(a, b, kind);
    for (let j = 0; j < P.n; j++) {
      const w = this.w(P.at[j] as number);
      if (definite(w) || this.role(w) || this.sourceNoun(w) !== null || this.lex.honorifics.has(w)) return null;
    }
    return this.remember(this.span(0, P.n));
  }

  // The name in the phrase read before a verb; a title alone is the person it named before
  // ("الوزير قال إن", "وكان الوزير قد قال").
  private subjectBefore(): Span {
    const [a, b, kind] = this.nameOf();
    return this.titledName(a, b, kind) ?? this.found(a, b, kind);
  }

  /**
   * The one whose words are relayed, for a noun of saying at `verbAt`: "ونقلت رويترز عن
   * مسؤول في وزارة النفط قوله" → "مسؤول في وزارة النفط". The "عن" that follows the relaying
   * verb opens the speaker ("مكتب الدفاع عن حقوق الإنسان" holds another), as does the first
   * "عن" of the clause when no such verb is in reach. Null for any other word.
   */
  relayed(verbAt: number): Span | null {
    const T = this.t;
    const lex = this.lex;
    if (!T.isWord(verbAt) || !lex.relayedSayings.has(strip(this.w(verbAt)))) return null;
    let from = -1;
    for (let k = verbAt - 1; k >= 0 && verbAt - k <= 20; k--) {
      if (T.kind[k] !== WORD) {
        // ("عن المتحدث باسم الوزارة، كاوة عبد الله سعيد، قوله": a name between commas.)
        if (T.abbreviation(k) || isComma(T.c(k)) || T.c(k) === 0x28 || T.c(k) === 0x29) continue;
        break;
      }
      const w = this.w(k);
      if (w === "عن") from = k + 1;
      else if (lex.relayVerbs.has(strip(w))) break;
    }
    return from > 0 && from < verbAt ? this.after(from, verbAt) : null;
  }

  /**
   * The one a relative clause describes, for a verb right after it: "تسلمها نجله المهندس
   * بشار الحوامدة، الذي شكر المنتدى، وقال" → "بشار الحوامدة". The clause sits between
   * commas; before it, a person's name closes a stretch of words (found after a title or an
   * honorific, or a short name alone).
   */
  antecedent(from: number, verbAt: number): Span | null {
    const T = this.t;
    const lex = this.lex;
    // "…، وهو أب لطالبين، إذ قال": إذ between the comma and the verb.
    if (T.isWord(verbAt - 1) && this.w(verbAt - 1) === "اذ") verbAt--;
    if (!isComma(T.c(verbAt - 1))) return null;
    // Back over the clause to its pronoun, which follows a comma.
    let k = verbAt - 2;
    while (k > from && verbAt - k <= 12 && T.kind[k] === WORD && !lex.relatives.has(this.w(k))) k--;
    if (k <= from || T.kind[k] !== WORD || !lex.relatives.has(this.w(k)) || !isComma(T.c(k - 1))) return null;
    return this.described(from, k - 1);
  }

  /**
   * The person an age in parentheses at token `at` follows ("وقفت السيدة نهاد سكاف (81
   * عاماً)" → "نهاد سكاف"), as a folded span, or null.
   */
  aged(at: number): Span | null {
    const T = this.t;
    let s = at - 1;
    while (s >= 0 && at - s <= 6 && T.kind[s] === WORD && !this.stop(s) && matchSpeech(T, s) === null) s--;
    if (at - s - 1 < 2) return null;
    this.read(s + 1, at, false);
    // ("وقف أبو ياسر (60 عاماً)", "تقف سعاد إلياس الحاج (52 عاماً)": the verb before the name
    // is no part of it; the name opens with a joiner or a common given name.)
    return this.nameClosing(true, MAX_NAME_WORDS);
  }

  // The name that closes the words before a relative clause's comma at `end`, back to
  // punctuation (eight words at most), or null.
  private described(from: number, end: number): Span | null {
    const T = this.t;
    let s = end - 1;
    while (s >= from && end - s <= 8 && (T.kind[s] === WORD || T.abbreviation(s))) s--;
    this.read(s + 1, end, false);
    const found = this.nameClosing(false, 3);
    return found === null ? null : this.remember(found);
  }

  // The name that closes the phrase read: after a title, a given name or two and a family
  // name ("ومن بينهم عبدالله المطيري"), or a short name with no article (", محمد علي، الذي
  // …") of at most `most` words; `opener` also takes the words from a joiner or a common
  // given name on.
  private nameClosing(opener: boolean, most: number): Span | null {
    const P = this.phrase;
    if (P.n === 0) return null;
    const run = this.titleRun();
    if (run !== null && !this.weak) return this.span(run[0], run[1]);
    this.weak = false;
    for (let j = 0; opener && j + 1 < P.n; j++) {
      const w = this.w(P.at[j] as number);
      if (this.lex.joiners.has(w) || this.lex.givenNames.has(w)) return P.n - j <= MAX_NAME_WORDS ? this.span(j, P.n) : null;
    }
    const closing = this.closingName();
    if (closing !== null) return closing;
    for (let j = 0; j < P.n; j++) if (definite(this.w(P.at[j] as number)) || this.role(this.w(P.at[j] as number))) return null;
    return P.n >= 2 && P.n <= most ? this.span(0, P.n) : null;
  }

  // The name that ends the phrase read: a family name with the article after one or two
  // given names, the word before them a boundary (a pronoun-suffixed word, a particle or the
  // phrase's start), or null.
  private closingName(): Span | null {
    const P = this.phrase;
    const n = P.n;
    const last = P.at[n - 1] as number;
    if (n < 2 || !this.defAt(last) || this.w(last).charCodeAt(0) !== ALEF || this.role(this.w(last))) return null;
    let s = n - 1;
    while (s > 0 && n - s <= 3) {
      const k = P.at[s - 1] as number;
      const w = this.w(k);
      if (this.defAt(k) || this.role(w) || this.stop(k) || this.pronounSuffixed(k) || this.lex.honorifics.has(w)) break;
      s--;
    }
    if (s === n - 1) return null;
    if (s > 0) {
      const k = P.at[s - 1] as number;
      if (!this.pronounSuffixed(k) && !this.stop(k) && !this.lex.speakerStops.has(strip(this.w(k)))) return null;
    }
    return this.span(s, n);
  }

  /**
   * The subject of the sentence that starts at token `from`, for a verb at `limit` that
   * names nobody: "وتبنت المستشارة … ميركل نفس الرأي وقالت", "من جهته، قدم القيسي شهادة …
   * قال فيها". The sentence must open with a verb: a word without the article that is no
   * particle, after an adverbial opener ("من جهته،", "في المقابل،").
   */
  subject(from: number, limit: number): Span | null {
    const T = this.t;
    const lex = this.lex;
    let start = from;
    let opener = false;
    // "أما الائتلاف الوطني السوري المعارض، فقد دعا …": the topic is the subject.
    // "أما الباحثة في علوم البيئة … نادية الموسوي فترى أن": the topic runs to the verb of
    // its answer, which opens with ف.
    if (T.isWord(start) && strip(this.w(start)) === "اما") {
      let k = start + 1;
      while (k < limit && k <= start + 8 && T.kind[k] === WORD) k++;
      if (k > start + 1 && isComma(T.c(k))) {
        // ("أما رئيس الغرفة …، منير صالح الشريف، فقد اعتبر": a title and its name in apposition.)
        if (this.role(this.w(start + 1))) {
          const named = this.after(start + 1, limit);
          if (named !== null && named.start > (T.end[k] as number)) return named;
        }
        this.read(start + 1, k, false);
        const [a, b, kind] = this.nameOf();
        return this.found(a, b, kind);
      }
      k = start + 1;
      // ("أما محمد علي الرفاعي (67 عاماً) فيقول": an age in parentheses after the name, and
      // "أما عبد السلام الزوي (70 عاماً)، من مدينة إجدابيا، فقال": a description between commas.)
      let nameEnd = -1;
      let commas = 0;
      while (k < limit && k <= start + 20) {
        if (T.kind[k] === WORD) k++;
        else if (T.c(k) === 0x28 && commas === 0) {
          const close = this.outletClose(k, limit);
          if (close < 0) break;
          if (nameEnd < 0) nameEnd = k;
          k = close + 1;
        } else if (isComma(T.c(k)) && ++commas <= 2) {
          if (nameEnd < 0) nameEnd = k;
          k++;
        } else break;
      }
      if (k === limit && k > start + 2 && this.w(k).charCodeAt(0) === FAA && commas !== 1) return this.after(start + 1, nameEnd > 0 ? nameEnd : k);
    }
    // "وقد نعت وزارة الثقافة الفقيد، وقالت": قد before the sentence's verb.
    if (T.isWord(start) && strip(this.w(start)) === "قد" && start + 2 < limit) start++;
    // "وكان والي اترارزة، السيد محمد الأمين ولد بيه، قد رحب …، معتبرا": the subject of كان.
    if (T.isWord(start) && lex.auxiliaries.has(strip(this.w(start))) && start + 1 < limit) return this.after(start + 1, limit);
    // ("وطلب محامي المتهم، …، قائلاً": a verb that also asks for anonymity opens the sentence.)
    if (T.isWord(start) && lex.speakerStops.has(strip(this.w(start))) && !lex.anonymity.has(strip(this.w(start)))) {
      for (let k = start + 1; k < limit && k <= start + 6; k++) {
        if (isComma(T.c(k))) {
          start = k + 1;
          opener = true;
          break;
        }
        if (T.kind[k] === PUNCT) break;
      }
      if (!opener) return null;
    }
    if (!T.isWord(start) || start + 1 >= limit) return null;
    const verb = strip(this.w(start));
    // (The article is read in the original: "وألقى" folds to what looks like و + ال + قي.)
    if (verb.length < 3 || this.defAt(start) || (lex.speakerStops.has(verb) && !lex.anonymity.has(verb)) || lex.continuation.has(verb)) return null;
    return this.after(start + 1, limit);
  }

  // The name given with a title word, kept under the title with the article ("والي" →
  // "الوالي"), for later mentions by the title alone.
  private title(word: string, span: Span): Span {
    const key = this.roleKey(word) ?? (definite(word) ? word : null);
    if (key !== null) this.titled.set(key, span);
    return span;
  }

  // The words of a name found, for later mentions.
  private remember(span: Span): Span {
    const T = this.t;
    const lex = this.lex;
    this.lastFolded = span;
    let lo = 0;
    let hi = T.n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((T.start[mid] as number) < span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < T.n; k++) {
      if ((T.end[k] as number) > span.end) break;
      if (T.kind[k] !== WORD) continue;
      const w = this.w(k);
      // ("نهى عبد المنعم السيد": an honorific's word that ends a name is its family name.)
      if (w.length > 1 && !this.role(w) && (!lex.honorifics.has(w) || k > lo) && !lex.joiners.has(w)) this.known.add(w);
    }
    return span;
  }
}

function isSentenceEnd(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x061f || c === 0x3f;
}

function isComma(c: number): boolean {
  return c === 0x060c || c === 0x2c;
}

function isOpeningMark(c: number): boolean {
  return c === 0x22 || c === 0xab || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x3a;
}

// A word that opens with a one-letter preposition (ب, and ل with `lam`) and is long enough
// to hold a noun after it: "لمصدري", "بوزارة". Four letters are a name more often than not
// ("بشار", "كمال", "ليلى"), and كـ seldom opens a phrase of a title; where a name can be
// ruled out otherwise, four do ("لغرب", "بجدة": `least` 4).
function isPrepositional(w: string, least = 5, lam = true): boolean {
  const c = w.charCodeAt(0);
  return (c === BAA || (lam && c === LAM)) && w.length >= least;
}

// "الزراعي", "الوطنية": an adjective of relation (folded ية is يه).
function nisba(w: string): boolean {
  return w.endsWith("ي") || w.endsWith("يه");
}

// "بالعربية", "للصحفيين", "لCNN": words that say to whom or how something was said,
// never part of a name.
function addressee(w: string): boolean {
  if (definite(w) && !(w.charCodeAt(0) === ALEF)) return true;
  let latin = false;
  let arabic = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x80) latin = true;
    else if (c >= 0x0600 && c <= 0x06ff) arabic = true;
  }
  return latin && arabic;
}

// "بإقرار", "لتنفيذ": a preposition glued to a noun, which ends a name before its complement.
function isVerbalNoun(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c === BAA || c === LAM) && w.length >= 5;
}


