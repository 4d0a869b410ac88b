/**
 * Datelines and credit lines: "دمشق - (رويترز) -", "دمشق، سوريا (CNN) --",
 * "نيقوسيا ــ (ا ف ب):", "واس - المنامة", "دمشق-سانا", "عمان - الدستور - محمد الدحيات",
 * "مسعد عبدالوهاب (ساخا) -", "عوض الفهمي- سبق- أضم:".
 *
 * The prefix is read as up to four short parts between separators (dashes, tatweel runs,
 * a colon, a slash) or in parentheses. Which part is the place, the agency or the
 * author's name is decided by the agency lexicon, parentheses and position: a part in
 * parentheses after a one-word place is the agency, after a two-word name it is the
 * place; a name has two words or more and does not open with the article ال.
 *
 * @module
 */

import { DIGIT_BIT, WORD_BIT, charClasses, isDash, isDigit, isFiller, isLetter, isWordChar, unitAt } from "../core/chars.js";
import { parseByline } from "./byline.js";
import { MONTH_NAME_ORDINALS } from "./cues.js";
import type { Info } from "./classify.js";
import { lexicon, phraseKey } from "./lexicon.js";

/** A piece of the prefix, as offsets into the text given. */
interface Part {
  start: number;
  end: number;
  words: number;
  paren: boolean;
  /** A number of the date inside the prefix: "الكويت - 14 - 5 (كونا) --", "تونس 12 مارس (وات) -". */
  date: boolean;
  /** An outlet's name in guillemets: "لندن: «الشرق الأوسط»". Never the place. */
  quoted: boolean;
  /** The folded key of the part, once computed. */
  key: string | null;
}

// Every part is made here with all its fields: a field added to some parts later would
// give them a map that only they hold, which dies with them and takes the code that reads
// parts along (core/shape.ts).
function part(start: number, end: number, words: number, paren: boolean, date = false, quoted = false): Part {
  return { start, end, words, paren, date, quoted, key: null };
}

/** A range of the text given. */
export type Range = readonly [number, number];

/** What a dateline prefix holds, as ranges of the text given to `parseDateline`. */
export interface ParsedDateline {
  /** The dateline itself, separators included (without a leading author's name). */
  dateline: Range | null;
  /** The author's name when it shares the prefix. */
  byline: Range | null;
  /** The whole credit when it names only an outlet and an agency ("شعب بريس – وكالات"). */
  source: Range | null;
  place: Range | null;
  agency: Range | null;
  /** Where the text after the prefix starts (the lead), or the text's end. */
  end: number;
}

const MAX_PARTS = 4;
const GUILLEMET_OPEN = 0xab;
/** The most numbers of a date among the parts. */
const MAX_DATE_PARTS = 3;
const MAX_PART_WORDS = 4;
const MAX_SCAN = 120;

/**
 * Reads the dateline or credit prefix at the start of `text`. With `wholeLine`, the
 * prefix must be all of the text (a credit line of its own) and needs no closing
 * separator; without it, the prefix must close with a separator and text must follow.
 * With `named` (a whole line), a place and a colon may be followed by the author's name
 * ("ود مدني: آمنة الفكي"); only the caller knows the line is no headline.
 *
 * @example
 * ```ts
 * const d = parseDateline("دمشق - (رويترز) - قال مسؤول إن …", false);
 * // d.place → "دمشق", d.agency → "رويترز", d.end → where "قال" starts
 * ```
 */
export function parseDateline(text: string, wholeLine: boolean, named = false): ParsedDateline | null {
  const limit = Math.min(text.length, MAX_SCAN);
  if (!wholeLine) {
    const wire = gulfWire(text, limit) ?? datedWire(text, limit);
    if (wire !== null) return wire;
  }
  const parts: Part[] = [];
  const closes: number[] = []; // for each part, the end of the separator after it (−1 if none)
  let i = skipFiller(text, 0, limit);
  let dates = 0;
  let afterColon = false;
  while (parts.length - dates < MAX_PARTS && i < limit) {
    const part = readPart(text, i, limit);
    // Glued to the lead after a separator: an agency ("دمشق-سانا أعلن", "الرياض – واس
    // أعلن"), or the place after an agency ("واس - المنامة أعلن"). They close the prefix.
    const closed = closes[closes.length - 1] ?? -1;
    if (!wholeLine && closed >= 0 && skipFiller(text, closed, limit) === i && (part === null || !separatorAfter(text, part, limit))) {
      const glued =
        agencyAt(text, i, limit) ??
        mastheadAt(text, i, limit) ??
        (parts.length === 1 && isAgency(text, parts[0] as Part) ? placeAt(text, i, limit) : null) ??
        // ("شفق نيوز/ بغداد أعلنت": an outlet, then a city the lexicon knows.)
        (parts.length === 1 && (isAgency(text, parts[0] as Part) || isOutlet(text, parts[0] as Part)) ? cityAt(text, i, limit) : null);
      if (glued !== null) {
        parts.push(glued);
        closes.push(glued.end);
        break;
      }
    }
    if (part === null || (part.date === true && ++dates > MAX_DATE_PARTS)) break;
    parts.push(part);
    let j = skipFiller(text, part.end, limit);
    // "المكلا (عدن الغد) خاص:": the word that marks the report as the outlet's own stays
    // in the credit, before its separator.
    if (part.paren) {
      const [word] = wordsAt(text, j, limit, 1);
      if (word !== undefined && lexicon().exclusive.has(partKey(text, word))) {
        const k = skipFiller(text, word.end, limit);
        if (isSeparator(unitAt(text, k)) || k >= text.length) j = k;
      }
    }
    const sepStart = j;
    let colon = false;
    while (j < limit && isSeparator(unitAt(text, j))) {
      if (unitAt(text, j) === 0x3a) colon = true;
      j++;
    }
    if (j > sepStart) {
      closes.push(j);
      i = skipFiller(text, j, limit);
      // "الخرطوم - كتب: عمر حسن": a place, then the byline's cue and the name, on a line.
      if (wholeLine && parts.length === 1 && !(part.paren || isAgency(text, part))) {
        const shared = placeThenByline(text, part, j, i);
        if (shared !== null) return shared;
      }
      if (colon) {
        // "لندن: «الشرق الأوسط» …": the outlet after the colon closes the prefix.
        if (unitAt(text, i) === GUILLEMET_OPEN && parts.length - dates < MAX_PARTS) {
          afterColon = true;
          continue;
        }
        // "ود مدني: آمنة الفكي": a line of its own with the author's name after the place.
        const name = named && parts.length === 1 ? readPart(text, i, limit) : null;
        if (name !== null && nameLike(text, name) && skipFiller(text, name.end, text.length) >= text.length) {
          parts.push(name);
          closes.push(-1);
        }
        break;
      }
    } else {
      // An outlet in guillemets after a colon closes the prefix by itself ("لندن: «الشرق
      // الأوسط» أعلنت …"); elsewhere a separator must follow it.
      closes.push(part.quoted === true && afterColon ? part.end : -1);
      if (part.quoted === true) break;
      // "دمشق، سوريا (CNN) --": a part in parentheses may follow without a separator, and so
      // may the day of the date ("الخرطوم، 5 يونيو (سونا) -").
      let n = j;
      if (unitAt(text, n) === 0x060c || unitAt(text, n) === 0x2c) n = skipFiller(text, n + 1, limit);
      const c = unitAt(text, n);
      if (n < limit && (c === 0x28 || c === GUILLEMET_OPEN || (isDigit(c) && part.date !== true))) {
        i = n;
        continue;
      }
      // "رام الله 15-5-2024 وفا-": an agency after the date, with no separator between.
      if (part.date === true && agencyAt(text, n, limit) !== null) {
        i = n;
        continue;
      }
      break;
    }
  }
  const first = parts[0];
  if (first === undefined) return null;
  // "سكاي نيوز عربية - آخر الأخبار": a site and its section, no credit.
  for (const p of parts) if (!p.paren && opensSection(text, p)) return null;
  // "وقال المدرب:" opens a quotation and "س:" a question: no prefix of theirs is a dateline.
  const firstWord = stripConjunction(partKey(text, first).split(" ")[0] ?? "");
  if (lexicon().speechFirsts.has(firstWord) || lexicon().interviewMarkers.has(firstWord)) return null;
  for (let k = parts.length - 1; k >= 0; k--) {
    const close = closes[k] as number;
    const chosen = parts.slice(0, k + 1);
    if (wholeLine) {
      const end = close >= 0 ? close : (parts[k] as Part).end;
      if (skipFiller(text, end, text.length) < text.length) continue;
      return assign(text, chosen, end, true);
    }
    if (close < 0) continue;
    const rest = skipFiller(text, close, text.length);
    if (!leadFollows(text, rest)) continue;
    const parsed = assign(text, chosen, rest, false);
    if (parsed !== null) return parsed;
  }
  return null;
}

/**
 * The Gulf wire form: the place, "في" and the day, then the agency between slashes —
 * "مسقط في 5 يونيو /العمانية/", "الدوحة في 3 مارس / قنا /".
 */
function gulfWire(text: string, limit: number): ParsedDateline | null {
  const start = skipFiller(text, 0, limit);
  // One to three words of place, then "في".
  let i = start;
  let placeEnd = -1;
  for (let words = 0; words < 4 && i < limit; words++) {
    const s = i;
    while (i < limit && isLetter(unitAt(text, i))) i++;
    if (i === s) return null;
    if (i - s === 2 && unitAt(text, s) === 0x0641 && unitAt(text, s + 1) === 0x064a) {
      placeEnd = words > 0 ? s : -1;
      break;
    }
    while (i < limit && unitAt(text, i) === 0x20) i++;
  }
  if (placeEnd < 0) return null;
  // The day, up to the slash that opens the agency.
  const dateStart = i;
  let digits = 0;
  while (i < limit && i - dateStart < 30 && unitAt(text, i) !== 0x2f && !isLineBreakAt(text, i)) {
    if (isDigit(unitAt(text, i))) digits++;
    i++;
  }
  if (digits === 0 || unitAt(text, i) !== 0x2f) return null;
  const open = i;
  const close = text.indexOf("/", open + 1);
  if (close < 0 || close - open > 32 || close >= limit) return null;
  const [as, ae] = trimRange(text, open + 1, close);
  if (ae <= as) return null;
  const rest = skipFiller(text, close + 1, text.length);
  if (!leadFollows(text, rest)) return null;
  return { dateline: [start, close + 1], byline: null, source: null, place: trimRange(text, start, placeEnd), agency: [as, ae], end: rest };
}

// A place, its separator, a byline cue and the author's name: each gets its own span.
function placeThenByline(text: string, place: Part, sepEnd: number, i: number): ParsedDateline | null {
  const cue = wordsAt(text, i, text.length, 2).filter((p) => lexicon().lineCues.map.get(partKey(text, p)) === "byline");
  const last = cue[cue.length - 1];
  if (last === undefined || place.words > 2) return null;
  const name = parseByline(text, last.end, text.length);
  if (name === null || name.end <= name.start) return null;
  // Nothing but a closing colon or dash after the name.
  let k = name.end;
  while (k < text.length && (isFiller(unitAt(text, k)) || isSeparator(unitAt(text, k)))) k++;
  if (k < text.length) return null;
  return { dateline: [place.start, sepEnd], byline: [name.start, name.end], source: null, place: [place.start, place.end], agency: null, end: text.length };
}

// A separator (after white space) closes the part.
function separatorAfter(text: string, p: Part, limit: number): boolean {
  return isSeparator(unitAt(text, skipFiller(text, p.end, limit)));
}

// The words from i on, one to three, as a part, ending each in turn.
function wordsAt(text: string, i: number, limit: number, most: number): Part[] {
  const out: Part[] = [];
  let k = i;
  for (let words = 1; words <= most && k < limit; words++) {
    const s = k;
    while (k < limit && (isWordChar(unitAt(text, k)) || dotInside(text, k)) && unitAt(text, k) !== 0x0640) k++;
    if (k === s) break;
    out.push(part(i, k, words, false));
    while (k < limit && unitAt(text, k) === 0x20) k++;
  }
  return out;
}

// The longest agency of one to three words at i ("سانا", "الأناضول", "ا ف ب").
function agencyAt(text: string, i: number, limit: number): Part | null {
  const found = wordsAt(text, i, limit, 3).filter((p) => isAgency(text, p));
  return found[found.length - 1] ?? null;
}

// One word with the article as the place after an agency ("المنامة"): a lead opens with
// a verb or a name, rarely with a definite noun glued to a dateline.
function placeAt(text: string, i: number, limit: number): Part | null {
  const [one] = wordsAt(text, i, limit, 1);
  return one !== undefined && partKey(text, one).startsWith("ال") && one.end - one.start > 3 ? one : null;
}

// A city of the lexicon's CITY_NAMES, of two words or one, at i.
function cityAt(text: string, i: number, limit: number): Part | null {
  const cities = lexicon().cityNames;
  const [one, two] = wordsAt(text, i, limit, 2);
  if (two !== undefined && cities.has(partKey(text, two))) return two;
  return one !== undefined && cities.has(partKey(text, one)) ? one : null;
}

/**
 * The Saudi wire form: the place, the date in both calendars and the agency with no
 * separator between — "الرياض 14 شعبان 1445 هـ الموافق 24 فبراير 2024 م واس".
 */
/**
 * A wire's dated dateline that makes a whole line ("الرياض 25 جمادى الأولى 1448 هـ الموافق
 * 16 نوفمبر 2026 م واس"), its lead on the next line; null for any other line.
 */
export function wireLine(text: string): ParsedDateline | null {
  return datedWire(text, Math.min(text.length, MAX_SCAN), true);
}

function datedWire(text: string, limit: number, alone = false): ParsedDateline | null {
  const start = skipFiller(text, 0, limit);
  // One to three words of place, up to the day.
  let i = start;
  let placeEnd = -1;
  for (let words = 0; words < 3 && i < limit; words++) {
    const s = i;
    while (i < limit && isLetter(unitAt(text, i))) i++;
    if (i === s) break;
    placeEnd = i;
    while (i < limit && unitAt(text, i) === 0x20) i++;
    if (isDigit(unitAt(text, i))) break;
  }
  if (placeEnd < 0 || !isDigit(unitAt(text, i))) return null;
  // The date: words and figures, with a year of four figures, up to a known agency.
  let year = false;
  while (i < limit && !isLineBreakAt(text, i)) {
    const c = unitAt(text, i);
    // An agency in parentheses or after a dash is the other forms' to read.
    if (c === 0x28 || isDash(c)) return null;
    if (isDigit(c)) {
      const s = i;
      while (i < limit && isDigit(unitAt(text, i))) i++;
      if (i - s === 4) year = true;
      continue;
    }
    if (isLetter(c) && (i === 0 || !isLetter(unitAt(text, i - 1)))) {
      const agency = year ? agencyAt(text, i, limit) : null;
      if (agency !== null && !isLetter(unitAt(text, agency.end))) {
        const sep = skipFiller(text, agency.end, limit);
        let end = sep;
        while (end < limit && isSeparator(unitAt(text, end))) end++;
        const rest = skipFiller(text, end, text.length);
        if (alone ? rest < text.length : !leadFollows(text, rest)) return null;
        return { dateline: [start, end > sep ? end : agency.end], byline: null, source: null, place: [start, placeEnd], agency: [agency.start, agency.end], end: rest };
      }
    }
    i++;
  }
  return null;
}

function isLineBreakAt(text: string, i: number): boolean {
  const c = unitAt(text, i);
  return c === 0x0a || c === 0x0d;
}

function trimRange(text: string, s: number, e: number): [number, number] {
  while (s < e && isFiller(unitAt(text, s))) s++;
  while (e > s && isFiller(unitAt(text, e - 1))) e--;
  return [s, e];
}

/**
 * The dateline that opens unit `x` of `original` (read once per unit), or null.
 *
 * @example
 * ```ts
 * const text = "عمان - (بترا) - أعلن الوزير خطة جديدة للطاقة.";
 * const view = viewOf(text, MATCH_OPTIONS);
 * const [x] = describeUnits(splitUnits(text, view), view.text);
 * leadOf(text, x)?.end; // 16
 * ```
 */
export function leadOf(original: string, x: Info): ParsedDateline | null {
  if (x.lead === undefined) {
    const end = Math.min(x.unit.end, x.unit.start + 160);
    x.lead = separatorWithin(original, x.unit.start, end) ? parseDateline(original.slice(x.unit.start, end), false) : null;
  }
  return x.lead;
}

// A prefix meets a separator or a parenthesis within its first words (a part holds four at
// most, the Gulf wire form "مسقط في 5 يونيو /العمانية/" five): most lines do not, and are no
// dateline without being read part by part.
function separatorWithin(text: string, start: number, end: number): boolean {
  const limit = Math.min(end, start + MAX_SCAN);
  const cls = charClasses();
  let words = 0;
  let inWord = false;
  for (let i = start; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (((cls[c] as number) & (WORD_BIT | DIGIT_BIT)) !== 0 && c !== 0x0640) {
      if (!inWord && ++words > MAX_PART_WORDS + 2) return false;
      inWord = true;
      continue;
    }
    inWord = false;
    if (isSeparator(c) || c === 0x28) return true; // a tatweel run separates: "نيقوسيا ــ (ا ف ب)"
  }
  return false;
}

/**
 * Unit `x` of `original` read as a credit line of its own ("واس - المنامة", "ا ف ب"), or
 * null: a line of ten words at most that ends no sentence. Read once per unit.
 *
 * @example
 * ```ts
 * const text = "واس - المنامة";
 * const view = viewOf(text, MATCH_OPTIONS);
 * const [x] = describeUnits(splitUnits(text, view), view.text);
 * creditOf(text, x) !== null; // true
 * ```
 */
export function creditOf(original: string, x: Info): ParsedDateline | null {
  if (x.words > 10 || x.endsSentence) return null;
  if (x.credit === undefined) {
    const line = original.slice(x.unit.start, x.unit.end);
    // Without a separator the line is one part, a credit only as an agency's name ("ا ف ب").
    const read =
      separatorWithin(original, x.unit.start, x.unit.end) ||
      (x.words <= MAX_PART_WORDS &&
        (lexicon().agencies.map.has(cachedKey(line)) || latinCaps(original, part(x.unit.start, x.unit.end, x.words, false))));
    x.credit = read ? parseDateline(line, true) : null;
  }
  return x.credit;
}

function skipFiller(text: string, i: number, limit: number): number {
  while (i < limit && isFiller(unitAt(text, i))) i++;
  return i;
}

function isSeparator(c: number): boolean {
  return isDash(c) || c === 0x0640 || c === 0x3a || c === 0x2f;
}

// A part: words (letters, with dots inside as in أ.ف.ب, commas between place names)
// or a parenthesised group.
function readPart(text: string, i: number, limit: number): Part | null {
  if (unitAt(text, i) === GUILLEMET_OPEN) {
    const close = text.indexOf("»", i);
    if (close < 0 || close - i > 40 || close >= limit) return null;
    let words = 0;
    for (let k = i + 1; k < close; k++) if (isWordChar(unitAt(text, k)) && !isWordChar(unitAt(text, k - 1))) words++;
    if (words === 0 || words > MAX_PART_WORDS) return null;
    // Only a known outlet: "المتحدث: «الوضع تحت السيطرة»" opens a quotation.
    const quoted = part(i, close + 1, words, true, false, true);
    return isOutlet(text, quoted) || isAgency(text, quoted) ? quoted : null;
  }
  if (unitAt(text, i) === 0x28) {
    const close = text.indexOf(")", i);
    if (close < 0 || close - i > 40) return null;
    let words = 0;
    for (let k = i + 1; k < close; k++) {
      const c = unitAt(text, k);
      // A year or a count in parentheses is no credit; "(كوردستان24)" names an outlet.
      if (isDigit(c) && !isWordChar(unitAt(text, k - 1)) && !isDigit(unitAt(text, k - 1))) return null;
      if (isWordChar(c) && !isWordChar(unitAt(text, k - 1))) words++;
    }
    return words > 0 && words <= MAX_PART_WORDS ? part(i, close + 1, words, true) : null;
  }
  if (isDigit(unitAt(text, i))) {
    let k = i;
    while (k < limit && isDigit(unitAt(text, k))) k++;
    if (k - i > 4) return null;
    // "12 مارس (وات)": the day and its month, when an agency in parentheses follows.
    let m = k;
    while (m < limit && unitAt(text, m) === 0x20) m++;
    const w = m;
    while (m < limit && isWordChar(unitAt(text, m))) m++;
    // "28 تشرين الثاني": a month of two words.
    if (m > w && unitAt(text, m) === 0x20) {
      let o = m + 1;
      while (o < limit && isWordChar(unitAt(text, o))) o++;
      if (o > m + 1 && MONTH_NAME_ORDINALS.includes(text.slice(m + 1, o))) m = o;
    }
    let after = skipFiller(text, m, limit);
    // "سبها 5 يونيو 2024 (وال) -": and its year.
    let y = after;
    while (y < limit && isDigit(unitAt(text, y))) y++;
    if (m > w && y - after === 4) {
      m = y;
      after = skipFiller(text, y, limit);
    }
    // The word after the day is its month, not an agency ("15-5-2024 وفا-").
    const month = m > w && agencyAt(text, w, limit) === null;
    const end = month && (unitAt(text, after) === 0x28 || isSeparator(unitAt(text, after))) ? m : k;
    return part(i, end, 1, false, true);
  }
  let k = i;
  let words = 0;
  let end = i;
  while (k < limit) {
    const c = unitAt(text, k);
    if (isWordChar(c) && c !== 0x0640) {
      if (words === MAX_PART_WORDS) return null;
      while (k < limit && (isWordChar(unitAt(text, k)) || dotInside(text, k))) k++;
      words++;
      end = k;
      while (k < limit && unitAt(text, k) === 0x20) k++;
      if (unitAt(text, k) === 0x060c || unitAt(text, k) === 0x2c) {
        k++; // "دمشق، سوريا"
        while (k < limit && unitAt(text, k) === 0x20) k++;
      }
      continue;
    }
    break;
  }
  if (words === 0) return null;
  // "فرانس24", "فرانس 24": an outlet's name may end with figures.
  let d = end;
  while (d < limit && unitAt(text, d) === 0x20 && d - end < 2) d++;
  if (isDigit(unitAt(text, d))) {
    let e = d;
    while (e < limit && isDigit(unitAt(text, e))) e++;
    const named = part(i, e, words + 1, false);
    if (isOutlet(text, named)) return named;
  }
  return part(i, end, words, false);
}

function holdsDigit(text: string, p: Part): boolean {
  for (let k = p.start; k < p.end; k++) if (isDigit(unitAt(text, k))) return true;
  return false;
}

function dotInside(text: string, k: number): boolean {
  return unitAt(text, k) === 0x2e && isLetter(unitAt(text, k - 1)) && isLetter(unitAt(text, k + 1));
}

// After a dateline glued to the lead, the lead goes on with words.
function leadFollows(text: string, at: number): boolean {
  let words = 0;
  for (let k = at; k < text.length && k < at + 60; k++) {
    if (isLetter(unitAt(text, k)) && (k === at || !isLetter(unitAt(text, k - 1)))) words++;
    if (words >= 3) return true;
  }
  return false;
}

function partKey(text: string, p: Part): string {
  p.key ??= cachedKey(p.paren ? text.slice(p.start + 1, p.end - 1) : text.slice(p.start, p.end));
  return p.key;
}

// The parts of datelines are few and repeat from page to page ("دمشق", "رويترز"): their
// folded keys are kept, up to a bound, instead of folding them again on every line.
const keys = new Map<string, string>();
function cachedKey(part: string): string {
  let key = keys.get(part);
  if (key === undefined) {
    if (keys.size >= 4096) keys.clear();
    key = phraseKey(part);
    keys.set(part, key);
  }
  return key;
}

/**
 * True when `text` is only an agency's name or agencies' ("أ ف ب", "رويترز", "وكالات"), as a
 * byline names the agency its author wrote with.
 *
 * @example
 * ```ts
 * agencyCredit("أ ف ب"); // true
 * agencyCredit("الخرطوم"); // false
 * ```
 */
export function agencyCredit(text: string): boolean {
  const key = cachedKey(text.trim());
  return key.length > 0 && (lexicon().agencies.map.has(key) || key.startsWith("وكالات"));
}

// The outlet the page's first line names, as a folded key (see useMasthead).
let masthead: string | null = null;

/**
 * Reads the outlet that the first line of `page` names ("سودان تربيون"; "الغد" of "الغد |
 * اقتصاد"): one to three words alone or before a bar. On that page a dateline part that
 * names it is the agency's slot ("ود مدني – سودان تربيون", "عمان- الغد أنهت …"), never the
 * place or an author, even where the outlet is in no lexicon.
 *
 * @example
 * ```ts
 * useMasthead("سودان تربيون\nمشروع الجزيرة يبدأ زراعة القمح\nود مدني – سودان تربيون\n…");
 * parseDateline("ود مدني – سودان تربيون", true)?.agency; // the range of "سودان تربيون"
 * ```
 */
export function useMasthead(page: string): void {
  masthead = null;
  const limit = Math.min(page.length, 400);
  let i = 0;
  while (i < limit && !isWordChar(unitAt(page, i))) {
    if (!isFiller(unitAt(page, i))) return; // a mark before any word: no outlet's name
    i++;
  }
  const start = i;
  let words = 0;
  while (i < limit && (isWordChar(unitAt(page, i)) || dotInside(page, i) || unitAt(page, i) === 0x20)) {
    if (isWordChar(unitAt(page, i)) && !isWordChar(unitAt(page, i - 1)) && !dotInside(page, i - 1)) words++;
    i++;
  }
  const c = unitAt(page, i);
  // The line ends there, or a bar follows (a section's name after it). ("الأقصر - كريم
  // الدباغ" is a credit line itself.)
  if (words < 1 || words > 3 || !(i >= page.length || c === 0x0a || c === 0x0d || c === 0x7c)) return;
  // (A short line: a dateline glued to the lead, "نواكشوط – (وما) – أشرف …", names no outlet.)
  let rest = 0;
  for (let k = i; k < limit && unitAt(page, k) !== 0x0a && unitAt(page, k) !== 0x0d; k++) {
    if (isWordChar(unitAt(page, k)) && !isWordChar(unitAt(page, k - 1)) && ++rest > 6) return;
  }
  masthead = cachedKey(page.slice(start, i).trim());
}

/**
 * The folded words of the outlet the page's first line names (see {@link useMasthead}), or
 * null: "قالت لعنب بلدي" speaks to the page's own outlet.
 */
export function mastheadKey(): string | null {
  return masthead;
}

// The masthead's outlet at i, glued to the lead after a separator.
function mastheadAt(text: string, i: number, limit: number): Part | null {
  if (masthead === null) return null;
  for (const p of wordsAt(text, i, limit, 3)) if (isMasthead(text, p)) return p;
  return null;
}

function isAgency(text: string, p: Part): boolean {
  return lexicon().agencies.map.has(partKey(text, p)) || latinCaps(text, p);
}

function isOutlet(text: string, p: Part): boolean {
  return lexicon().outlets.map.has(partKey(text, p)) || headedOutlet(text, p) || isMasthead(text, p);
}

function isMasthead(text: string, p: Part): boolean {
  return masthead !== null && partKey(text, p) === masthead;
}

// "آخر الأخبار", "عاجل": the part names a section of the site.
function opensSection(text: string, p: Part): boolean {
  return lexicon().sectionOpeners.has(firstWord(text, p));
}

// "بوابة الوسط", "موقع الحدث", "وكالة الأنباء والمعلومات الفلسطينية": a noun of an outlet and
// its name, never a city's name.
function headedOutlet(text: string, p: Part): boolean {
  const key = partKey(text, p);
  const space = key.indexOf(" ");
  return space > 0 && p.words <= 5 && lexicon().outletHeads.has(key.slice(0, space));
}

// "وكالات": a credit to agencies in general, which makes the line a source credit.
function isGeneric(text: string, p: Part): boolean {
  const key = partKey(text, p);
  return key.startsWith("وكالات") || key.startsWith("الوكالات");
}

// "CNN", "BBC": a part of Latin capitals is an agency.
function latinCaps(text: string, p: Part): boolean {
  let caps = 0;
  for (let k = p.start; k < p.end; k++) {
    const c = unitAt(text, k);
    if (c >= 0x41 && c <= 0x5a) caps++;
    else if (isLetter(c)) return false;
  }
  return caps >= 2;
}

// A person's name: two words or more, the first not opening with the article.
function nameLike(text: string, p: Part): boolean {
  if (p.paren || p.words < 2) return false;
  const key = partKey(text, p);
  return !key.startsWith("ال") && !opensSection(text, p);
}

// A part that opens with a common given name (the lexicon's GIVEN_NAMES): a person's.
function personLike(text: string, p: Part): boolean {
  return !p.paren && p.words >= 2 && lexicon().givenNames.has(firstWord(text, p));
}

// The folded first word of a part.
function firstWord(text: string, p: Part): string {
  const key = partKey(text, p);
  const space = key.indexOf(" ");
  return space < 0 ? key : key.slice(0, space);
}

function inner(p: Part): Range {
  return p.paren ? [p.start + 1, p.end - 1] : [p.start, p.end];
}

function assign(text: string, all: Part[], end: number, wholeLine: boolean): ParsedDateline | null {
  // The numbers of a date stay in the dateline and play no part in it; a prefix opens with words.
  if (all[0]?.date === true) return null;
  const parts = all.some((p) => p.date === true) ? all.filter((p) => p.date !== true) : all;
  // (A date needs an agency beside it, unless it closes the prefix: "دبي، الإمارات العربية
  // المتحدة – 8 سبتمبر 2026: أعلنت …", as press releases open.)
  const last = all[all.length - 1] as Part;
  let month = false;
  for (let k = last.start; k < last.end && !month; k++) month = isLetter(unitAt(text, k));
  const dateLast = last.date === true && month && !wholeLine;
  if (parts.length < all.length && !dateLast && (wholeLine || !parts.some((p) => p.paren || isAgency(text, p)))) return null;
  const result: ParsedDateline = { dateline: null, byline: null, source: null, place: null, agency: null, end };
  const first = parts[0] as Part;
  const lastPart = parts[parts.length - 1] as Part;
  const agencyFlags = parts.map((p) => p.quoted === true || isAgency(text, p) || isOutlet(text, p));
  // "الرياض - واس": of an outlet and an agency, the outlet is the city it is named after
  // (no city's name holds figures: "فرانس24/ أ ف ب" credits two outlets).
  if (parts.length === 2 && agencyFlags[0] && agencyFlags[1]) {
    const agency = parts.map((p) => isAgency(text, p));
    const outlet = parts[agency[0] ? 1 : 0] as Part;
    if (agency[0] !== agency[1] && !headedOutlet(text, outlet) && !holdsDigit(text, outlet)) agencyFlags[agency[0] ? 1 : 0] = false;
    // "الرياض - العربية.نت": of two outlets, one named like a website (a dot or a figure in
    // it) is no city; the other is the place.
    const web = parts.map((p) => holdsDigit(text, p) || partKey(text, p).includes("."));
    if (!agency[0] && !agency[1] && web[0] !== web[1] && !parts.some((p) => p.paren)) agencyFlags[web[0] ? 1 : 0] = false;
    // "الرياض - كووورة:": of two outlets, the one the page's masthead names is the credit.
    const mast = parts.map((p) => isMasthead(text, p));
    if (!agency[0] && !agency[1] && mast[0] !== mast[1]) agencyFlags[mast[0] ? 1 : 0] = false;
  }
  // "فيصل ناصر القحطاني- سبق- الرياض:": after an outlet or an agency, a last outlet named after
  // a city (and no agency) is the place.
  const z = parts.length - 1;
  if (parts.length >= 3 && agencyFlags[z] && agencyFlags.slice(0, z).some((f) => f) && !lastPart.paren && lastPart.quoted !== true && !isAgency(text, lastPart) && !headedOutlet(text, lastPart)) {
    agencyFlags[z] = false;
  }
  if (parts.length === 1) {
    // "(رويترز) - أعلن …", "واس - أعلن …", "شفق نيوز/ أعلنت …": an agency or an outlet alone
    // opens the lead.
    if (!wholeLine && (isAgency(text, first) || isOutlet(text, first)) && first.quoted !== true) {
      // ("فرانس24 / أ ف ب": an agency alone after it is no lead; the line is a credit.)
      const after = skipFiller(text, end, text.length);
      const credited = agencyAt(text, after, text.length);
      if (credited !== null && skipFiller(text, credited.end, text.length) >= text.length) return null;
      result.agency = inner(first);
      result.dateline = [first.start, end];
      return trimDateline(text, result);
    }
    if (first.paren) return null;
    if (agencyFlags[0]) {
      if (!wholeLine || !isAgency(text, first)) return null;
      result.source = [first.start, first.end]; // a bare agency under the headline
      return result;
    }
    // ("دبي، الإمارات العربية المتحدة –": a city and its country, a comma between.)
    if (wholeLine || first.words > (text.slice(first.start, first.end).includes("،") ? 5 : 3)) return null;
    result.place = inner(first);
    result.dateline = [first.start, end];
    return trimDateline(text, result);
  }
  let byline: Part | null = null;
  let place: Part | null = null;
  const agencies: Part[] = [];
  const parenIndex = parts.findIndex((p) => p.paren);
  if (parenIndex >= 0) {
    const paren = parts[parenIndex] as Part;
    const before = parts[parenIndex - 1];
    if (before !== undefined && !agencyFlags[parenIndex] && nameLike(text, before) && !text.slice(before.start, before.end).includes("،")) {
      byline = before;
      place = paren;
    } else agencies.push(paren);
  }
  const rest = parts.filter((p) => p !== byline && p !== place && !agencies.includes(p));
  for (const p of rest) if (agencyFlags[parts.indexOf(p)]) agencies.push(p);
  const open = rest.filter((p) => !agencies.includes(p));
  if (open.length > 0 && place === null) {
    if (open.length === 1) {
      const p = open[0] as Part;
      if (wholeLine && agencies.some((a) => isGeneric(text, a)) && nameLike(text, p)) {
        result.source = [first.start, lastPart.end]; // "شعب بريس – وكالات"
        return result;
      }
      // ("سونا – ود مدني": after a wire agency, a place of two words, unless a common given
      // name opens it.)
      const afterAgency = agencies.length === 1 && agencies[0] === first && isAgency(text, first) && !personLike(text, p);
      if (parts.length === 2 && p === parts[1] && nameLike(text, p) && !afterAgency) {
        byline = p; // "تعز - احمد النويهي"; "هسبريس- حسن حمورو" names an outlet, not a place
        place = agencies.length > 0 ? null : first;
      } else place = p;
    } else {
      const a = open[0] as Part;
      const z = open[open.length - 1] as Part;
      // ("ياسر مطلق الجهني - المدينة المنورة: أنهت …": glued to the lead, a place of two words
      // opens with the article; on a line of its own "دوري نجوم قطر - الجولة السابعة" is none.)
      // ("فهد سالم العتيبي - مكة المكرمة": a common given name opens the person's part.)
      const person = personLike(text, a) && !personLike(text, z);
      if (nameLike(text, a) && (person || (!nameLike(text, z) && (z.words === 1 || (!wholeLine && z.words === 2 && partKey(text, z).startsWith("ال")))))) {
        byline = a;
        place = z;
      } else {
        place = a;
        if (nameLike(text, z)) byline = z;
      }
      for (const p of open) if (p !== byline && p !== place) agencies.push(p);
    }
  }
  if (place === null && agencies.length === 0) return null;
  if (place === null && !wholeLine) return null;
  result.place = place === null ? null : inner(place);
  if (agencies.length > 0) {
    agencies.sort((x, y) => x.start - y.start);
    const a0 = agencies[0] as Part;
    const a1 = agencies[agencies.length - 1] as Part;
    result.agency = agencies.length === 1 ? inner(a0) : [a0.start, a1.end];
  }
  if (place === null) {
    result.source = agencies.some((a) => isAgency(text, a)) ? result.agency : null;
    result.agency = null;
  }
  if (byline !== null) result.byline = [byline.start, byline.end];
  const dlParts = parts.filter((p) => p !== byline);
  if (dlParts.length > 0 && place !== null) {
    const startPart = dlParts[0] as Part;
    // The dateline runs from its first part to the prefix end, unless the name comes last.
    const endAt = byline !== null && byline.start > startPart.start ? separatorEnd(text, byline.start) : end;
    result.dateline = [startPart.start, endAt];
  }
  return trimDateline(text, result);
}

// The end of the separator run before `at` (so that "عمان - الدستور - " keeps its dashes).
function separatorEnd(text: string, at: number): number {
  let k = at;
  while (k > 0 && isFiller(unitAt(text, k - 1))) k--;
  return k;
}

function trimDateline(text: string, r: ParsedDateline): ParsedDateline {
  if (r.dateline !== null) {
    let [s, e] = r.dateline;
    while (e > s && isFiller(unitAt(text, e - 1))) e--;
    while (s < e && isFiller(unitAt(text, s))) s++;
    r.dateline = [s, e];
  }
  return r;
}

// "وأضاف:" opens a quotation, not a dateline: a speech verb is never a place.
function stripConjunction(key: string): string {
  return key.length > 3 && (key.startsWith("و") || key.startsWith("ف")) ? key.slice(1) : key;
}
