/**
 * Is a weekday said in the future? News writes a coming day bare ("ستعلن النتائج يوم
 * الثلاثاء") as often as a past one ("أعلنت النتائج يوم الثلاثاء"); the tense of the
 * clause tells them apart. A verb with the future prefix س (سيعقد، ستجرى، سنعلن،
 * وسيصل) or a word such as سوف or "من المقرر" a few words before the weekday, in the same
 * clause, makes it the coming day.
 *
 * @module
 */

import { ALEF, FAA, HAA, NOON, SEEN, TAA, WAW, YAA } from "../../core/chars.js";
import { FUTURE_WORDS, NOT_FUTURE } from "../lexicon/weekdays.js";
import { foldEntry } from "../scan/lexemes.js";
import { previousWord } from "../scan/context.js";

/** How many words back the verb of the clause is looked for. */
const REACH = 8;

let tables: { future: Set<string>; not: Set<string> } | undefined;

function lists(): { future: Set<string>; not: Set<string> } {
  tables ??= { future: new Set(FUTURE_WORDS.map(foldEntry)), not: new Set(NOT_FUTURE.map(foldEntry)) };
  return tables;
}

// A verb in the future: س, a prefix of the imperfect (ي ت ن) and a stem of two letters or more,
// not ending as a noun does (ة is folded to ه; the plural ات).
function isFutureVerb(text: string, start: number, end: number): boolean {
  if (end - start < 4 || text.charCodeAt(start) !== SEEN) return false;
  const prefix = text.charCodeAt(start + 1);
  // Not سأ: folded to سا it opens too many nouns (سابق، ساحة، سائل).
  if (prefix !== YAA && prefix !== TAA && prefix !== NOON) return false;
  const last = text.charCodeAt(end - 1);
  if (last === HAA || (last === TAA && text.charCodeAt(end - 2) === ALEF)) return false;
  return !lists().not.has(text.slice(start, end));
}

/** True when the clause before `pos` of the matching view is in the future tense. */
export function saidInFuture(text: string, pos: number): boolean {
  const { future } = lists();
  let at = pos;
  for (let k = 0; k < REACH; k++) {
    const word = previousWord(text, at);
    if (word === null) return false;
    // A conjunction glued before the word: وسيعقد، فسوف.
    const c = text.charCodeAt(word.start);
    const s = (c === WAW || c === FAA) && word.end - word.start > 3 ? word.start + 1 : word.start;
    if (isFutureVerb(text, word.start, word.end) || (s > word.start && isFutureVerb(text, s, word.end))) return true;
    if (future.has(text.slice(word.start, word.end)) || future.has(text.slice(s, word.end))) return true;
    at = word.start;
  }
  return false;
}
