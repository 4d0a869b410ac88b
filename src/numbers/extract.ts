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

import { ALEF, BAA, COLON, DIGIT_BIT, FAA, FULL_STOP, KAF, LAM, SHADDA, SPACE_BIT, TAA, TATWEEL, WAW, WORD_BIT, YAA, charClasses, isHamzaAlef, isLineBreak } from "../core/chars.js";
import { assertString } from "../core/errors.js";
import type { Token } from "../core/tokens.js";
import type { Span } from "../core/span.js";
import { type NormalizedText, OffsetMapBuilder, type OrderedMap, orderedIndex, orderedMap, orderedSpan, sourceEnd } from "../core/view.js";
import { runNormalizer } from "../normalize/engine.js";
import { MATCH_OPTIONS } from "../normalize/match.js";
import { AGE_WORDS, BETWEEN_WORD, CLOCK_WORDS, NAME_HEADS, PERIOD_AFTER, PERIOD_BEFORE, SECOND_AFTER, SHARE_AFTER, SHARE_AFTER_WEAK, SHARE_BEFORE, PRIMARY_HEADS, NOT_AFTER_FIRST, OF_WORD, SAFAR_AFTER, SAFAR_BEFORE, TIME_UNIT_AFTER, VAGUE_BEFORE_AND } from "./lexicon.js";
import { readDigits } from "./digits.js";
import { beginReading, endReading, tokenAt } from "./reading.js";
import { type NumberKind, type NumberMatch, numberInReading, opensNumber, plainFigures, scaled, separatedFigures } from "./scan.js";
import type { NumberMention } from "./types.js";
import { type WordHit, type WordTrie, buildTrie, isWord, lookupWord, scanWord } from "./words.js";

type Cue = "timeUnitAfter" | "notAfterFirst" | "nameHead" | "vague" | "safarBefore" | "safarAfter" | "final" | "once" | "clock" | "secondAfter";

let cues: WordTrie<Cue> | undefined;

function cueTrie(): WordTrie<Cue> {
  if (cues === undefined) {
    const entries: [string, Cue][] = [];
    const add = (words: readonly string[], cue: Cue): void => {
      for (const w of words) entries.push([w, cue]);
    };
    add(TIME_UNIT_AFTER, "timeUnitAfter");
    add(NOT_AFTER_FIRST, "notAfterFirst");
    add(NAME_HEADS, "nameHead");
    add(VAGUE_BEFORE_AND, "vague");
    add(SAFAR_BEFORE, "safarBefore");
    add(SAFAR_AFTER, "safarAfter");
    add(["النهائي", "نهائي", "نهائية", "النهائية"], "final");
    add(["واحدة"], "once");
    add(CLOCK_WORDS, "clock");
    add(SECOND_AFTER, "secondAfter");
    cues = buildTrie(entries);
  }
  return cues;
}

// The cue a word is, read also behind a conjunction (ونيفا is و + نيفا).
function cue(text: string, t: Token | null): Cue | undefined {
  if (t === null || t.kind !== "word") return undefined;
  const trie = cueTrie();
  const whole = trie.get(text, t.start, t.end);
  if (whole !== undefined || t.end - t.start < 3) return whole;
  const c = text.charCodeAt(t.start);
  return c === 0x0648 || c === 0x0641 ? trie.get(text, t.start + 1, t.end) : undefined;
}

// The article ال (or لل، بال) at the front of a word: the word is definite.
function definite(text: string, t: Token | null): boolean {
  if (t === null || t.kind !== "word" || t.end - t.start < 3) return false;
  const s = text.slice(t.start, Math.min(t.end, t.start + 4));
  return s.startsWith("ال") || s.startsWith("لل") || s.startsWith("بال") || s.startsWith("وال") || s.startsWith("فال");
}

function isNumberToken(text: string, t: Token | null): boolean {
  return t !== null && (t.kind === "number" || (t.kind === "word" && lookupWord(text, t.start, t.end) !== undefined));
}

// الدورة الـ45: digits right after the article (the word token [prevStart, prevEnd)) are a
// rank; with a magnitude after them (الـ100 ألف دولار, ending past the digits at `digitsEnd`)
// they are a count.
function digitsKind(text: string, original: string, view: NormalizedText | null, map: OrderedMap | null, start: number, stop: number, digitsEnd: number, kind: NumberKind, value: number, prevKind: Token["kind"] | null, prevStart: number, prevEnd: number): NumberKind {
  if (kind !== "cardinal" || stop !== digitsEnd || prevKind !== "word") return kind;
  const article = articleBefore(text, prevStart, prevEnd);
  // "ال 25" may keep a space; "وال 5" is a word (وال, a governor) before a count, but
  // "والـ 19" is the article: its tatweel, dropped from the view, is in the original.
  const near = article === 1 ? start - prevEnd <= 1 : article === 2 && (start === prevEnd || (start - prevEnd === 1 && tatweelBefore(original, view, map, prevEnd)));
  return near && Number.isInteger(value) ? "ordinal" : kind;
}

function tatweelBefore(original: string, view: NormalizedText | null, map: OrderedMap | null, pos: number): boolean {
  return original.charCodeAt(originalIndex(view, map, pos) - 1) === TATWEEL;
}

// Where the character at `pos` of the view came from in the original.
function originalIndex(view: NormalizedText | null, map: OrderedMap | null, pos: number): number {
  return map !== null ? orderedIndex(map, pos) : source(view, map, pos, pos + 1).start;
}

// The article as the word [start, end): 1 for ال alone, 2 behind proclitics (والـ19،
// بالـ4، وبالـ7، للـ12، وللـ5), 0 for any other word (بلال).
function articleBefore(text: string, start: number, end: number): number {
  if (end - start === 2 && text.startsWith("ال", start)) return 1;
  let i = start;
  const c = text.charCodeAt(i);
  if ((c === WAW || c === FAA) && end - i > 2) i++;
  if (end - i === 2) return text.startsWith("لل", i) || (i > start && text.startsWith("ال", i)) ? 2 : 0;
  const p = text.charCodeAt(i);
  if ((p === BAA || p === KAF) && end - i === 3) i++;
  return end - i === 2 && text.startsWith("ال", i) ? 2 : 0;
}

/**
 * Decides what a proposed number that opens with the number word `first` (its word token,
 * proclitics included, is [firstStart, firstEnd)) is in its sentence: its kind, or null
 * when it is not a number there.
 * `original` is the input, for the marks the view has dropped (ألّف with its shadda
 * is the verb "wrote", not a thousand).
 */
function wordsKind(text: string, original: string, view: NormalizedText | null, map: OrderedMap | null, m: NumberMatch, previous: Token | null, first: WordHit, firstStart: number, firstEnd: number): NumberKind | null {
  const next = tokenAt(text, m.end);
  const entry = first.entry;
  // نيف وخمسون، بضع وعشرون: the whole is vague.
  if (cue(text, wordBeforeAnd(text, m.start)) === "vague") return null;
  if (m.kind === "ordinal" && (entry.role === "ordinal" || entry.role === "ordinalHead")) {
    // كانون الأول، تشرين الثاني، ربيع الأول، آل ثاني: the ordinal is part of a name.
    if (cue(text, previous) === "nameHead") return null;
    // أول أمس and أول من أمس are a day; ثانية واحدة and 30 ثانية are seconds.
    if (cue(text, next) === "notAfterFirst" || (m.end === first.end && cue(text, next) === "once")) return null;
    if (next !== null && isWord(text, next.start, next.end, OF_WORD) && cue(text, tokenAt(text, next.end)) === "notAfterFirst") return null;
    if (entry.value === 2 && entry.feminine === true && m.end === first.end) {
      if (entry.definite === true ? cue(text, previous) === "timeUnitAfter" : isNumberToken(text, previous) || !rankedNoun(text, previous)) {
        return null;
      }
    }
    // "فائض أولي"، "تقرير أولي": the adjective "primary", which the view cannot tell from
    // أولى (first) once ى is folded, and Egypt writes أولى with ي ("في أولي جلساته"). Written
    // with ي after a noun it qualifies (lexicon: PRIMARY_HEADS), or with a shadda, it is the
    // adjective.
    if (entry.value === 1 && entry.feminine === true && entry.definite !== true && m.end === first.end) {
      const last = originalIndex(view, map, m.end - 1);
      if (original.charCodeAt(last) === YAA && ((cueBits(text, previous) & PRIMARY_HEAD_BIT) !== 0 || original.charCodeAt(last + 1) === SHADDA)) return null;
    }
  }
  // سن الثلاثين، مجموعة العشرين are counts; القرن العشرين، الذكرى العشرين and the day
  // الثلاثين من أفريل are ranks. A day is at most the thirtieth, and "الستين من عمره",
  // "العشرين من العمر" are ages.
  if (entry.role === "ordinalTen" && m.end === first.end) {
    const of = next !== null && isWord(text, next.start, next.end, OF_WORD);
    const day = of && entry.value <= 30 && !isAge(text, tokenAt(text, (next as Token).end));
    return (definite(text, previous) && !soundPlural(text, previous)) || day ? "ordinal" : "cardinal";
  }
  // الساعة الواحدة: the hour one is written with the count, and is a rank like الساعة الثانية.
  if (entry.role === "unit" && entry.definite === true && entry.value === 1 && m.end === first.end && cue(text, previous) === "clock") return "ordinal";
  // صفر the month: شهر صفر، منتصف صفر، 15 صفر 1446، صفر الخير، محرم 1446 وصفر. As the
  // second end of a range after بين it is zero again: "بين ناقص 4 وصفر درجة".
  if (entry.role === "unit" && entry.value === 0) {
    const yearAfter = next !== null && next.kind === "number" && next.end - next.start >= 3;
    const rangeEnd = text.charCodeAt(m.start - 1) === 0x0648 && previous !== null && isRangeStart(text, previous.start);
    // "15 من صفر"، "العشرين من صفر": a day of the month before من ("موسم 2024 من صفر" is
    // from zero).
    const dayOf = previous !== null && isWord(text, previous.start, previous.end, OF_WORD) && isDay(text, tokenBefore(text, previous.start));
    if (cue(text, previous) === "safarBefore" || cue(text, next) === "safarAfter" || yearAfter || dayOf || (!rangeEnd && isNumberToken(text, previous))) return null;
  }
  // ألّف: the verb keeps its shadda in the original.
  if (entry.role === "scale" || entry.role === "scaleAccusative") {
    const span = source(view, map, first.start, firstEnd);
    if (original.slice(span.start, span.end).includes("\u0651")) return null;
  }
  // نصف النهائي، ربع النهائي: rounds of a cup, not fractions.
  if (m.kind === "fraction" && cue(text, next) === "final") return null;
  if (entry.role === "fraction" && entry.definite === true && m.end === first.end && !isShare(text, m, previous, next, firstStart)) return null;
  return m.kind;
}

const SHARE_BEFORE_BIT = 1;
const SHARE_AFTER_BIT = 2;
const PERIOD_BEFORE_BIT = 4;
const PERIOD_AFTER_BIT = 8;
const SHARE_AFTER_WEAK_BIT = 16;
const PRIMARY_HEAD_BIT = 32;
let cueBitsTrie: WordTrie<number> | undefined;

// The lists of context words that may overlap, as bits: the words around a definite
// fraction (lexicon: SHARE_BEFORE …; من is a word of measure before and of the rest after)
// and the nouns that أولي qualifies.
function cueBits(text: string, t: Token | null): number {
  if (t === null || t.kind !== "word") return 0;
  if (cueBitsTrie === undefined) {
    const bits = new Map<string, number>();
    const add = (words: readonly string[], bit: number): void => {
      for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
    };
    add(SHARE_BEFORE, SHARE_BEFORE_BIT);
    add(SHARE_AFTER, SHARE_AFTER_BIT);
    add(PERIOD_BEFORE, PERIOD_BEFORE_BIT);
    add(PERIOD_AFTER, PERIOD_AFTER_BIT);
    add(SHARE_AFTER_WEAK, SHARE_AFTER_WEAK_BIT);
    add(PRIMARY_HEADS, PRIMARY_HEAD_BIT);
    cueBitsTrie = buildTrie([...bits]);
  }
  const whole = cueBitsTrie.get(text, t.start, t.end);
  if (whole !== undefined || t.end - t.start < 3) return whole ?? 0;
  // One proclitic: ونحو، لنحو، فإلى.
  const c = text.charCodeAt(t.start);
  return c === WAW || c === FAA || c === LAM || c === BAA ? (cueBitsTrie.get(text, t.start + 1, t.end) ?? 0) : 0;
}

/**
 * Is the definite fraction `m` (its word token from `tokenStart`, proclitics included) a
 * share? See SHARE_BEFORE in the lexicon: a period, a place or a script before or after
 * it says no; a word of measure before it, ب on it or a word of the rest after it says
 * yes; nothing says no. "الثامنة والنصف" is the clock's half hour.
 */
function isShare(text: string, m: NumberMatch, previous: Token | null, next: Token | null, tokenStart: number): boolean {
  // "الثامنة و النصف": the word before a lone و.
  const lone = previous !== null && previous.end - previous.start === 1 && text.charCodeAt(previous.start) === WAW;
  const before = lone ? tokenBefore(text, (previous as Token).start) : previous;
  const after = cueBits(text, next);
  if ((after & PERIOD_AFTER_BIT) !== 0 || (cueBits(text, before) & PERIOD_BEFORE_BIT) !== 0 || isOrdinalWord(text, next)) return false;
  // The hour's half: "الثامنة والنصف من مساء أمس", "8 والنصف" — not "مئة والنصف منها".
  const hour = isOrdinalWord(text, before) || (before !== null && before.kind === "number");
  if ((lone || text.charCodeAt(m.start - 1) === WAW) && hour && (after & SHARE_AFTER_BIT) === 0) return false;
  // بالنصف، للنصف (ل + ال): by half, to half.
  const glued = (m.start > tokenStart && text.charCodeAt(m.start - 1) === BAA) || (text.charCodeAt(m.start) === LAM && text.charCodeAt(m.start + 1) === LAM);
  return glued || (cueBits(text, before) & SHARE_BEFORE_BIT) !== 0 || (after & (SHARE_AFTER_BIT | SHARE_AFTER_WEAK_BIT)) !== 0;
}

// السنوات العشرين الماضية: a definite ten after a plural noun counts it. Only the sound
// feminine plural (ـات) is known by its ending: ـون and ـين end singulars too (مهرجان
// الزيتون العشرين), and the broken plurals (الأعوام) have none. After لل the plural is
// another noun's complement: "البطولة للسيدات العشرين" is the twentieth.
function soundPlural(text: string, t: Token | null): boolean {
  if (t === null || t.end - t.start < 5 || (text.charCodeAt(t.start) === LAM && text.charCodeAt(t.start + 1) === LAM)) return false;
  return text.charCodeAt(t.end - 2) === ALEF && text.charCodeAt(t.end - 1) === TAA;
}

function isOrdinalWord(text: string, t: Token | null): boolean {
  if (t === null || t.kind !== "word") return false;
  const hit = lookupWord(text, t.start, t.end);
  return hit !== undefined && (hit.entry.role === "ordinal" || hit.entry.role === "ordinalHead" || hit.entry.role === "ordinalTen");
}

function isAge(text: string, t: Token | null): boolean {
  return t !== null && t.kind === "word" && AGE_WORDS.some((w) => text.startsWith(w, t.start));
}

// The word right before `start` is بين: what starts there opens a range.
function isRangeStart(text: string, start: number): boolean {
  const t = tokenBefore(text, start);
  return t !== null && isWord(text, t.start, t.end, BETWEEN_WORD);
}

// ألفًا alone, with its tanween, is one thousand in the accusative; ألفا دولار is two.
function accusativeOne(original: string, view: NormalizedText | null, map: OrderedMap | null, m: NumberMatch, first: WordHit): boolean {
  if (first.entry.role !== "scaleAccusative" || first.end !== m.end || m.value !== 2 * first.entry.value) return false;
  const span = source(view, map, first.start, first.end);
  return original.slice(span.start, span.end).includes("\u064B");
}

// A day of a month: one or two figures up to 31, or a number word (الخامس عشر، العشرين).
function isDay(text: string, t: Token | null): boolean {
  if (t === null) return false;
  if (t.kind === "number") {
    const d = readDigits(text, t.start);
    return d !== null && t.end - t.start <= 2 && d.value >= 1 && d.value <= 31;
  }
  const hit = lookupWord(text, t.start, t.end);
  return hit !== undefined && hit.entry.value >= 1 && hit.entry.value <= 31;
}

function hamzaAt(original: string, view: NormalizedText | null, map: OrderedMap | null, pos: number): boolean {
  return isHamzaAlef(original.charCodeAt(originalIndex(view, map, pos)));
}

// The word or the run of digits that ends right before `pos` (spaces between), if any.
function tokenBefore(text: string, pos: number): Token | null {
  let end = pos;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  const cls = charClasses();
  const bit = end > 0 ? (cls[text.charCodeAt(end - 1)] as number) & (WORD_BIT | DIGIT_BIT) : 0;
  if (bit === 0) return null;
  let start = end - 1;
  while (start > 0 && ((cls[text.charCodeAt(start - 1)] as number) & bit) !== 0) start--;
  return { kind: (bit & DIGIT_BIT) !== 0 ? "number" : "word", start, end };
}

// The word before "و" that stands (glued or alone) right before `pos`, if any.
function wordBeforeAnd(text: string, pos: number): Token | null {
  let i = pos - 1;
  while (i >= 0 && text.charCodeAt(i) === 0x20) i--;
  if (i < 0 || text.charCodeAt(i) !== 0x0648 || (i > 0 && text.charCodeAt(i - 1) !== 0x20 && pos - 1 !== i)) return null;
  let end = i;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  let start = end;
  while (start > 0 && ((charClasses()[text.charCodeAt(start - 1)] as number) & WORD_BIT) !== 0) start--;
  return start < end ? { kind: "word", start, end } : null;
}

// An indefinite ثانية is a rank only after the noun it describes (مرة ثانية، بئر ثانية);
// after في, بفارق, خلال, at the start or after a number it is a second of time.
function rankedNoun(text: string, t: Token | null): boolean {
  if (t === null || t.kind !== "word" || t.end - t.start <= 2) return false;
  const c = cue(text, t);
  return c !== "timeUnitAfter" && c !== "secondAfter";
}

/**
 * Extracts number mentions from a matching view of a text. The loop walks the view
 * once; only a digit, a sign or a word the lexicon knows is handed to the grammar, so
 * ordinary words cost one failed trie step or two. With `map`, the ordered
 * map of the same view, spans are mapped back along it instead of searched for.
 */
export function extractFromView(view: NormalizedText, original: string, map: OrderedMap | null = null): NumberMention[] {
  return extractFrom(view.text, original, map === null ? view : null, map);
}

// Where a stretch of the view came from: through the ordered map when there is one
// (extractNumbers builds it), else through the view.
function source(view: NormalizedText | null, map: OrderedMap | null, start: number, end: number): Span {
  return map !== null ? orderedSpan(map, start, end) : (view as NormalizedText).spanToOriginal({ start, end });
}

function extractFrom(text: string, original: string, view: NormalizedText | null, map: OrderedMap | null): NumberMention[] {
  const n = text.length;
  // The mentions found, as numbers in a typed list (see Found). Their objects are made
  // at the end, all at once: made during the scan, they would be copied by every
  // young-generation collection that the scan's short-lived garbage sets off.
  const found: Found = { chunks: [], valueChunks: [], places: new Int32Array(SLOTS * 16), values: new Float64Array(16), count: 0 };
  // The last mention found waits here until the next one is known, since the next may
  // lend it a percent or a magnitude (see sharedEnd).
  let pending = false;
  let pStart = 0;
  let pStop = 0;
  // The pending mention's span: where it starts in the original, and either its end
  // (pNext = -1) or, through the ordered map, where its last character came from and
  // where its end maps to: the end itself is then worked out with the mention's text
  // (see sourceEnd).
  let pFrom = 0;
  let pLast = 0;
  let pNext = -1;
  let pValue = 0;
  let pKind: NumberKind = "cardinal";
  let pExact = true;
  // The same of the last mention kept, for the test below.
  let lastLast = -1;
  let lastNext = -1;
  let prevKind: Token["kind"] | null = null;
  let prevStart = 0;
  let prevEnd = 0;
  const cls = charClasses();
  let i = 0;
  // One reading for the whole text: the tokens a number's reading found around it
  // are asked for again by the rules here and by the next number.
  beginReading(text);
  while (i < n) {
    const c = text.charCodeAt(i);
    const bits = cls[c] as number;
    if ((bits & SPACE_BIT) !== 0) {
      i++;
      continue;
    }
    let kind: Token["kind"];
    let end: number;
    let may = false;
    if ((bits & DIGIT_BIT) !== 0) {
      kind = "number";
      end = i + 1;
      while (end < n && ((cls[text.charCodeAt(end)] as number) & DIGIT_BIT) !== 0) end++;
    } else if ((bits & WORD_BIT) !== 0) {
      kind = "word";
      end = scanWord(text, i, n);
      may = end < 0;
      if (may) end = ~end;
    } else {
      kind = "punct";
      end = i + 1;
    }
    // Only a number word or a negative marker opens a number in words, and a sign only
    // right before digits: the grammar says the same, but after it has made its tokens.
    // Most words fail the quick test on their first letters, made here without a call.
    const candidate =
      kind === "number" || (kind === "punct" ? isSign(c) && signBeforeDigits(text, i) : may && opensNumber(text, i, end));
    if (candidate) {
      // Plain figures (most numbers of a text) and figures with separators ("2,206") are
      // read here; the rest by the grammar.
      let figures = kind === "number" ? plainFigures(text, i, end) : -1;
      let figuresEnd = end;
      if (figures < 0 && kind === "number") {
        const separated = separatedFigures(text, i, end);
        if (separated !== null) {
          figures = separated.value;
          figuresEnd = separated.end;
        }
      }
      let m = figures >= 0 ? null : numberInReading(text, i);
      // وأحد، وإحدى: the view has folded the hamza away, and و + أحد reads as واحد (one).
      // The original keeps it: after a hamza the و is a conjunction, and أحد alone is none.
      if (m !== null && kind === "word" && m.start === i && text.charCodeAt(i) === WAW && text.charCodeAt(i + 1) === ALEF && hamzaAt(original, view, map, i + 1)) {
        m = numberInReading(text, i + 1);
      }
      if (figures >= 0 || m !== null) {
        const start = m === null ? i : m.start;
        const stop = m === null ? figuresEnd : m.end;
        let from: number;
        let last: number;
        let next = -1;
        if (map !== null && stop > start) {
          from = orderedIndex(map, start);
          last = orderedIndex(map, stop - 1);
          next = orderedIndex(map, stop);
        } else {
          const span = source(view, map, start, stop);
          from = span.start;
          last = span.end;
        }
        // Two numbers from one original character (NFKC expansions) never both stand.
        // The last mention ends at max(lastNext, lastLast + 2) at the latest: only a
        // number that starts before that needs its end exactly.
        if (lastNext < 0 ? from >= lastLast : from >= Math.max(lastNext, lastLast + 2) || from >= sourceEnd(original, lastLast, lastNext)) {
          let kind: NumberKind | null = m === null ? "cardinal" : m.kind;
          let value = m === null ? figures : m.value;
          if (m === null || m.digits) kind = digitsKind(text, original, view, map, start, stop, m === null ? figuresEnd : end, kind, value, prevKind, prevStart, prevEnd);
          else {
            // A number written in digits never opens with a number word; one in words does.
            // It ends with the walk's token: m.start is i, or after a proclitic of the same word.
            const first = lookupWord(text, m.start, end);
            if (first !== undefined) {
              const previous: Token | null = prevKind === null ? null : { kind: prevKind, start: prevStart, end: prevEnd };
              kind = wordsKind(text, original, view, map, m, previous, first, i, end);
              if (kind !== null && accusativeOne(original, view, map, m, first)) value = first.entry.value;
            }
          }
          if (kind !== null) {
            const exact = m === null || m.exact;
            if (pending) {
              if (pKind === "cardinal" && joinsRange(text, pStart, pValue, pStop, start)) {
                const shared = sharedEnd(text, pStart, pStop, pValue, start, stop, value, kind);
                if (shared === PERCENT) pKind = "percent";
                else if (shared > 0) {
                  pValue = scaled(pValue, shared);
                  pExact = pExact && exact;
                }
              }
              keep(found, pFrom, pLast, pNext, pValue, pKind, pExact);
            }
            pending = true;
            pStart = start;
            pStop = stop;
            pFrom = from;
            pLast = last;
            pNext = next;
            pValue = value;
            pKind = kind;
            pExact = exact;
            lastLast = last;
            lastNext = next;
            prevKind = "number";
            prevStart = start;
            prevEnd = stop;
            i = stop;
            continue;
          }
        }
      }
    }
    prevKind = kind;
    prevStart = i;
    prevEnd = end;
    i = end;
  }
  endReading();
  if (pending) {
    keep(found, pFrom, pLast, pNext, pValue, pKind, pExact);
  }
  // Made at its full length: grown one mention at a time, a list of thousands is copied
  // to fresh memory again and again.
  const mentions = new Array<NumberMention>(found.count);
  for (let k = 0; k < found.count; k++) {
    const old = k < found.chunks.length * CHUNK;
    const places = (old ? found.chunks[k >> CHUNK_BITS] : found.places) as Int32Array;
    const values = (old ? found.valueChunks[k >> CHUNK_BITS] : found.values) as Float64Array;
    const j = k & (CHUNK - 1);
    const at = SLOTS * j;
    const start = places[at] as number;
    const next = places[at + 2] as number;
    const end = next < 0 ? (places[at + 1] as number) : sourceEnd(original, places[at + 1] as number, next);
    const code = places[at + 3] as number;
    mentions[k] = { text: original.slice(start, end), span: { start, end }, value: values[j] as number, kind: KINDS[code >> 1] as NumberKind, exact: (code & 1) === 1 };
  }
  return mentions;
}

const KINDS: readonly NumberKind[] = ["cardinal", "ordinal", "fraction", "percent"];

/**
 * The mentions found, in typed arrays: in `places`, four integers each (the start of the
 * span, its end as `last` and `next` (see extractFrom), and the kind's place in KINDS × 2,
 * plus 1 when exact); in `values`, the value. Lists of thousands of objects and boxed
 * values would be regrown, and copied, many times over, and the span objects kept alive
 * through the scan. The offsets are in an Int32Array, not with the values: read from a
 * Float64Array, an offset is a boxed double, and one such offset stored in a span turns
 * the offsets of every span and token of the library into doubles (V8 widens the field
 * for all objects of that shape). `places` and `values` take the newest mentions; once
 * they hold CHUNK of them they are set aside in `chunks` and `valueChunks` and fresh ones
 * are started, so that a long text's mentions are never copied to a bigger array (each
 * copy wrote to fresh memory, which the kernel must first hand over page by page).
 */
interface Found {
  chunks: Int32Array[];
  valueChunks: Float64Array[];
  places: Int32Array;
  values: Float64Array;
  count: number;
}

const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;
const SLOTS = 4;

function keep(found: Found, start: number, last: number, next: number, value: number, kind: NumberKind, exact: boolean): void {
  const j = found.count & (CHUNK - 1);
  if (j === 0 && found.count > 0) {
    found.chunks.push(found.places);
    found.valueChunks.push(found.values);
    found.places = new Int32Array(SLOTS * CHUNK);
    found.values = new Float64Array(CHUNK);
  } else if (j >= found.values.length) {
    // A short text's mentions fit in small arrays; they grow up to a whole chunk.
    const places = new Int32Array(2 * found.places.length);
    places.set(found.places);
    found.places = places;
    const values = new Float64Array(2 * found.values.length);
    values.set(found.values);
    found.values = values;
  }
  const places = found.places;
  const at = SLOTS * j;
  places[at] = start;
  places[at + 1] = last;
  places[at + 2] = next;
  places[at + 3] = KINDS.indexOf(kind) * 2 + (exact ? 1 : 0);
  found.values[j] = value;
  found.count++;
}

const RANGE_WORDS = ["الي", "حتي", "او"] as const;
const RANGE_FIRST = RANGE_WORDS.map((w) => w.charCodeAt(0));

const PERCENT = -1;

/**
 * What the first end of a range, the bare cardinal figures at [aStart, aEnd) worth
 * `aValue`, takes from the second, the mention [bStart, bEnd) worth `bValue` of kind
 * `bKind` ("بين 10 و15 في المئة" is 10% to 15%, "ما بين 20 و25 ألف" 20,000 to 25,000,
 * "10-15%"): PERCENT, the magnitude to multiply it by, or 0 for nothing. Only bare
 * figures take it, and only when they are below the second end's figures.
 */
function sharedEnd(text: string, aStart: number, aEnd: number, aValue: number, bStart: number, bEnd: number, bValue: number, bKind: NumberKind): number {
  const own = readDigits(text, aStart);
  if (own === null || own.end !== aEnd) return 0;
  const figures = readDigits(text, bStart);
  if (figures === null || figures.value <= aValue) return 0;
  if (bKind === "percent") return PERCENT;
  if (bKind === "cardinal" && figures.end < bEnd) {
    const scale = bValue / figures.value;
    if (scale >= 1000 && Number.isInteger(Math.log10(scale))) return scale;
  }
  return 0;
}

// Between two numbers: "و" (alone or glued to the second), "-", "–", "إلى", "حتى" or "أو"
// ("5 أو 6 آلاف").
function joinsRange(text: string, aStart: number, aValue: number, end: number, start: number): boolean {
  let i = end;
  while (i < start && text.charCodeAt(i) === 0x20) i++;
  const c = text.charCodeAt(i);
  if (c === 0x0648) i++;
  else if (c === 0x2d || c === 0x2013) {
    // "1- 2.9 مليون نسمة" at the start of a line numbers a list ("10- 15%" elsewhere is
    // a range typed with the space on one side).
    if (i === end && text.charCodeAt(i + 1) === 0x20 && opensList(text, aStart, aValue)) return false;
    i++;
  } else {
    // A range word is looked for only behind its first letter: most mentions are followed by a word that is none.
    let w = "";
    for (let k = 0; k < RANGE_WORDS.length && w === ""; k++) {
      if (c === RANGE_FIRST[k] && text.startsWith(RANGE_WORDS[k] as string, i)) w = RANGE_WORDS[k] as string;
    }
    if (w === "") return false;
    i += w.length;
  }
  while (i < start && text.charCodeAt(i) === 0x20) i++;
  return i === start;
}

// A list's number: at the start of a line, or its first item, 1, after ":", "؛", "•" or a
// full stop ("وتضمنت الخطة: 1- 2.9 مليون دولار"). An item that follows in the same line
// ("… للصحة 2- 3 ملايين") is not told from a range.
function opensList(text: string, pos: number, value: number): boolean {
  let i = pos;
  while (i > 0 && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x09)) i--;
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  if (isLineBreak(c)) return true;
  return value === 1 && (c === COLON || c === 0x061b || c === 0x2022 || c === FULL_STOP);
}

// "-5", "−5", "٪35", "٪ 35": digits right after the sign, or after one space.
function signBeforeDigits(text: string, i: number): boolean {
  const cls = charClasses();
  const next = text.charCodeAt(i + 1);
  if (((cls[next] as number) & DIGIT_BIT) !== 0) return true;
  return next === 0x20 && ((cls[text.charCodeAt(i + 2)] as number) & DIGIT_BIT) !== 0;
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
  // The view's own map is searched for every span; the mentions come in order, so a
  // cursor along the same map does.
  const builder = new OffsetMapBuilder();
  const folded = runNormalizer(text, MATCH_OPTIONS, builder);
  return extractFrom(folded, text, null, orderedMap(text, builder));
}
