/**
 * The number grammar: reads the longest number expression that starts at a given
 * place of a matching-view text (see `MATCH_OPTIONS`). It knows Arabic number
 * syntax — units before tens, hundreds joined or split, magnitudes with their
 * duals, plurals and accusatives, sums from the largest part down, fractions of
 * magnitudes, the spoken decimal point, percentages and negatives — and nothing of
 * the sentence around it: context (is الثانية a rank or a clock hour?) is the
 * extractor's business.
 *
 * @module
 */

import { ALEF, FAA, HAA, MEEM, SPACE_BIT, TAA, WAW, WORD_BIT, charClasses, isAsciiDigit, isHighSurrogate, wordRunEnd } from "../core/chars.js";
import type { Token } from "../core/tokens.js";
import { type DigitNumber, readDigits, spacedEnd } from "./digits.js";
import { beginReading, endReading, tokenAt } from "./reading.js";
import {
  AFTER_WORD,
  DECIMAL_WORDS,
  DEFINITE_SCALES,
  NEGATIVE_WORDS,
  PERCENT_ONE_WORD,
  PERCENT_TWO_WORDS,
  PRONOUN_PARTICLES,
} from "./lexicon.js";
import { type WordHit, type WordTrie, buildTrie, fold, isProclitic, isWord, lookupWord, mayBeWord } from "./words.js";

/** The kind of a number mention. */
export type NumberKind = "cardinal" | "ordinal" | "fraction" | "percent";

/** A number expression found in a matching-view text; offsets are into that text. */
export interface NumberMatch {
  start: number;
  end: number;
  value: number;
  kind: NumberKind;
  /** False when the value is beyond what a double holds exactly. */
  exact: boolean;
  /** Written in digits only, no word in it. */
  digits: boolean;
}

type Marker = "negative" | "decimal" | "percent1" | "percentIn" | "percentRest" | "definiteScale";

let markers: WordTrie<readonly [Marker, number]> | undefined;

function markerTrie(): WordTrie<readonly [Marker, number]> {
  if (markers === undefined) {
    const entries: [string, readonly [Marker, number]][] = [];
    for (const w of NEGATIVE_WORDS) entries.push([w, ["negative", 0]]);
    for (const w of DECIMAL_WORDS) entries.push([w, ["decimal", 0]]);
    for (const w of PERCENT_ONE_WORD) entries.push([w, ["percent1", 0]]);
    for (const [a, b] of PERCENT_TWO_WORDS) entries.push([a, ["percentIn", 0]], [b, ["percentRest", 0]]);
    for (const [w, v] of DEFINITE_SCALES) entries.push([w, ["definiteScale", v]]);
    markers = buildTrie(entries);
  }
  return markers;
}

// The grammar asks what the same token is several times (see reading.ts): the last
// answers are kept, by token; a token object stands for one place of one text.
let markerOf: Token | null = null;
let markerIs: readonly [Marker, number] | undefined;

function marker(text: string, t: Token | null): readonly [Marker, number] | undefined {
  if (t === null || t.kind !== "word") return undefined;
  if (t !== markerOf) {
    markerOf = t;
    markerIs = markerTrie().get(text, t.start, t.end);
  }
  return markerIs;
}


function isLoneWaw(text: string, t: Token | null): boolean {
  return t !== null && t.kind === "word" && t.end - t.start === 1 && text.charCodeAt(t.start) === WAW;
}

let wordOf: Token | null = null;
let wordIs: WordHit | undefined;
let wordAfterNumberOf: Token | null = null;
let wordAfterNumberIs: WordHit | undefined;

function word(text: string, t: Token | null, afterNumber = false): WordHit | undefined {
  if (t === null) return undefined;
  // The same token is asked about again and again in a reading: the last answer first.
  if (afterNumber) {
    if (t !== wordAfterNumberOf) {
      wordAfterNumberOf = t;
      wordAfterNumberIs = lookup(text, t, true);
    }
    return wordAfterNumberIs;
  }
  if (t !== wordOf) {
    wordOf = t;
    wordIs = lookup(text, t, false);
  }
  return wordIs;
}

function lookup(text: string, t: Token, afterNumber: boolean): WordHit | undefined {
  // Most words a reading asks about (the noun after 12, the verb after a rank) open no
  // number word: the quick test on their first letters says so before any lookup.
  if (t.kind !== "word" || !mayBeWord(text, t.start, t.end)) return undefined;
  return lookupWord(text, t.start, t.end, afterNumber);
}

function startsDefinite(text: string, t: Token | null): boolean {
  if (t === null || t.kind !== "word" || t.end - t.start < 3) return false;
  let s = t.start;
  const c = text.charCodeAt(s);
  if ((c === WAW || c === FAA) && t.end - s > 3) s++;
  const a = text.charCodeAt(s);
  const b = text.charCodeAt(s + 1);
  if (a === 0x0627 && b === 0x0644) return true; // ال
  return (a === 0x0628 || a === 0x0643) && b === 0x0627 && text.charCodeAt(s + 2) === 0x0644; // بال، كال
}

// A noun that a count of three to ten does not take, so that خمس before it is a fifth.
// The count's noun is an indefinite plural (خمس سنوات، سبع دول); a fraction's noun is
// owned: through a pronoun (قيمته، سكانها، ودائعهم, not a particle's: خمس منها) or by the
// noun after it (عشر ميزانية البحث، خمس قيمة الصفقة). A noun in ة alone may be a plural
// (خمس نسوة، سبع أسلحة نارية) and a short word in هم a noun of its own (خمس تهم).
function ownedNoun(text: string, t: Token | null): boolean {
  if (t === null || t.kind !== "word") return false;
  const length = t.end - t.start;
  const last = text.charCodeAt(t.end - 1);
  const before = text.charCodeAt(t.end - 2);
  // A plural in ـات with ه (ساعاته) is a count's noun with its owner: "تسع ساعاته الأولى".
  const pluralHis = last === HAA && before === TAA && text.charCodeAt(t.end - 3) === ALEF;
  const pronoun =
    (length >= 4 && last === HAA && before === TAA && !pluralHis) ||
    (length >= 4 && last === ALEF && before === HAA) ||
    (length >= 5 && last === MEEM && before === HAA);
  if (pronoun) return !isParticleWithPronoun(text, t);
  if (length < 3 || last !== HAA || pluralHis) return false;
  // ميزانية البحث، ميزانية وزارة الصحة: owned by a definite noun, or by one owned in turn.
  const owner = tokenAt(text, t.end);
  if (startsDefinite(text, owner)) return true;
  return owner !== null && owner.kind === "word" && owner.end - owner.start >= 3 && text.charCodeAt(owner.end - 1) === HAA && startsDefinite(text, tokenAt(text, owner.end));
}

let particles: readonly string[] | undefined;

// منها، عليها، إليهم: a particle with a pronoun (`t` ends in one, see ownedNoun).
function isParticleWithPronoun(text: string, t: Token): boolean {
  particles ??= PRONOUN_PARTICLES.map(fold);
  const stemEnd = text.charCodeAt(t.end - 1) === HAA ? t.end - 1 : t.end - 2;
  const length = stemEnd - t.start;
  return particles.some((w) => w.length === length && text.startsWith(w, t.start));
}

// Is the word the bare "عشر"/"عشرة" that makes a teen (ثلاثة عشر)?
function isTen(hit: WordHit | undefined): boolean {
  return hit !== undefined && !hit.conjunction && hit.entry.role === "unit" && hit.entry.value === 10 && hit.entry.definite !== true;
}

/** State of the sum being read: finished scaled parts, the open group under 1000. */
interface Sum {
  total: number;
  group: number;
  hasHundreds: boolean;
  hasUnit: boolean;
  hasTen: boolean;
  /** The smallest magnitude used so far (Infinity before any). */
  scale: number;
  /** Only fractions so far (نصف، ثلاثة أرباع). */
  fractionOnly: boolean;
  words: boolean;
  exact: boolean;
}

interface Term {
  /** A count under 1000, a fraction, or a magnitude alone. */
  type: "count" | "scaleOnly" | "fraction" | "digits";
  value: number;
  /** For counts: what the count was (to place it: unit, teen, ten, hundred). */
  place: "unit" | "teen" | "ten" | "hundred" | undefined;
  /** A magnitude word right after the count: multiplies the open group. */
  times: number | undefined;
  start: number;
  end: number;
  conjunction: boolean;
  exact: boolean;
}

// A magnitude word right after a count (ثلاثة آلاف، عشرون ألفا، مئتا ألف، 3 ملايين):
// its value, with the end of the term moved past it; 0 when there is none.
let scaleEnd = 0;
function scaleAfter(text: string, end: number): number {
  const t = tokenAt(text, end);
  const hit = word(text, t);
  if (t === null || hit === undefined || hit.conjunction || hit.start !== t.start) return 0;
  const role = hit.entry.role;
  if (role !== "scale" && role !== "scalePlural" && role !== "scaleAccusative") return 0;
  scaleEnd = t.end;
  scalePlural = role === "scalePlural";
  return hit.entry.value;
}
let scalePlural = false;

// Every term has the same shape, so the engine keeps one hidden class for them.
function term(type: Term["type"], value: number, place: Term["place"], start: number, end: number, conjunction: boolean, exact = true): Term {
  return { type, value, place, times: undefined, start, end, conjunction, exact };
}

// A count followed by a magnitude word takes it: ثلاثة + آلاف (unless the digits
// after a spoken decimal point are being read: فاصلة خمسة وسبعين مليار).
let withScales = true;
function withScale(text: string, t: Term): Term {
  const scale = withScales ? scaleAfter(text, t.end) : 0;
  // A plural magnitude counts three to ten of it (ثلاثة آلاف); after a ten, a teen or a
  // hundred it is a word of its own: "عام ألف وتسعمائة وخمسة وتسعين آلاف الأطباء".
  if (scale !== 0 && !(scalePlural && t.type === "count" && t.value > 10)) {
    t.times = scale;
    t.end = scaleEnd;
  }
  return t;
}

// Reads one term at token t: a count (with its teen or hundred part), a fraction, or a magnitude alone.
function readTerm(text: string, t: Token, afterNumber = false, scales = true): Term | null {
  withScales = scales;
  const term = readAnyTerm(text, t, afterNumber);
  withScales = true;
  return term !== null && !scales && term.type === "scaleOnly" ? null : term;
}

function readAnyTerm(text: string, t: Token, afterNumber: boolean): Term | null {
  if (t.kind === "number") {
    const d: DigitNumber | null = readDigits(text, t.start);
    if (d === null) return null;
    return withScale(text, term("digits", d.value, undefined, t.start, d.end, false, d.exact));
  }
  const hit = word(text, t, afterNumber);
  if (hit === undefined) return null;
  const e = hit.entry;
  const { start, end, conjunction } = hit;
  switch (e.role) {
    case "unit":
    case "teenHead": {
      const next = tokenAt(text, end);
      const nextHit = word(text, next);
      if (e.definite === true) {
        // "الأيام الخمسة عشر"، "اللاعبون الأحد عشر": a definite count takes its ten…
        if (e.value < 10 && next !== null && nextHit !== undefined && next.start === nextHit.start && isTen(nextHit)) {
          return withScale(text, term("count", e.value + 10, "teen", start, next.end, conjunction));
        }
        // …and "الثلاثة آلاف" its magnitude; الأحد without its ten is Sunday.
        return e.role === "teenHead" ? null : withScale(text, term("count", e.value, "unit", start, end, conjunction));
      }
      // خمس السكان، عشر ميزانية البحث، خمس قيمته: a fifth of the population, a tenth of
      // the budget, a fifth of its value.
      if (e.alsoFraction !== undefined && nextHit === undefined && (startsDefinite(text, next) || ownedNoun(text, next))) {
        return term("fraction", e.alsoFraction, undefined, start, end, conjunction);
      }
      if (next !== null && nextHit !== undefined && next.start === nextHit.start) {
        // أحد عشر، ثلاثة عشر
        if (e.value < 10 && isTen(nextHit)) {
          return withScale(text, term("count", e.value + 10, "teen", start, next.end, conjunction));
        }
        // ثلاث مئة
        if (e.role === "unit" && e.value >= 1 && e.value <= 9 && nextHit.entry.role === "hundred" && nextHit.entry.value === 100) {
          return withScale(text, term("count", e.value * 100, "hundred", start, next.end, conjunction));
        }
        // ثلاثة أرباع
        if (e.role === "unit" && e.value >= 2 && e.value <= 10 && nextHit.entry.role === "fractionPlural") {
          // 3 ÷ 5, not 3 × 0.2 (0.6000000000000001): the nearest double to the fraction written.
          return term("fraction", e.value / Math.round(1 / nextHit.entry.value), undefined, start, next.end, conjunction);
        }
      }
      // إحدى وعشرون: the teen heads also open 21, 31 … before و and a ten.
      if (e.role === "teenHead") {
        const joined = tokenAt(text, end);
        const ten = isLoneWaw(text, joined) && joined !== null ? word(text, tokenAt(text, joined.end)) : word(text, joined, true);
        if (ten === undefined || ten.entry.role !== "ten" || e.value !== 1) return null;
      }
      return withScale(text, term("count", e.value, e.value === 10 ? "teen" : "unit", start, end, conjunction));
    }
    case "ten":
    case "hundred":
      return withScale(text, term("count", e.value, e.role, start, end, conjunction));
    case "hundredConstruct":
      // مئتا ألف = 200,000; مئتا دولار = 200.
      return withScale(text, term("count", 200, "hundred", start, end, conjunction));
    case "scale":
    case "scaleDual":
    case "scaleConstruct":
    case "scaleAccusative": {
      const t1 = term("scaleOnly", e.role === "scale" ? e.value : 2 * e.value, undefined, start, end, conjunction);
      t1.times = e.value;
      return t1;
    }
    case "fraction":
    case "fractionDual":
      return term("fraction", e.value, undefined, start, end, conjunction);
    case "ordinalTen": {
      // الساعات الأربع والعشرين: a definite ten closing a definite count; "الخمسين ألفا":
      // a definite ten before its magnitude.
      if (afterNumber) return withScale(text, term("count", e.value, "ten", start, end, conjunction));
      const scaled = withScale(text, term("count", e.value, "ten", start, end, conjunction));
      return scaled !== null && scaled.end > end ? scaled : null;
    }
    case "ordinalHundred":
      // المئة والثمانية والثلاثون (the 138 seats): a definite hundred opening a count;
      // "المائة ألف دولار": a definite hundred before its magnitude.
      if (afterNumber) return null;
      if (continuesWithNumber(text, end)) return term("count", 100, "hundred", start, end, conjunction);
      return scaleAt(text, tokenAt(text, end)) ? withScale(text, term("count", 100, "hundred", start, end, conjunction)) : null;
    default:
      return null;
  }
}

function newSum(): Sum {
  return {
    total: 0,
    group: 0,
    hasHundreds: false,
    hasUnit: false,
    hasTen: false,
    scale: Number.POSITIVE_INFINITY,
    fractionOnly: true,
    words: false,
    exact: true,
  };
}

/**
 * A number times a magnitude (a power of ten), as the text means it: 68.4 × 10⁹ is
 * 68,400,000,000 where the product of the two doubles is 68,400,000,000.00001. The
 * decimal a double stands for (its shortest form, "68.4") is shifted by the magnitude's
 * exponent and read back, which is exact for a decimal as written and the nearest
 * double for a fraction such as ثلث; a whole number's product is exact already.
 */
export function scaled(x: number, magnitude: number): number {
  const product = x * magnitude;
  if (Number.isInteger(x) || !Number.isFinite(product)) return product;
  const exponent = Math.round(Math.log10(magnitude));
  const digits = String(x);
  return 10 ** exponent === magnitude && !digits.includes("e") ? Number(`${digits}e${exponent}`) : product;
}

// Ends the open group, times a magnitude: a magnitude alone (ألف) counts one of it,
// unless the count was said (0 ألف and صفر ألف are none).
function closeGroup(sum: Sum, times: number, count = sum.group === 0 ? 1 : sum.group): void {
  sum.total += scaled(count, times);
  sum.scale = times;
  sum.group = 0;
  sum.hasHundreds = sum.hasUnit = sum.hasTen = false;
}

// Adds a term to the sum if Arabic allows it in that place; false leaves the sum as it was.
function add(sum: Sum, term: Term, first: boolean): boolean {
  const groupOpen = sum.group !== 0 || sum.hasUnit || sum.hasTen || sum.hasHundreds;
  switch (term.type) {
    case "digits": {
      // 1995 alone, or digits after a magnitude (مليون و500 ألف), never after another count.
      if (!first && (groupOpen || term.value >= sum.scale || sum.total === 0)) return false;
      if (term.times !== undefined && term.times >= sum.scale) return false;
      sum.group = term.value;
      sum.fractionOnly = false;
      if (term.exact === false) sum.exact = false;
      if (term.times !== undefined) closeGroup(sum, term.times, term.value);
      else sum.hasHundreds = sum.hasTen = sum.hasUnit = true;
      return true;
    }
    case "count": {
      const place = term.place ?? "unit";
      if (place === "hundred" && groupOpen) return false;
      if ((place === "unit" || place === "teen") && (sum.hasUnit || sum.hasTen)) return false;
      if (place === "ten" && (sum.hasTen || sum.group % 100 >= 10)) return false;
      if (term.times !== undefined && term.times >= sum.scale) return false;
      if (!first && term.value >= sum.scale) return false;
      sum.group += term.value;
      sum.words = true;
      sum.fractionOnly = false;
      if (place === "hundred") sum.hasHundreds = true;
      else if (place === "ten") sum.hasTen = true;
      else if (place === "teen") sum.hasUnit = sum.hasTen = true;
      else sum.hasUnit = true;
      // صفر ألف is none: the count is said, even when it is zero.
      if (term.times !== undefined) closeGroup(sum, term.times, sum.group);
      return true;
    }
    case "scaleOnly": {
      // مليونان، ألف: a magnitude standing for its own count, after nothing or a larger one.
      const scale = term.times ?? term.value;
      if (groupOpen || scale >= sum.scale) return false;
      sum.total += term.value;
      sum.scale = scale;
      sum.words = true;
      sum.fractionOnly = false;
      return true;
    }
    case "fraction": {
      if (first) {
        sum.total = term.value;
        sum.words = true;
        sum.scale = 1;
        return true;
      }
      // واحد ونصف، مليون ونصف، ثلاثة آلاف وربع: a fraction of the last magnitude.
      if (sum.fractionOnly) return false;
      const unit = groupOpen || !Number.isFinite(sum.scale) ? 1 : sum.scale;
      if (groupOpen) closeGroup(sum, 1);
      sum.total += term.value * unit;
      sum.scale = Math.min(sum.scale, unit) / 10;
      return true;
    }
  }
}

/** The sum read by {@link readSum}, with where it ended. */
interface SumResult {
  start: number;
  end: number;
  value: number;
  fractionOnly: boolean;
  words: boolean;
  exact: boolean;
}

// Reads count terms joined by و from token t on; without `scales`, magnitude words end it.
function readSum(text: string, t: Token, scales = true): SumResult | null {
  if (t.kind === "number") {
    // 1995 alone, the usual case: nothing after the digits can take the sum further.
    const d = readDigits(text, t.start);
    if (d === null) return null;
    if (endsSum(text, tokenAt(text, d.end))) {
      return { start: t.start, end: d.end, value: d.value, fractionOnly: false, words: false, exact: d.exact && Number.isSafeInteger(Math.round(d.value)) };
    }
  }
  const sum = newSum();
  const firstTerm = readTerm(text, t, false, scales);
  if (firstTerm === null || !add(sum, firstTerm, true)) return null;
  const start = firstTerm.start;
  let end = firstTerm.end;
  // مليونا وثمانمائة ألف: an accusative magnitude that a sum follows is one, not two.
  const accusativeAlone = firstTerm.type === "scaleOnly" && firstTerm.times !== undefined && firstTerm.value === 2 * firstTerm.times &&
    word(text, t)?.entry.role === "scaleAccusative";
  // نصف مليون، ثلاثة أرباع المليون، ألف مليون، ثلاثة آلاف مليون (Syria and Iraq count billions so)
  const counted = (firstTerm.type === "count" || firstTerm.type === "digits") && firstTerm.times !== undefined;
  if (firstTerm.type === "fraction" || firstTerm.type === "scaleOnly" || counted) {
    const next = tokenAt(text, end);
    const hit = word(text, next);
    const m = marker(text, next);
    const larger = hit !== undefined && hit.entry.role === "scale" && hit.entry.value > sum.scale;
    if (next !== null && hit !== undefined && larger && !hit.conjunction && hit.start === next.start) {
      sum.total = scaled(sum.total, hit.entry.value);
      sum.scale = hit.entry.value;
      sum.fractionOnly = false;
      end = next.end;
    } else if (next !== null && firstTerm.type === "fraction" && m !== undefined && m[0] === "definiteScale") {
      sum.total = scaled(sum.total, m[1]);
      sum.scale = m[1];
      sum.fractionOnly = false;
      end = next.end;
    }
  }
  for (;;) {
    let t1 = tokenAt(text, end);
    if (t1 === null) break;
    // "و عشرين" (a lone و) or "وعشرين" (و glued); و500 tokenizes as a lone و too.
    const lone = isLoneWaw(text, t1);
    if (lone) {
      t1 = tokenAt(text, t1.end);
      if (t1 === null) break;
    } else if (t1.kind !== "word" || text.charCodeAt(t1.start) !== WAW) break;
    // "مئة و النصف": a definite fraction is never a part of a sum, the و glued or not.
    const hit = t1.kind === "word" ? word(text, t1, !lone) : undefined;
    if (hit !== undefined && hit.entry.role === "fraction" && hit.entry.definite === true) break;
    const term = readTerm(text, t1, !lone, scales);
    if (term === null || lone === term.conjunction || !add(sum, term, false)) break;
    if (accusativeAlone && end === firstTerm.end && firstTerm.times !== undefined) sum.total -= firstTerm.times;
    end = term.end;
    // مليون ونصف المليون، مليونا ونصف مليون، 3 ونصف مليون
    if (term.type === "fraction") {
      const next = tokenAt(text, end);
      const m = marker(text, next);
      const hit = word(text, next);
      if (next !== null && m !== undefined && m[0] === "definiteScale") end = next.end;
      else if (next !== null && hit !== undefined && hit.entry.role === "scale" && !hit.conjunction && hit.start === next.start) {
        const v = hit.entry.value;
        // The half was of that magnitude already (مليون ونصف مليون): the word repeats it.
        if (sum.scale === v / 10) end = next.end;
        // A count and a half of it (3 ونصف مليون): the magnitude multiplies the whole.
        else if (sum.total < 1000) {
          sum.total = scaled(sum.total, v);
          sum.scale = v / 10;
          end = next.end;
        }
      }
    }
  }
  // تسعة وتسعين فاصلة خمسة
  const dec = tokenAt(text, end);
  const dm = marker(text, dec);
  if (dec !== null && dm !== undefined && dm[0] === "decimal" && !sum.fractionOnly && Number.isFinite(sum.scale) === false) {
    const after = tokenAt(text, dec.end);
    if (after !== null) {
      const frac = after.kind === "number" ? readDigits(text, after.start) : null;
      const fracSum = frac === null ? readSum(text, after, false) : null;
      const digits = frac !== null ? text.slice(frac.start, frac.end) : fracSum !== null && !fracSum.fractionOnly && Number.isInteger(fracSum.value) ? String(fracSum.value) : "";
      if (digits !== "" && /^\d+$/.test(digits)) {
        sum.group += Number(`0.${digits}`);
        end = frac !== null ? frac.end : (fracSum as SumResult).end;
        const scale = scaleAfter(text, end);
        if (scale !== 0) {
          closeGroup(sum, scale);
          end = scaleEnd;
        }
      }
    }
  }
  const value = sum.total + sum.group;
  return { start, end, value, fractionOnly: sum.fractionOnly, words: sum.words, exact: sum.exact && Number.isSafeInteger(Math.round(value)) };
}

// True when a sum of digits alone ends before token t: t is no magnitude word, no
// lone "و", no "و" glued to a number word and no spoken decimal point.
function endsSum(text: string, t: Token | null): boolean {
  if (t === null || t.kind !== "word") return true;
  if (text.charCodeAt(t.start) === WAW && (isLoneWaw(text, t) || word(text, t, true) !== undefined)) return false;
  const hit = word(text, t);
  if (hit !== undefined && !hit.conjunction && hit.start === t.start) {
    const role = hit.entry.role;
    if (role === "scale" || role === "scalePlural" || role === "scaleAccusative") return false;
  }
  const m = marker(text, t);
  return m === undefined || m[0] !== "decimal";
}

// True when token t is a magnitude word of its own (ألف، آلاف، ألفا، مليون …).
function scaleAt(text: string, t: Token | null): boolean {
  if (t === null || t.kind !== "word") return false;
  const hit = word(text, t);
  if (hit === undefined || hit.conjunction || hit.start !== t.start) return false;
  const role = hit.entry.role;
  return role === "scale" || role === "scalePlural" || role === "scaleAccusative";
}

// Reads an ordinal at token t: الحادي عشر، الثاني والعشرون، العشرون، المئة.
function readOrdinal(text: string, t: Token): NumberMatch | null {
  const hit = word(text, t);
  if (hit === undefined) return null;
  const e = hit.entry;
  // المئة والثمانية والثلاثون: a definite count that goes on is a cardinal sum, read by readSum.
  if (e.role === "ordinalHundred" && continuesWithNumber(text, hit.end)) return null;
  if (e.role === "ordinalTen" || e.role === "ordinalHundred") {
    // "الخمسين ألفا", "المائة ألف": a definite ten or hundred before its magnitude is a
    // count, read by readSum.
    if (scaleAt(text, tokenAt(text, hit.end))) return null;
    return { start: hit.start, end: hit.end, value: e.value, kind: "ordinal", exact: true, digits: false };
  }
  if (e.role !== "ordinal" && e.role !== "ordinalHead") return null;
  const next = tokenAt(text, hit.end);
  const nextHit = word(text, next);
  if (next !== null && nextHit !== undefined && next.start === nextHit.start && isTen(nextHit) && e.value < 10) {
    return { start: hit.start, end: next.end, value: e.value + 10, kind: "ordinal", exact: true, digits: false };
  }
  // الخامس والعشرون، الحادي و العشرين
  let t2 = next;
  if (isLoneWaw(text, t2) && t2 !== null) t2 = tokenAt(text, t2.end);
  const tenHit = word(text, t2);
  if (t2 !== null && tenHit !== undefined && (tenHit.conjunction || t2 !== next) && e.value < 10) {
    const r = tenHit.entry.role;
    if (r === "ordinalTen" || r === "ten") {
      return { start: hit.start, end: t2.end, value: e.value + tenHit.entry.value, kind: "ordinal", exact: true, digits: false };
    }
  }
  if (e.role === "ordinalHead") return null;
  return { start: hit.start, end: hit.end, value: e.value, kind: "ordinal", exact: true, digits: false };
}

// True when "و" and a number word follow `end`, one that a sum may take (a definite
// fraction never joins one: "المئة والثلث").
function continuesWithNumber(text: string, end: number): boolean {
  let t = tokenAt(text, end);
  let hit: WordHit | undefined;
  if (isLoneWaw(text, t) && t !== null) hit = word(text, tokenAt(text, t.end));
  else {
    if (t === null || t.kind !== "word" || text.charCodeAt(t.start) !== WAW) return false;
    t = { kind: "word", start: t.start, end: t.end };
    hit = word(text, t, true);
    if (hit?.conjunction !== true) return false;
  }
  return hit !== undefined && !(hit.entry.role === "fraction" && hit.entry.definite === true);
}

// الثاني والعشرين بعد المئة: an ordinal under 100 raised past a hundred.
function afterHundred(text: string, m: NumberMatch): NumberMatch {
  if (m.value >= 100) return m;
  const after = tokenAt(text, m.end);
  if (after === null || after.kind !== "word" || !isWord(text, after.start, after.end, AFTER_WORD)) return m;
  const hundred = word(text, tokenAt(text, after.end));
  if (hundred === undefined || hundred.conjunction || hundred.entry.role !== "ordinalHundred") return m;
  return { ...m, end: hundred.end, value: m.value + hundred.entry.value };
}

function isPercentSign(c: number): boolean {
  return c === 0x25 || c === 0x066a;
}

function isMinus(c: number): boolean {
  return c === 0x2d || c === 0x2212;
}

// A sign glued to the word before it is a hyphen ("كوفيد-19"), unless that word is a
// lone proclitic: "بـ-0,42%" (ب and a tatweel the view has dropped), "و-5".
function glued(text: string, pos: number): boolean {
  // "5%-7%" is a range: a percent sign closes the number before the dash.
  if (pos > 0 && isPercentSign(text.charCodeAt(pos - 1))) return true;
  if (pos === 0 || !isLetterOrDigit(text.charCodeAt(pos - 1))) return false;
  return !(isProclitic(text.charCodeAt(pos - 1)) && (pos === 1 || !isLetterOrDigit(text.charCodeAt(pos - 2))));
}

function isLetterOrDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0620 && c <= 0x06ff) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

// The end of a percent marker after `end` (٪، %، في المئة، بالمائة), or -1.
function percentAfter(text: string, end: number): number {
  let i = end;
  while (i < text.length && text.charCodeAt(i) === 0x20) i++;
  if (isPercentSign(text.charCodeAt(i))) return i + 1;
  const t = tokenAt(text, end);
  const m = marker(text, t);
  if (t === null || m === undefined) return -1;
  if (m[0] === "percent1") return t.end;
  if (m[0] === "percentIn") {
    const t2 = tokenAt(text, t.end);
    const m2 = marker(text, t2);
    if (t2 !== null && m2 !== undefined && m2[0] === "percentRest") return t2.end;
  }
  return -1;
}

/**
 * True when the word at [start, end) of the view may open a number: a number word
 * (behind its proclitics) or a negative marker. A quick test before the grammar.
 */
export function startsNumber(text: string, start: number, end: number): boolean {
  return mayBeWord(text, start, end) && opensNumber(text, start, end);
}

/**
 * {@link startsNumber} for a word that has passed `mayBeWord` already (the walk of
 * extractNumbers makes that test while it finds the word's end): the lookups alone.
 */
export function opensNumber(text: string, start: number, end: number): boolean {
  if (lookupWord(text, start, end) !== undefined) return true;
  return negativeAt(text, start, end) >= 0;
}

// Where the negative marker (سالب، ناقص) that is the word [start, end) starts, behind a
// conjunction ("بين ناقص 6 وناقص 2"), or -1.
function negativeAt(text: string, start: number, end: number): number {
  const trie = markerTrie();
  const m = trie.get(text, start, end);
  if (m !== undefined) return m[0] === "negative" ? start : -1;
  const c = text.charCodeAt(start);
  if ((c !== WAW && c !== FAA) || end - start < 4) return -1;
  const n = trie.get(text, start + 1, end);
  return n !== undefined && n[0] === "negative" ? start + 1 : -1;
}

/**
 * The figures with separators whose first run of digits is [start, end) ("2,206", "1.5",
 * "12,5": a "," or "." and a digit follow the run) read as `numberAt(text, start)` would
 * read them when nothing after them takes the number further (no magnitude, و, decimal
 * or percent word, percent sign or slash): their reading, or null when the grammar must
 * read them. After plain figures, the most usual number of a text, read without its
 * tokens and match objects.
 */
export function separatedFigures(text: string, start: number, end: number): DigitNumber | null {
  const sep = text.charCodeAt(end);
  if ((sep !== 0x2c && sep !== 0x2e) || !isAsciiDigit(text.charCodeAt(end + 1))) return null;
  const d = readDigits(text, start);
  if (d === null || !d.exact || !Number.isSafeInteger(Math.round(d.value))) return null;
  const after = text.charCodeAt(d.end);
  if (after === 0x2f || after === 0x2044) return null;
  if (!endsSum(text, tokenAt(text, d.end)) || percentAfter(text, d.end) >= 0) return null;
  return d;
}

/**
 * The value of the figures at [start, end), a whole run of digits in a matching-view
 * text, when they are a number expression alone — `numberAt(text, start)` would read
 * them as that cardinal and no more: plain figures (no separator, no slash after
 * them), with no percent, magnitude, "و" or decimal word after them. -1 when the
 * grammar must read them. The usual number of a text, read without a match object.
 */
export function plainFigures(text: string, start: number, end: number): number {
  if (end - start > 15) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  const after = text.charCodeAt(end);
  // "2024." and "2024, …" end there; "1,500", "3.5" and "25 000" go on.
  if (((after === 0x2c || after === 0x2e) && isAsciiDigit(text.charCodeAt(end + 1))) || after === 0x2f || after === 0x2044) return -1;
  if (after === 0x20 && isAsciiDigit(text.charCodeAt(end + 1)) && spacedEnd(text, start, end) >= 0) return -1;
  let i = end;
  while (i < text.length && text.charCodeAt(i) === 0x20) i++;
  if (isPercentSign(text.charCodeAt(i))) return -1;
  // Figures before punctuation, or before a word that opens no number word, are read
  // here without a token: then only a decimal or percent word can take them further.
  const cls = charClasses();
  const n = text.length;
  let j = end;
  while (j < n && ((cls[text.charCodeAt(j)] as number) & SPACE_BIT) !== 0) j++;
  const first = text.charCodeAt(j);
  const letters = ((cls[first] as number) & WORD_BIT) !== 0;
  if (j >= n || (!letters && !isHighSurrogate(first))) return value;
  const k = wordRunEnd(text, j + 1, n);
  // An astral letter after the word, a lone و and a word that may be a number word
  // are left to the grammar's own tokens.
  if (letters && !isHighSurrogate(text.charCodeAt(k)) && !(k - j === 1 && first === WAW) && !mayBeWord(text, j, k)) {
    const m = markerTrie().get(text, j, k);
    return m === undefined || (m[0] !== "decimal" && m[0] !== "percent1" && m[0] !== "percentIn") ? value : -1;
  }
  const t = tokenAt(text, end);
  if (!endsSum(text, t)) return -1;
  const m = marker(text, t);
  return m === undefined || (m[0] !== "percent1" && m[0] !== "percentIn") ? value : -1;
}

/**
 * The longest number expression that starts at `pos` of a matching-view text:
 * `pos` is the start of a word (a proclitic attached to a number word is skipped),
 * of a digit run, or of a sign (- − ٪ %). Returns null when no number starts there.
 * Vague quantities (آلاف alone, عشرات، بضعة) are not numbers.
 *
 * @example
 * ```ts
 * const t = "بلغ عدد الزوار ألفا وتسعمائة وخمسة وتسعين زائرا";
 * numberAt(t, 15); // { start: 15, end: 41, value: 1995, kind: "cardinal", … }
 * ```
 */
export function numberAt(text: string, pos: number): NumberMatch | null {
  beginReading(text);
  const m = readNumber(text, pos);
  endReading();
  return m;
}

/**
 * {@link numberAt} inside a reading of `text` that the caller has begun (see
 * reading.ts) and ends when done: an extractor that reads a number at every
 * candidate of a long text keeps the tokens the last reading found, which the next
 * question (the word after the number) asks for again.
 */
export function numberInReading(text: string, pos: number): NumberMatch | null {
  return readNumber(text, pos);
}

function readNumber(text: string, pos: number): NumberMatch | null {
  const t = tokenAt(text, pos);
  if (t === null || t.start !== pos) return null;
  const c = text.charCodeAt(pos);
  // -5 and −5 (a minus glued to digits, not a range dash after a number).
  if (t.kind === "punct" && isMinus(c)) {
    const d = tokenAt(text, t.end);
    if (d === null || d.kind !== "number" || d.start !== t.end || glued(text, pos)) return null;
    const m = readNumber(text, d.start);
    if (m === null || m.kind === "ordinal") return null;
    return { ...m, start: pos, value: -m.value };
  }
  // ٪35, ٪ 35
  if (t.kind === "punct" && isPercentSign(c)) {
    const d = tokenAt(text, t.end);
    const gap = d === null ? 0 : d.start - t.end;
    if (d === null || d.kind !== "number" || gap > 1 || (gap === 1 && text.charCodeAt(t.end) !== 0x20)) return null;
    if (glued(text, pos)) return null;
    const r = readDigits(text, d.start);
    if (r === null) return null;
    return { start: pos, end: r.end, value: r.value, kind: "percent", exact: r.exact, digits: true };
  }
  if (t.kind === "punct") return null;
  // سالب خمسة، ناقص 3، وناقص 2
  const negStart = t.kind === "word" ? negativeAt(text, t.start, t.end) : -1;
  if (t.kind === "word" && negStart < 0 && word(text, t) === undefined) return null;
  if (negStart >= 0) {
    const n = tokenAt(text, t.end);
    if (n === null) return null;
    const m = readNumber(text, n.start);
    if (m === null || m.kind === "ordinal") return null;
    return { ...m, start: negStart, value: -m.value };
  }
  const ordinal = t.kind === "word" ? readOrdinal(text, t) : null;
  if (ordinal !== null) return afterHundred(text, ordinal);
  const sum = readSum(text, t);
  if (sum === null) return null;
  // ٧٧/١٠٠ and ⅐ (NFKC: 1⁄7) — one slash between two numbers; a second slash makes a date.
  const slash = text.charCodeAt(sum.end);
  if (!sum.words && (slash === 0x2f || slash === 0x2044) && text.charCodeAt(sum.start - 1) !== slash) {
    const d = readDigits(text, sum.end + 1);
    // "2024/2025", "1445/1446", "12/2024": seasons, fiscal years and month/year are no
    // fractions; a denominator of four figures is one only as a power of ten (1/1000).
    // Nor is a day and its month ("15/3"): news writes no fraction above one with a slash.
    const yearLike = d !== null && d.end - sum.end - 1 >= 4 && !isPowerOfTen(d.value);
    if (d !== null && d.value !== 0 && sum.value < d.value && !yearLike && text.charCodeAt(d.end) !== slash) {
      return { start: sum.start, end: d.end, value: sum.value / d.value, kind: "fraction", exact: sum.exact && d.exact, digits: true };
    }
  }
  const percentEnd = percentAfter(text, sum.end);
  if (percentEnd >= 0) {
    return { start: sum.start, end: percentEnd, value: sum.value, kind: "percent", exact: sum.exact, digits: !sum.words };
  }
  return {
    start: sum.start,
    end: sum.end,
    value: sum.value,
    kind: sum.fractionOnly ? "fraction" : "cardinal",
    exact: sum.exact,
    digits: !sum.words,
  };
}

function isPowerOfTen(v: number): boolean {
  let x = v;
  while (x >= 10 && x % 10 === 0) x /= 10;
  return x === 1;
}
