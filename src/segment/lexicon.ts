/**
 * The lexicon of `cues.ts`, folded with the input's normalizer and indexed, built on
 * first use so that importing the module costs nothing.
 *
 * A phrase is keyed by its tokens joined with one space: "أ.ف.ب" becomes "ا . ف . ب",
 * "اقرأ أيضاً" becomes "اقرا ايضا". Text is read into the same tokens, so a phrase
 * matches whatever the white space between its words.
 *
 * @module
 */

import { isLetter } from "../core/chars.js";
import { nextToken } from "../core/tokens.js";
import { normalize } from "../normalize/normalize.js";
import * as C from "./cues.js";

/** What a cue at the start of a line announces. */
export type LineCueKind =
  | "readAlso"
  | "related"
  | "tags"
  | "source"
  | "byline"
  | "boilerplate"
  | "footer"
  | "caption"
  | "signature";

/** Attribution forms, see `SPEECH_VERBS`. */
export type SpeechForm = "verb" | "participle" | "after";

/** A phrase table: folded key → value, with the longest key's length in tokens. */
export interface PhraseTable<T> {
  readonly map: ReadonlyMap<string, T>;
  readonly maxTokens: number;
  /** First tokens of the keys of more than one token: only these are read further. */
  readonly starts: ReadonlySet<string>;
  /**
   * The keys token by token, from the first token on: text read a token at a time is
   * matched without joining its tokens into keys, and stops where no key goes on.
   */
  readonly firsts: ReadonlyMap<string, PhraseNode<T>>;
}

/** A node of `PhraseTable.firsts`: the value of the key that ends here, and the tokens that go on. */
export interface PhraseNode<T> {
  value: T | undefined;
  next: Map<string, PhraseNode<T>> | null;
}

/** The folded lexicon. */
export interface Lexicon {
  readonly lineCues: PhraseTable<LineCueKind>;
  /** A byte per `shape` of the first word of a line cue: a cheap filter. */
  readonly lineCueShapes: Uint8Array;
  /** A byte per `shape` of the last word of a caption cue or closing formula. */
  readonly tailShapes: Uint8Array;
  /** The first words of the line cues, folded and lower-cased. */
  readonly lineCueFirsts: ReadonlySet<string>;
  /** The last words of the caption cues and closing formulas. */
  readonly tailLasts: ReadonlySet<string>;
  readonly captionEnds: PhraseTable<true>;
  readonly selfLinks: PhraseTable<true>;
  readonly agencies: PhraseTable<true>;
  readonly outlets: PhraseTable<true>;
  readonly exclusive: ReadonlySet<string>;
  readonly sectionOpeners: ReadonlySet<string>;
  /** Folded first words of an outlet's name (بوابة، موقع، صحيفة…). */
  readonly outletHeads: ReadonlySet<string>;
  readonly speech: PhraseTable<SpeechForm>;
  /** A byte per `shape` of the first word of a speech verb. */
  readonly speechShapes: Uint8Array;
  /** The first words of the speech verbs. */
  readonly speechFirsts: ReadonlySet<string>;
  /** The grammatical gender of a speech verb's word (1 masculine, 2 feminine), where its form shows it. */
  readonly speechGenders: ReadonlyMap<string, Gender>;
  readonly after: PhraseTable<true>;
  readonly naming: PhraseTable<true>;
  readonly closings: PhraseTable<true>;
  readonly speakerStops: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
  readonly roles: ReadonlySet<string>;
  readonly joiners: ReadonlySet<string>;
  readonly patronymics: ReadonlySet<string>;
  readonly continuation: ReadonlySet<string>;
  readonly verbalNounOpeners: ReadonlySet<string>;
  readonly nameLikeVerbs: ReadonlySet<string>;
  readonly goingOn: PhraseTable<true>;
  readonly verbObjects: ReadonlySet<string>;
  readonly manner: ReadonlySet<string>;
  readonly relayVerbs: ReadonlySet<string>;
  /** Outlets and agencies of one word, folded: "الجزيرة", "رويترز". */
  readonly outletNames: ReadonlySet<string>;
  readonly honorificPronouns: ReadonlySet<string>;
  readonly sourceNouns: ReadonlySet<string>;
  readonly anonymity: ReadonlySet<string>;
  readonly withheld: ReadonlySet<string>;
  readonly clauseSpeech: ReadonlySet<string>;
  readonly impersonalSpeech: ReadonlySet<string>;
  readonly nameSecondParts: ReadonlySet<string>;
  readonly sameWords: ReadonlySet<string>;
  readonly sameBefore: ReadonlySet<string>;
  readonly honorificNouns: ReadonlySet<string>;
  readonly morningTimes: ReadonlySet<string>;
  readonly ageWords: ReadonlySet<string>;
  readonly titleComplements: ReadonlySet<string>;
  readonly kickerOpeners: ReadonlySet<string>;
  readonly cityNames: ReadonlySet<string>;
  readonly articleGivenNames: ReadonlySet<string>;
  readonly givenNames: ReadonlySet<string>;
  readonly anaphoricTitles: ReadonlySet<string>;
  readonly closeTo: ReadonlySet<string>;
  readonly resumptive: ReadonlySet<string>;
  readonly relayedSayings: ReadonlySet<string>;
  readonly clauseOpeners: ReadonlySet<string>;
  readonly auxiliaries: ReadonlySet<string>;
  readonly speechSettings: ReadonlySet<string>;
  readonly addressees: ReadonlySet<string>;
  readonly descriptionPrepositions: ReadonlySet<string>;
  readonly occasionPrepositions: ReadonlySet<string>;
  readonly documents: ReadonlySet<string>;
  readonly roleAdjectives: ReadonlySet<string>;
  readonly genres: ReadonlySet<string>;
  readonly honorificInitials: ReadonlySet<string>;
  readonly called: ReadonlySet<string>;
  readonly ranks: ReadonlySet<string>;
  readonly givenNameRoles: ReadonlySet<string>;
  readonly subjectPronouns: ReadonlySet<string>;
  readonly relatives: ReadonlySet<string>;
  readonly placeNouns: ReadonlySet<string>;
  readonly widgetSkips: ReadonlySet<string>;
  readonly adLabels: ReadonlySet<string>;
  readonly mediaLabels: ReadonlySet<string>;
  readonly timeAgoOpeners: ReadonlySet<string>;
  readonly timeUnits: ReadonlySet<string>;
  readonly endMarks: ReadonlySet<string>;
  readonly wireBylines: ReadonlySet<string>;
  readonly widgetEnds: ReadonlySet<string>;
  readonly interviewMarkers: ReadonlySet<string>;
  /** Folded phrases searched anywhere in a line. */
  readonly phrases: readonly string[];
  /**
   * Folded phrases that cut a line where they start; a phrase with letters only when a
   * colon or a link follows it soon ("رابط الخبر بصحيفة …:", "اقرأ أيضاً: …").
   */
  readonly glued: readonly { readonly text: string; readonly needsColon: boolean; readonly readAlso: boolean }[];
  /** The verbs that open a follow prompt, and the platforms it names. */
  readonly followVerbs: ReadonlySet<string>;
  readonly platforms: ReadonlySet<string>;
  /** Folded share and print prompts, matched glued right after a full stop. */
  readonly prompts: readonly string[];
}

/** A speech verb's gender: 0 unknown, 1 masculine, 2 feminine. */
export type Gender = 0 | 1 | 2;

// Pairs the speech verbs by their feminine mark: قالت beside قال, تقول beside يقول, مضيفة
// (folded مضيفه) beside مضيفا. A word with no partner in the list says nothing: "تساءل" opens
// with ت and "نوه" ends with ه, and both are masculine (their partners "يساءل", "نوا" are
// none).
function genders(words: readonly string[]): Map<string, Gender> {
  const all = new Set(words);
  const out = new Map<string, Gender>();
  const pair = (feminine: string, masculine: string): void => {
    if (!all.has(feminine) || !all.has(masculine)) return;
    out.set(feminine, 2);
    out.set(masculine, 1);
  };
  for (const w of all) {
    if (w.includes(" ")) continue;
    if (w.endsWith("ت")) pair(w, w.slice(0, -1));
    if (w.startsWith("ت")) pair(w, `ي${w.slice(1)}`);
    if (w.endsWith("ه")) pair(w, `${w.slice(0, -1)}ا`);
  }
  return out;
}

/**
 * The search key of a phrase: folded with the `search` preset, Latin in lower case, its
 * tokens joined by one space.
 */
export function phraseKey(phrase: string): string {
  const folded = normalize(phrase, "search").toLowerCase();
  const parts: string[] = [];
  for (let t = nextToken(folded, 0); t !== null; t = nextToken(folded, t.end)) parts.push(folded.slice(t.start, t.end));
  return parts.join(" ");
}

function table<T>(entries: Iterable<readonly [string, T]>): PhraseTable<T> {
  const map = new Map<string, T>();
  const starts = new Set<string>();
  const firsts = new Map<string, PhraseNode<T>>();
  let maxTokens = 0;
  for (const [phrase, value] of entries) {
    const key = phraseKey(phrase);
    if (key === "" || map.has(key)) continue; // the first entry of a spelling wins
    map.set(key, value);
    const tokens = key.split(" ");
    if (tokens.length > 1) starts.add(tokens[0] as string);
    maxTokens = Math.max(maxTokens, tokens.length);
    let level = firsts;
    for (let k = 0; ; k++) {
      const token = tokens[k] as string;
      let node = level.get(token);
      if (node === undefined) level.set(token, (node = { value: undefined, next: null }));
      if (k === tokens.length - 1) {
        node.value = value;
        break;
      }
      level = node.next ??= new Map();
    }
  }
  return { map, maxTokens, starts, firsts };
}

const flag = (list: readonly string[]): [string, true][] => list.map((w) => [w, true]);

function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isLetter(s.charCodeAt(i))) return true;
  return false;
}

// Role nouns stand before a name with the article or without it ("وزير النقل", "الوزير"):
// both forms of every one-word role.
function withArticle(keys: readonly string[]): Set<string> {
  const out = new Set(keys);
  for (const k of keys) if (!k.startsWith("ال") && !k.includes(" ")) out.add(`ال${k}`);
  return out;
}

/**
 * The shape of a word: its length, first and last code unit packed into 16 bits. Most
 * words of a text have no shape of a cue, so a table of shapes rules them out before any
 * slicing (a word that shares a cue's shape is then looked up).
 *
 * @example
 * ```ts
 * shape(3, 0x0642, 0x0644) === wordShape("قال"); // true
 * ```
 */
export function shape(length: number, first: number, last: number): number {
  // The low six bits tell the Arabic letters ء…ي apart (U+0621–U+064A), four bits the length.
  return (first & 0x3f) | ((last & 0x3f) << 6) | ((length & 0xf) << 12);
}

/** The shape of a whole word. */
export function wordShape(w: string): number {
  return shape(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1));
}

function shapes(words: readonly string[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const w of words) table[wordShape(w)] = 1;
  return table;
}

let built: Lexicon | null = null;

/** The folded lexicon, built on the first call. */
export function lexicon(): Lexicon {
  if (built !== null) return built;
  const lineCues: [string, LineCueKind][] = [
    ...C.RELATED_CUES.map((w): [string, LineCueKind] => [w, "related"]),
    ...C.READ_ALSO_CUES.map((w): [string, LineCueKind] => [w, "readAlso"]),
    ...C.TAG_CUES.map((w): [string, LineCueKind] => [w, "tags"]),
    ...C.SOURCE_CUES.map((w): [string, LineCueKind] => [w, "source"]),
    ...C.BYLINE_CUES.map((w): [string, LineCueKind] => [w, "byline"]),
    ...C.SIGNATURE_CUES.map((w): [string, LineCueKind] => [w, "signature"]),
    ...C.FOOTER_CUES.map((w): [string, LineCueKind] => [w, "footer"]),
    ...C.BOILERPLATE_CUES.map((w): [string, LineCueKind] => [w, "boilerplate"]),
    ...C.CAPTION_CUES.map((w): [string, LineCueKind] => [w, "caption"]),
  ];
  const unique = (list: readonly string[]): string[] => [...new Set(list.map((w) => normalize(w, "search")))];
  const speech = table(C.SPEECH_VERBS.filter((v) => v.form !== "after").map((v): [string, SpeechForm] => [v.word, v.form]));
  const speechShapes = shapes([...speech.map.keys()].map((k) => k.split(" ")[0] as string));
  const lineCueTable = table(lineCues);
  const firstWord = (key: string): string => key.split(" ")[0] as string;
  const lastWord = (key: string): string => key.split(" ").at(-1) as string;
  const captionEnds = table(flag(C.CAPTION_CUES));
  const closings = table(flag(C.CLOSING_FORMULAS));
  built = {
    lineCues: lineCueTable,
    // (A follow prompt's verb is looked at like a cue's first word.)
    lineCueShapes: shapes([...[...lineCueTable.map.keys()].map(firstWord), ...C.FOLLOW_VERBS.map(phraseKey)]),
    tailShapes: shapes([...captionEnds.map.keys(), ...closings.map.keys()].map(lastWord)),
    lineCueFirsts: new Set([...[...lineCueTable.map.keys()].map(firstWord), ...C.FOLLOW_VERBS.map(phraseKey)]),
    tailLasts: new Set([...captionEnds.map.keys(), ...closings.map.keys()].map(lastWord)),
    captionEnds,
    selfLinks: table(flag(C.SELF_LINK_CUES)),
    agencies: table(flag(C.AGENCIES)),
    outlets: table(flag(C.OUTLETS)),
    exclusive: new Set(C.EXCLUSIVE_WORDS.map(phraseKey)),
    sectionOpeners: new Set(C.SECTION_OPENERS.map(phraseKey)),
    outletHeads: new Set(C.OUTLET_HEADS.map(phraseKey)),
    speech,
    speechShapes,
    speechFirsts: new Set([...speech.map.keys()].map(firstWord)),
    speechGenders: genders(C.SPEECH_VERBS.map((v) => phraseKey(v.word))),
    after: table(flag(C.SPEECH_VERBS.filter((v) => v.form === "after").map((v) => v.word))),
    naming: table(flag(C.NAMING_WORDS)),
    closings,
    speakerStops: new Set(C.SPEAKER_STOPS.map(phraseKey)),
    honorifics: new Set(C.HONORIFICS.map(phraseKey)),
    roles: withArticle(C.ROLE_NOUNS.map(phraseKey)),
    joiners: new Set(C.NAME_JOINERS.map(phraseKey)),
    patronymics: new Set(C.PATRONYMIC_JOINERS.map(phraseKey)),
    continuation: new Set(C.CONTINUATION_WORDS.map(phraseKey)),
    verbalNounOpeners: new Set(C.VERBAL_NOUN_OPENERS.map(phraseKey)),
    nameLikeVerbs: new Set(C.NAME_LIKE_VERBS.map(phraseKey)),
    goingOn: table(C.GOING_ON_OPENERS.map((w) => [phraseKey(w), true] as const)),
    verbObjects: new Set(C.VERB_OBJECTS.map(phraseKey)),
    manner: new Set(C.MANNER_WORDS.map(phraseKey)),
    relayVerbs: new Set(C.RELAY_VERBS.map(phraseKey)),
    outletNames: new Set([...C.OUTLETS, ...C.AGENCIES].map(phraseKey).filter((k) => !k.includes(" "))),
    honorificPronouns: new Set(C.HONORIFIC_PRONOUNS.map(phraseKey)),
    sourceNouns: new Set(C.SOURCE_NOUNS.map(phraseKey)),
    anonymity: new Set(C.ANONYMITY_VERBS.map(phraseKey)),
    withheld: new Set(C.WITHHELD_WORDS.map(phraseKey)),
    clauseSpeech: new Set(C.CLAUSE_SPEECH_VERBS.map(phraseKey)),
    impersonalSpeech: new Set(C.IMPERSONAL_SPEECH_VERBS.map(phraseKey)),
    nameSecondParts: new Set(C.NAME_SECOND_PARTS.map(phraseKey)),
    sameWords: new Set(C.SAME_WORDS.map(phraseKey)),
    sameBefore: new Set(C.SAME_BEFORE.map(phraseKey)),
    honorificNouns: new Set(C.HONORIFIC_NOUNS.map(phraseKey)),
    morningTimes: new Set(C.MORNING_TIMES.map(phraseKey)),
    ageWords: new Set(C.AGE_WORDS.map(phraseKey)),
    titleComplements: new Set(C.TITLE_COMPLEMENTS.map(phraseKey)),
    kickerOpeners: new Set(C.KICKER_OPENERS.map(phraseKey)),
    cityNames: new Set(C.CITY_NAMES.map(phraseKey)),
    articleGivenNames: new Set(C.ARTICLE_GIVEN_NAMES.map(phraseKey)),
    givenNames: new Set(C.GIVEN_NAMES.map(phraseKey)),
    anaphoricTitles: new Set(C.ANAPHORIC_TITLES.map(phraseKey)),
    closeTo: new Set(C.CLOSE_TO_WORDS.map(phraseKey)),
    resumptive: new Set(C.RESUMPTIVE_WORDS.map(phraseKey)),
    relayedSayings: new Set(C.RELAYED_SAYINGS.map(phraseKey)),
    clauseOpeners: new Set(C.CLAUSE_OPENERS.map(phraseKey)),
    auxiliaries: new Set(C.AUXILIARIES.map(phraseKey)),
    speechSettings: new Set(C.SPEECH_SETTINGS.map(phraseKey)),
    addressees: new Set(C.ADDRESSEES.map(phraseKey)),
    descriptionPrepositions: new Set(C.DESCRIPTION_PREPOSITIONS.map(phraseKey)),
    occasionPrepositions: new Set(C.OCCASION_PREPOSITIONS.map(phraseKey)),
    documents: new Set(C.DOCUMENT_NOUNS.map(phraseKey)),
    roleAdjectives: new Set(C.ROLE_ADJECTIVES.map(phraseKey)),
    genres: new Set(C.GENRE_LABELS.map(phraseKey)),
    honorificInitials: new Set(C.HONORIFIC_INITIALS.map(phraseKey)),
    called: new Set(C.CALLED_WORDS.map(phraseKey)),
    ranks: new Set(C.RANK_WORDS.map(phraseKey)),
    givenNameRoles: new Set(C.GIVEN_NAME_ROLES.map(phraseKey)),
    subjectPronouns: new Set(C.SUBJECT_PRONOUNS.map(phraseKey)),
    relatives: new Set(C.RELATIVE_PRONOUNS.map(phraseKey)),
    placeNouns: new Set(C.PLACE_NOUNS.map(phraseKey)),
    wireBylines: new Set(C.WIRE_BYLINE_CUES.map((w) => phraseKey(w).toLowerCase())),
    endMarks: new Set(C.END_MARKS.map(phraseKey)),
    timeAgoOpeners: new Set(C.TIME_AGO_OPENERS.map(phraseKey)),
    timeUnits: new Set(C.TIME_UNITS.map(phraseKey)),
    mediaLabels: new Set(C.MEDIA_LABELS.map((w) => phraseKey(w).toLowerCase())),
    adLabels: new Set(C.AD_LABELS.map((w) => phraseKey(w).toLowerCase())),
    widgetSkips: new Set(C.WIDGET_SKIPS.map((w) => phraseKey(w).toLowerCase())),
    widgetEnds: new Set(C.WIDGET_ENDS.map((w) => phraseKey(w).toLowerCase())),
    interviewMarkers: new Set(C.INTERVIEW_MARKERS.map(phraseKey)),
    phrases: unique(C.BOILERPLATE_PHRASES),
    prompts: unique(C.PROMPTS),
    followVerbs: new Set(C.FOLLOW_VERBS.map(phraseKey)),
    platforms: new Set(C.SOCIAL_PLATFORMS.map((w) => phraseKey(w).toLowerCase().split(" ")[0] as string)),
    glued: unique([...C.GLUED_BOILERPLATE, ...C.READ_ALSO_CUES]).map((text) => ({
      text,
      needsColon: hasLetter(text),
      readAlso: !C.GLUED_BOILERPLATE.some((g) => normalize(g, "search") === text),
    })),
  };
  return built;
}

/**
 * The longest phrase of `table` that the tokens `words[from…]` begin with: its value and
 * its length in tokens, or null.
 */
export function longestPrefix<T>(
  t: PhraseTable<T>,
  words: readonly string[],
  from = 0,
): { value: T; tokens: number } | null {
  const limit = t.starts.has(words[from] as string) ? Math.min(t.maxTokens, words.length - from) : Math.min(1, words.length - from);
  let key = "";
  let best: { value: T; tokens: number } | null = null;
  for (let k = 0; k < limit; k++) {
    key = k === 0 ? (words[from] as string) : `${key} ${words[from + k] as string}`;
    const value = t.map.get(key);
    if (value !== undefined) best = { value, tokens: k + 1 };
  }
  return best;
}

/**
 * The longest phrase of `table` that the tokens `words[…end)` end with, read backwards.
 */
export function longestSuffix<T>(t: PhraseTable<T>, words: readonly string[], end = words.length): number {
  const limit = Math.min(t.maxTokens, end);
  let key = "";
  let best = 0;
  for (let k = 1; k <= limit; k++) {
    key = k === 1 ? (words[end - 1] as string) : `${words[end - k] as string} ${key}`;
    if (t.map.has(key)) best = k;
  }
  return best;
}
