/**
 * Code-point classes: the one place where nashra says which character is what.
 *
 * Every other file asks these functions or reads these constants; none spells a
 * code point range of its own. The ranges follow the Unicode 16 character database.
 *
 * @module
 */

/** ARABIC TATWEEL (kashida), U+0640: stretches a word, carries no meaning. */
export const TATWEEL = 0x0640;
/** ARABIC SHADDA, U+0651: gemination; kept by `stripDiacritics(text, { keepShadda: true })`. */
export const SHADDA = 0x0651;
/** NO-BREAK SPACE, U+00A0. */
export const NBSP = 0x00a0;

/**
 * Arabic combining marks deleted by `stripDiacritics`, as inclusive ranges:
 * harakat and tanween, Quranic annotation marks, the dagger alef, the extended-A
 * marks. Kept on purpose: tatweel U+0640 and the spacing signs ۞ ۩ ۝ ۥ ۦ.
 */
export const DIACRITIC_RANGES: readonly (readonly [number, number])[] = [
  [0x0610, 0x061a], // signs above/below used in honorifics and Quranic text
  [0x064b, 0x065f], // tanween, harakat, shadda, sukun, maddah/hamza above/below, …
  [0x0670, 0x0670], // superscript (dagger) alef, as in هٰذا
  [0x06d6, 0x06dc], // Quranic small high ligatures
  [0x06df, 0x06e4], // small high rounded zero … small high madda
  [0x06e7, 0x06e8], // small high yeh, small high noon
  [0x06ea, 0x06ed], // empty centre stops, small low meem
  [0x0898, 0x089f], // Arabic Extended-B marks
  [0x08ca, 0x08e1], // Arabic Extended-A marks (first run)
  [0x08e3, 0x08ff], // Arabic Extended-A marks (second run)
];

/**
 * Invisible format characters deleted by `stripInvisible` (never turned into a space,
 * since they sit inside words): soft hyphen, ALM, Mongolian vowel separator,
 * ZWSP/ZWNJ/ZWJ/LRM/RLM, bidi embeddings and overrides, word joiner and invisible
 * operators, bidi isolates, and the BOM / zero-width no-break space.
 */
export const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x061c, 0x061c],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x2069],
  [0xfeff, 0xfeff],
];

/** White space as collapsed by the `whitespace` option (the Unicode White_Space property). */
export const WHITESPACE_RANGES: readonly (readonly [number, number])[] = [
  [0x0009, 0x000d],
  [0x0020, 0x0020],
  [0x0085, 0x0085],
  [0x00a0, 0x00a0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
];

/** Alef with madda, hamza above, hamza below, wasla, wavy hamza above/below → bare alef. */
export const ALEF_VARIANTS: readonly number[] = [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673];
export const ALEF = 0x0627;

/** True for an alef carrying a hamza or a madda (أ إ آ), which the article ال never does. */
export function isHamzaAlef(c: number): boolean {
  return c === 0x0622 || c === 0x0623 || c === 0x0625;
}

/** Alef with hamza below, in its presentation forms too: "إمام" (an imam), never "أمام". */
export function isAlefHamzaBelow(c: number): boolean {
  return c === 0x0625 || c === 0xfe87 || c === 0xfe88;
}
export const TAA_MARBUTA = 0x0629;
export const HAA = 0x0647;
export const ALEF_MAKSURA = 0x0649;
export const YAA = 0x064a;
export const WAW = 0x0648;
export const WAW_HAMZA = 0x0624;
export const YAA_HAMZA = 0x0626;
/** ARABIC DECIMAL SEPARATOR ٫ U+066B and THOUSANDS SEPARATOR ٬ U+066C. */
export const ARABIC_DECIMAL_SEPARATOR = 0x066b;
export const ARABIC_THOUSANDS_SEPARATOR = 0x066c;
/** ARABIC PERCENT SIGN ٪ U+066A. */
export const ARABIC_PERCENT = 0x066a;
/** ARABIC COMMA ، U+060C — punctuation, never part of a number. */
export const ARABIC_COMMA = 0x060c;

/** Persian and Urdu letters folded by `foldPersianLetters`, with their Arabic targets. */
export const PERSIAN_FOLDS: readonly (readonly [number, number])[] = [
  [0x06cc, YAA], // ی FARSI YEH
  [0x06d2, YAA], // ے YEH BARREE
  [0x06d3, YAA], // ۓ YEH BARREE WITH HAMZA ABOVE
  [0x06a9, 0x0643], // ک KEHEH → ك
  [0x06c0, HAA], // ۀ HEH WITH YEH ABOVE
  [0x06c1, HAA], // ہ HEH GOAL
  [0x06c2, HAA], // ۂ HEH GOAL WITH HAMZA ABOVE
];

/**
 * Arabic presentation forms, which `unfoldPresentationForms` replaces by their
 * compatibility decomposition: Forms-A U+FB50–FDFF and Forms-B U+FE70–FEFF.
 */
export const PRESENTATION_RANGES: readonly (readonly [number, number])[] = [
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
];

function inRanges(c: number, ranges: readonly (readonly [number, number])[]): boolean {
  for (const [lo, hi] of ranges) if (c >= lo && c <= hi) return true;
  return false;
}

/** True for an Arabic combining mark deleted by `stripDiacritics`. */
export function isDiacritic(c: number): boolean {
  return c >= 0x0610 && c <= 0x08ff && inRanges(c, DIACRITIC_RANGES);
}

/** True for a format character deleted by `stripInvisible` (the {@link INVISIBLE_RANGES}). */
export function isInvisible(c: number): boolean {
  if (c < 0x00ad) return false;
  if (c < 0x2000) return c === 0x00ad || c === 0x061c || c === 0x180e;
  return (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2069 && c !== 0x2065) || c === 0xfeff;
}

/** True for a white-space character (the {@link WHITESPACE_RANGES}). */
export function isWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x1680) return c === 0x85 || c === 0xa0;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** True for white space or an invisible format character: what a trimmed span leaves out. */
export function isBlank(c: number): boolean {
  return isWhitespace(c) || isInvisible(c);
}

/** True for a line break: LF, CR, VT, FF, NEL, LINE and PARAGRAPH SEPARATOR. */
export function isLineBreak(c: number): boolean {
  return (c >= 0x0a && c <= 0x0d) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** True for a presentation-form code point. */
export function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
}

/**
 * The value 0–9 of a decimal digit: ASCII 0–9, Arabic-Indic ٠–٩ U+0660–0669 or
 * Extended Arabic-Indic (Persian, Urdu) ۰–۹ U+06F0–06F9; −1 for anything else.
 */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0;
  return -1;
}

/** True for a decimal digit in any of the three scripts `digitValue` reads. */
export function isDigit(c: number): boolean {
  return digitValue(c) >= 0;
}

/** True for a letter of the Arabic script's base alphabet and its extensions. */
export function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x064a && c !== TATWEEL) ||
    c === 0x066e ||
    c === 0x066f ||
    (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06ee && c <= 0x06ef) ||
    (c >= 0x06fa && c <= 0x06fc) ||
    c === 0x06ff ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x0870 && c <= 0x0887) ||
    (c >= 0x0889 && c <= 0x088f) ||
    (c >= 0x08a0 && c <= 0x08c9)
  );
}

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;

/** True for a letter of any script (the Unicode `L` categories), by UTF-16 code unit or code point. */
export function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (isArabicLetter(c)) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER.test(String.fromCodePoint(c));
}

/** True for a combining mark of any script (the Unicode `M` categories). */
export function isMark(c: number): boolean {
  if (c < 0x0300) return false;
  if (c >= 0x064b && c <= 0x065f) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return MARK.test(String.fromCodePoint(c));
}

/**
 * True for a character that belongs inside a word of running text: a letter, a
 * combining mark, tatweel or an invisible joiner (which nashra reads through).
 */
export function isWordChar(c: number): boolean {
  return isLetter(c) || isMark(c) || c === TATWEEL || (c >= 0x200b && c <= 0x200d) || c === 0x00ad;
}

/** True for a high (leading) surrogate. */
export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** True for a low (trailing) surrogate. */
export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Hangul medial vowels and final consonants compose with the syllable before them
 * under NFC; with combining marks they are the only characters that act on the
 * character before them, so the normalizer must look at them together.
 */
export function composesBackward(c: number): boolean {
  return (c >= 0x1161 && c <= 0x1175) || (c >= 0x11a8 && c <= 0x11c2);
}

/** Sentence-ending punctuation, Arabic and Latin: . ! ? ؟ ۔ … and the Arabic full stop. */
export function isSentenceEnd(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x06d4 || c === 0x2026;
}

/** Quotation marks that open or close a quotation in Arabic news. */
export const QUOTE_MARKS = {
  /** Characters that open a quotation. */
  open: [0x22, 0x201c, 0x00ab, 0x201d, 0x201e, 0x2039, 0x27e8],
  /** Characters that close a quotation. */
  close: [0x22, 0x201d, 0x00bb, 0x201c, 0x203a, 0x27e9],
} as const;

/** Any mark of {@link QUOTE_MARKS}, opening or closing: " “ ” « » „ ‹ › ⟨ ⟩. */
export function isQuotationMark(c: number): boolean {
  return c === 0x22 || c === 0x201c || c === 0x201d || c === 0x00ab || c === 0x00bb || c === 0x201e || c === 0x2039 || c === 0x203a || c === 0x27e8 || c === 0x27e9;
}

/** A mark that opens a quotation and never closes one: “ «. */
export function isLeftQuote(c: number): boolean {
  return c === 0x201c || c === 0x00ab;
}

/** A mark that closes a quotation as Arabic news writes one open with “ or «: ” ». */
export function isRightQuote(c: number): boolean {
  return c === 0x201d || c === 0x00bb;
}

/** Bullets that mark items of a list: • - * ● ⦁ ▪ ■ ◦ – — · ○ ► ». */
export function isBullet(c: number): boolean {
  return (
    c === 0x2022 ||
    c === 0x2d ||
    c === 0x2a ||
    c === 0x25cf ||
    c === 0x2981 ||
    c === 0x25aa ||
    c === 0x25a0 ||
    c === 0x25e6 ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 0x00b7 ||
    c === 0x25cb ||
    c === 0x25ba ||
    c === 0x00bb
  );
}

/** Dashes used as separators in datelines and credit lines: - – — ـ (tatweel runs) ‒ ―. */
export function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2012 || c === 0x2015 || c === 0x2212;
}

/**
 * True for a Hangul jamo in any of its forms (conjoining, compatibility, half-width): a
 * run of them composes into syllables under NFKC, so a normalizer composes the run whole.
 */
export function isHangulJamo(c: number): boolean {
  return (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3131 && c <= 0x318e) || (c >= 0xffa0 && c <= 0xffdc) || (c >= 0xa960 && c <= 0xa97c) || (c >= 0xd7b0 && c <= 0xd7fb);
}

/** Bits of {@link charClasses}: a word character, a digit, white space. */
export const WORD_BIT = 1;
export const DIGIT_BIT = 2;
export const SPACE_BIT = 4;

let classTable: Uint8Array | undefined;

/**
 * A byte per UTF-16 code unit holding {@link WORD_BIT}, {@link DIGIT_BIT} and
 * {@link SPACE_BIT}, built from the functions above on first use, so that scanners
 * classify a character with one array read. Surrogates have no bit: a scanner that
 * cares about astral letters asks {@link isWordChar} with the code point.
 */
export function charClasses(): Uint8Array {
  if (classTable !== undefined) return classTable;
  const table = new Uint8Array(0x10000);
  // CJK ideographs, Hangul syllables and Yi are letters through and through: no need to ask.
  const letterBlocks: readonly (readonly [number, number])[] = [
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xa000, 0xa48c],
    [0xac00, 0xd7a3],
  ];
  for (const [lo, hi] of letterBlocks) table.fill(WORD_BIT, lo, hi + 1);
  for (let c = 0; c < 0x10000; c++) {
    if ((c >= 0xd800 && c <= 0xdfff) || table[c] !== 0) continue;
    let bits = 0;
    if (isWordChar(c)) bits |= WORD_BIT;
    if (isDigit(c)) bits |= DIGIT_BIT;
    if (isWhitespace(c)) bits |= SPACE_BIT;
    table[c] = bits;
  }
  classTable = table;
  return table;
}

/**
 * Where the run of word characters that goes on at `from` ends (at most `end`). The
 * Arabic letters ء–ي, most of any Arabic text, are known by their range before the
 * table is read: scanners that walk every word of a long text spend most of their
 * time in this loop.
 */
export function wordRunEnd(text: string, from: number, end: number): number {
  const table = classTable ?? charClasses();
  let i = from;
  while (i < end) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0621 && c <= 0x064a) || ((table[c] as number) & WORD_BIT) !== 0) i++;
    else break;
  }
  return i;
}

// --- segment ---

/**
 * True for a character a line can hold without holding text: white space, a control
 * character (NUL bytes left by broken exports, DEL) or an invisible format mark.
 */
export function isFiller(c: number): boolean {
  return c < 0x20 || c === 0x7f || isBlank(c);
}

/** True for a letter or a decimal digit: what the segmenter must put in exactly one block. */
export function isLetterOrDigit(c: number): boolean {
  return isLetter(c) || isDigit(c);
}

/** Marks that may follow a sentence end before the white space: closing quotes and brackets ” » " ' ) ]. */
export function isClosingMark(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x00bb || c === 0x201c || c === 0x29 || c === 0x5d;
}

/** Marks that open a quotation or a bracket: " ' “ ” „ « ( [. */
export function isOpeningMark(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x00ab || c === 0x28 || c === 0x5b;
}

/** The code unit at `i`, or −1 outside the text (which every class above rejects). */
export function unitAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

// --- dates ---

/** SPACE U+0020: a space inside a multi-word lexicon key stands for any run of white space. */
export const SPACE = 0x20;
/** ARABIC LETTER HAMZA U+0621 and YEH U+064A: the ends of the base letters every date word starts with. */
export const ARABIC_BASE_FIRST = 0x0621;
export const ARABIC_BASE_LAST = 0x064a;
/** Letters the date scanner reads one by one: ب غ ف ك ل, and ت س ن of the future prefix (سيعقد، ستجرى، سنعلن). */
export const BAA = 0x0628;
export const GHAIN = 0x063a;
export const FAA = 0x0641;
export const KAF = 0x0643;
export const LAM = 0x0644;
export const TAA = 0x062a;
export const SEEN = 0x0633;
export const NOON = 0x0646;
/** MEEM, the last letter of the pronoun هم: "ودائعهم" (their deposits). */
export const MEEM = 0x0645;
/** LEFT and RIGHT PARENTHESIS, around a two-name partner or a date: "نوفمبر (تشرين الثاني)". */
export const LEFT_PARENTHESIS = 0x28;
export const RIGHT_PARENTHESIS = 0x29;
/** SOLIDUS and REVERSE SOLIDUS between the names of a two-name form: "آب/أغسطس", "يونيو\حزيران". */
export const SOLIDUS = 0x2f;
export const COLON = 0x3a;
export const REVERSE_SOLIDUS = 0x5c;
/** FULL STOP, the separator of "2012.10.30" that version numbers share. */
export const FULL_STOP = 0x2e;

/** An arrow of a market ticker: ▲ ▼ ▴ ▾ ↑ ↓. */
export function isTickerArrow(c: number): boolean {
  return c === 0x25b2 || c === 0x25bc || c === 0x25b4 || c === 0x25be || c === 0x2191 || c === 0x2193;
}

/** A Latin letter A–Z or a–z. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** True for an ASCII digit 0–9: the only digits of a view with Latin digits. */
export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** True for و ف ب ل ك, the one-letter proclitics that attach to the word after them. */
export function isProclitic(c: number): boolean {
  return c === WAW || c === FAA || c === BAA || c === LAM || c === KAF;
}

/** True for a separator of a date in figures: / - . \ – ("12/3/2024", "22 - 09 - 2012", "2012.10.30"). */
export function isDateSeparator(c: number): boolean {
  return c === SOLIDUS || c === 0x2d || c === FULL_STOP || c === REVERSE_SOLIDUS || c === 0x2013;
}

/** True for . , : between digits, which make one number of two ("3.5", "1,500", "10:30"). */
export function isNumberJoiner(c: number): boolean {
  return c === FULL_STOP || c === 0x2c || c === 0x3a;
}

/** True for the comma of a date line: , or ، ("السبت, 05 مايو, 2012", "الأربعاء، 28 آب"). */
export function isComma(c: number): boolean {
  return c === 0x2c || c === ARABIC_COMMA;
}

/** True for the end of a clause: a sentence end, a line break, : or the Arabic semicolon ؛. */
export function isClauseEnd(c: number): boolean {
  return isSentenceEnd(c) || isLineBreak(c) || c === 0x3a || c === 0x061b;
}
