/**
 * Lines hard-wrapped in the middle of a sentence, joined back into one unit.
 *
 * A line goes on on the next one when it ends without sentence punctuation and either
 * ends with a word that cannot end a sentence ("تحت", "في", "التي"), or the page was
 * wrapped at a fixed width and the line reaches it, or the page ends its long lines with
 * punctuation and this long line does not (the next one being long or ending a sentence). A blank line, a cue, a bullet or a
 * cut inside a line stops the join.
 *
 * @module
 */

import { isLeftQuote, isRightQuote } from "../core/chars.js";
import { type Info, describeUnits } from "./classify.js";
import { leadOf } from "./dateline.js";
import { Growing } from "./growing.js";
import { lexicon } from "./lexicon.js";
import type { Unit } from "./lines.js";
import { scanPhrases } from "./scan.js";

/**
 * The units' facts with every wrapped run merged into one unit (described anew), or null
 * when nothing was wrapped.
 *
 * @example
 * ```ts
 * const text = "وقال الباحث إن الجزء الثامن من الكتاب جاء تحت\nعنوان من أشكال التعبير الشعبي في المدن العربية\nالقديمة، وهو فصل طويل.\n\nوأضاف أن الكتاب صدر حديثا.";
 * const view = viewOf(text, MATCH_OPTIONS);
 * const infos = describeUnits(splitUnits(text, view), view.text);
 * infos.length; // 4
 * joinWrapped(text, view.text, infos)?.length; // 3
 * ```
 */
export function joinWrapped(original: string, f: string, infos: readonly Info[], hits: readonly number[] = scanPhrases(f).hits): Info[] | null {
  const width = wrapWidth(infos);
  const punctuated = punctuatedPage(infos);
  const continuation = lexicon().continuation;
  const out = new Growing<Info>();
  let merged = false;
  let run: Unit | null = null;
  let runInfo: Info | null = null; // the run's facts while it is still one unit
  const describe = (u: Unit): Info => describeUnits([u], f, hits)[0] as Info;
  let last: Info | null = null;
  let runWords = 0; // a headline is not long enough to be cut
  let afterSentence = false; // the run follows a sentence of the body
  let runFirst: Info | null = null; // the run's first unit, when no blank line is above it
  let headerPassed = false;
  // Under a related, tag or read-also heading, lines are items (titles) until a paragraph of the
  // body comes back (a blank line, a long line, or a sentence closed by a full stop: titles
  // have none).
  let listed = false;
  // Indexed loops: the lists are long, and a for-of over one that V8 does not optimise
  // makes an iterator result a unit.
  for (let k = 0; k < infos.length; k++) {
    const x = infos[k] as Info;
    const u = x.unit;
    // (The paragraph that comes back after a list joins no item of it.)
    const underList = listed;
    // (A read-also cue's teaser title stands on a line of its own too.)
    if (x.cue?.kind === "related" || x.cue?.kind === "tags" || x.cue?.kind === "readAlso") listed = true;
    else if (listed && u.gap > 0) listed = false;
    else if (listed && x.endsSentence && (x.words >= 20 || (x.words >= 8 && original.charCodeAt(x.unit.end - 1) === 0x2e))) listed = false;
    const joins =
      run !== null &&
      !listed &&
      !underList &&
      last !== null &&
      u.gap === 0 &&
      !u.midLine &&
      !x.bullet &&
      x.cue === null &&
      last.cue === null &&
      !x.captionEnd &&
      !last.captionEnd &&
      !last.endsSentence &&
      !last.endsColon &&
      last.words >= 4 &&
      (continuation.has(last.lastWord) ||
        (width > 0 && last.length >= width) ||
        (punctuated && headerPassed && runWords >= 12 && !startsWithDigit(x) && (x.endsSentence || x.words >= 8) && !leftOpen(original, last, x)) ||
        (runFirst !== null && runWords >= 10 && last.length >= BODY_LINE && x.endsSentence && !startsWithDigit(x) && (afterSentence || opensLead(original, runFirst)) && !leftOpen(original, last, x))) &&
      // The costlier questions last: a date line, a dateline never joins, unless the line
      // before ends with a word that cannot end a sentence ("… عقب المباحثات في" / "مقر
      // الوزارة: …" is no dateline).
      !x.date &&
      !last.date &&
      // ("… وقالت بطلة العرض الفنانة" / "رند حجازين لـ«الرأي»: …": a paragraph of the body cut
      // at the page's width goes on, whatever its next line looks like.)
      (continuation.has(last.lastWord) || (width > 0 && headerPassed && last.length >= width && (runWords >= 12 || innerStop(original, last))) || !opensLead(original, x));
    if (joins && run !== null) {
      const r: Unit = run;
      run = {
        fs: r.fs,
        fe: u.fe,
        start: r.start,
        end: u.end,
        gap: r.gap,
        midLine: r.midLine,
        glued: false,
        words: r.words + u.words,
        separators: r.separators + u.separators,
        digits: r.digits || u.digits,
      };
      runInfo = null;
      merged = true;
      runWords += x.words;
    } else {
      if (run !== null) out.push(runInfo ?? describe(run));
      // A long line without punctuation inside the body (after a sentence, or opening with
      // a dateline) was cut by the page's wrapping; a headline never opens with a dateline.
      // (Whether the run opens with a dateline is asked only when a join depends on it.)
      afterSentence = last !== null && last.endsSentence && last.words >= 8;
      runFirst = u.gap === 0 ? x : null;
      run = u;
      runInfo = x;
      runWords = x.words;
    }
    last = x;
    // A page's first lines are its headline and deck, never a cut line: a line is cut only
    // once the header is passed (a sentence, a date line, a byline or source line seen).
    // (On a wrapped page a sentence ends on a short line: its run counts.)
    if (!headerPassed && ((x.endsSentence && runWords >= 8) || x.cue?.kind === "byline" || x.cue?.kind === "source" || x.date)) {
      headerPassed = true;
    }
  }
  if (run !== null) out.push(runInfo ?? describe(run));
  return merged ? out.toArray() : null;
}

/** The folded length of a line that reached a page's wrapping width: longer than a headline. */
const BODY_LINE = 90;

// The width a page was hard-wrapped at (less a margin), or 0 when its lines were not
// wrapped: at least five lines of five words or more, half of them near the longest.
// A headline and a deck may be longer than the width: only a line with another right
// under it (no blank line between) counts for the longest, and of ten lines or more the
// third longest is taken for the longest.
function wrapWidth(infos: readonly Info[]): number {
  let first = 0;
  let second = 0;
  let third = 0;
  let lines = 0;
  for (let i = 0; i < infos.length; i++) {
    const x = infos[i] as Info;
    if (x.words < 5) continue;
    lines++;
    const next = infos[i + 1];
    if (next !== undefined && next.unit.gap > 0) continue;
    const n = x.length;
    if (n > first) [first, second, third] = [n, first, second];
    else if (n > second) [second, third] = [n, second];
    else if (n > third) third = n;
  }
  const max = lines >= 10 ? third : first;
  if (max === 0 || max > 120 || lines < 5) return 0;
  let near = 0;
  let cut = 0; // lines near the width that stop mid-sentence: the evidence of wrapping
  let over = 0; // lines well past it: besides a headline and a deck, the page was not wrapped
  for (let i = 0; i < infos.length; i++) {
    const x = infos[i] as Info;
    if (x.words < 5 || x.length < max - 15) continue;
    if (x.length > max + 10) {
      if (++over > 2) return 0;
      continue;
    }
    near++;
    // A cut line goes on on the very next line.
    if (!x.endsSentence && !x.endsColon && infos[i + 1]?.unit.gap === 0) cut++;
  }
  return near >= 5 && near * 2 >= lines && cut >= 2 && cut * 3 >= near ? max - 15 : 0;
}

// A page whose long lines end with punctuation: there, a long line without it was cut.
function punctuatedPage(infos: readonly Info[]): boolean {
  let long = 0;
  let ended = 0;
  for (let k = 0; k < infos.length; k++) {
    const x = infos[k] as Info;
    if (x.words < 8) continue;
    long++;
    if (x.endsSentence || x.endsColon) ended++;
  }
  return long >= 4 && ended >= 3 && ended * 2 >= long;
}

// A full stop inside the line ("… ثلاثين عاما. وقالت بطلة العرض"): a headline has none.
function innerStop(original: string, x: Info): boolean {
  for (let i = x.unit.start + 1; i + 1 < x.unit.end; i++) if (original.charCodeAt(i) === 0x2e && original.charCodeAt(i + 1) === 0x20) return true;
  return false;
}

// A line that opens with a dateline starts a lead: it never continues the line before.
function opensLead(original: string, x: Info): boolean {
  return leadOf(original, x) !== null;
}

function startsWithDigit(x: Info): boolean {
  return x.firstIsDigit;
}

// "… مضيفا: “الأولوية للبلدات … بالتعاون مع البلديات" over "ولفت … “كثيرين …”.": a long
// line that leaves a quotation open ends its paragraph there (the quotation runs to the
// paragraph's end) when the next line does not close it ("البواخر»، مشيرا …" does), unless
// the page's fixed width or a word that cannot end a sentence says the line was cut.
function leftOpen(original: string, x: Info, next: Info): boolean {
  let depth = 0;
  for (let i = x.unit.start; i < x.unit.end; i++) {
    const c = original.charCodeAt(i);
    if (isLeftQuote(c)) depth++;
    else if (isRightQuote(c) && depth > 0) depth--;
  }
  if (depth === 0) return false;
  for (let i = next.unit.start; i < next.unit.end; i++) {
    const c = original.charCodeAt(i);
    if (isLeftQuote(c)) return true;
    if (isRightQuote(c)) return false;
  }
  return true;
}
