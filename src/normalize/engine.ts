/**
 * The normalizer: one pass over the text, one table read per character.
 *
 * Plain characters are kept, replaced or deleted straight from the fold table.
 * A character followed by combining marks is taken with its marks as one cluster,
 * composed (NFC or NFKC) and then folded, so that ا + U+0654 is read as أ whatever
 * order the marks were typed in. White space and digit separators are decided by
 * their neighbours. While writing, the engine tells the offset map where each
 * output character came from.
 *
 * The hot loop keeps its state in local variables; the rare paths work on a
 * state record that the loop writes before calling them and reads back after.
 *
 * @module
 */

import { SHADDA, digitValue, isDiacritic, isHangulJamo, isHighSurrogate, isLowSurrogate, isMark, isPresentationForm } from "../core/chars.js";
import type { OffsetMapBuilder } from "../core/view.js";
import type { ResolvedOptions } from "./options.js";
import { DELETE, LOCAL, MARK, NF, SPACE, foldTable } from "./table.js";

type BufferLike = { from(b: ArrayBufferLike, offset: number, length: number): { toString(enc: string): string } };
// Node's Buffer turns UTF-16 code units into a string at memory speed, lone
// surrogates intact; elsewhere the portable path below is used.
const NodeBuffer = (globalThis as { Buffer?: BufferLike }).Buffer;

function unitsToString(units: Uint16Array, length: number): string {
  if (length === 0) return "";
  if (NodeBuffer !== undefined && length > 64) {
    return NodeBuffer.from(units.buffer, units.byteOffset, length * 2).toString("utf16le");
  }
  let out = "";
  for (let k = 0; k < length; k += 4096) {
    out += String.fromCharCode.apply(null, units.subarray(k, Math.min(length, k + 4096)) as unknown as number[]);
  }
  return out;
}

// Unicode's stream-safe format (UAX #15) bounds a run of marks at 30: composing a
// longer run is quadratic in ICU, and no text needs it. Longer runs are taken in
// pieces, as if a grapheme joiner stood between them.
const MAX_CLUSTER = 32;

/** What the rare paths read and write. */
interface State {
  readonly text: string;
  readonly T: Uint16Array;
  readonly map: OffsetMapBuilder | null;
  readonly stripMarks: boolean;
  readonly keepShadda: boolean;
  readonly form: "NFC" | "NFKC";
  readonly expandForms: boolean;
  out: Uint16Array;
  o: number;
  diff: number;
  changed: boolean;
  pending: boolean;
  pendingSource: number;
}

function put(st: State, unit: number, source: number): void {
  if (st.pending) {
    st.pending = false;
    if (st.pendingSource - st.o !== st.diff) {
      st.diff = st.pendingSource - st.o;
      st.map?.at(st.o, st.pendingSource);
    }
    st.out[st.o++] = 0x20;
  }
  if (source - st.o !== st.diff) {
    st.diff = source - st.o;
    st.map?.at(st.o, source);
  }
  st.out[st.o++] = unit;
}

function space(st: State, unit: number, source: number): void {
  if (st.o === 0 || st.pending) {
    st.changed = true; // leading white space is trimmed, a run keeps its first
    return;
  }
  if (unit !== 0x20) st.changed = true;
  st.pending = true;
  st.pendingSource = source;
}

// What the table makes of one code unit: the unit to write, or -1 to delete it.
// White space and separators come back as they are; `fold` decides them in context.
function foldUnit(st: State, c: number): number {
  const v = st.T[c] as number;
  if (v === c || v === NF || v === SPACE || v === LOCAL) return c;
  if (v > SPACE) return v;
  return v === MARK && !(st.stripMarks && isDiacritic(c) && !(st.keepShadda && c === SHADDA)) ? c : -1;
}

// The first unit the fold keeps on one side of `source` is a digit.
function digitNear(st: State, source: number, step: number): boolean {
  const text = st.text;
  let k = source + step;
  while (k >= 0 && k < text.length && foldUnit(st, text.charCodeAt(k)) < 0) k += step;
  return k >= 0 && k < text.length && digitValue(text.charCodeAt(k)) >= 0;
}

// Folds one code unit of composed output, or a LOCAL unit of the input, and writes it.
function fold(st: State, c: number, source: number): void {
  const v = st.T[c] as number;
  if (v === SPACE) return space(st, c, source);
  let unit = foldUnit(st, c);
  if (v === LOCAL) {
    // A digit separator is one only between two digits, across what the fold deletes
    // ("1\uFEFF٬2" is "1٬2" once folded): so folding twice changes nothing more.
    if (digitNear(st, source, -1) && digitNear(st, source, 1)) unit = c === 0x066b ? 0x2e : c === 0x066c ? -1 : c === 0x2e ? 0x066b : c;
  }
  if (unit !== c) st.changed = true;
  if (unit >= 0) put(st, unit, source);
}

function grow(st: State, need: number): void {
  if (need <= st.out.length) return;
  const bigger = new Uint16Array(Math.max(need, st.out.length * 2));
  bigger.set(st.out.subarray(0, st.o));
  st.out = bigger;
}

// The folds of a short piece of text, without writing it.
function foldPiece(st: State, piece: string): string {
  let out = "";
  for (let k = 0; k < piece.length; k++) {
    const unit = foldUnit(st, piece.charCodeAt(k));
    if (unit >= 0) out += String.fromCharCode(unit);
  }
  return out;
}

// True when the code units from j on are deletable units followed by a mark, as in
// ب + tatweel + fatha: once the tatweel is gone the mark belongs to the letter.
function markAfterDeleted(text: string, T: Uint16Array, j: number, limit: number): number {
  let k = j;
  while (k < text.length && k < limit && T[text.charCodeAt(k)] === DELETE && text.charCodeAt(k) !== 0) k++;
  return k > j && k < text.length && T[text.charCodeAt(k)] === MARK ? k : -1;
}

// Takes the character at i with the marks after it, composes and folds them; returns the next index.
function cluster(st: State, i: number): number {
  const { text, T } = st;
  const n = text.length;
  const limit = i + MAX_CLUSTER;
  let j = i + 1;
  const first = text.charCodeAt(i);
  if (isHighSurrogate(first) && isLowSurrogate(text.charCodeAt(j))) j++;
  while (j < n && j < limit) {
    const c = text.charCodeAt(j);
    const v = T[c];
    if (v === MARK) {
      j++;
      continue;
    }
    // "ㅁￂ" is one syllable under NFKC: a run of jamo is composed whole.
    if (isHangulJamo(first) && isHangulJamo(c)) {
      j++;
      continue;
    }
    if (v === DELETE && c !== 0) {
      const k = markAfterDeleted(text, T, j, limit);
      if (k < 0) break;
      j = k;
      continue;
    }
    if (isHighSurrogate(c) && j + 1 < n) {
      const cp = text.codePointAt(j) as number;
      if (cp > 0xffff && isMark(cp)) {
        j += 2;
        continue;
      }
    }
    break;
  }
  // A letter with one ordinary haraka is already composed and in order.
  const second = text.charCodeAt(i + 1);
  const v0 = T[first] as number;
  if (j === i + 2 && v0 > MARK && ((second >= 0x064b && second <= 0x0652) || second === 0x0670)) {
    fold(st, first, i);
    fold(st, second, i + 1);
    return j;
  }
  const original = text.slice(i, j);
  let piece = original;
  if (st.expandForms) {
    let expanded = "";
    for (const ch of piece) expanded += isPresentationForm(ch.charCodeAt(0)) ? ch.normalize("NFKC") : ch;
    piece = expanded;
  }
  // Compose, fold, and compose again until nothing moves: folding أ + U+0654 to
  // ا + U+0654, or deleting a joiner between a letter and its mark, can make
  // something composable, and the result must be stable under a second pass.
  piece = piece.normalize(st.form);
  for (let round = 0; round < 4; round++) {
    const folded = foldPiece(st, piece);
    if (folded === piece) break;
    piece = folded.normalize(st.form);
    if (piece === folded) break;
  }
  // Common prefix and suffix map one to one; what changed in between maps to
  // where the change began.
  const la = original.length;
  const lb = piece.length;
  let p = 0;
  while (p < la && p < lb && original.charCodeAt(p) === piece.charCodeAt(p)) p++;
  let q = 0;
  while (q < la - p && q < lb - p && original.charCodeAt(la - 1 - q) === piece.charCodeAt(lb - 1 - q)) q++;
  if (piece !== original) st.changed = true;
  grow(st, st.o + lb + 1 + (n - j));
  for (let k = 0; k < lb; k++) {
    const source = k < p ? i + k : k >= lb - q ? j - (lb - k) : i + p;
    fold(st, piece.charCodeAt(k), source);
  }
  return j;
}

/**
 * Normalizes `text` under decided options; when `map` is given, records the map
 * back to `text` in it.
 */
export function runNormalizer(text: string, options: Readonly<ResolvedOptions>, map: OffsetMapBuilder | null): string {
  const n = text.length;
  if (n === 0) {
    map?.at(0, 0);
    return "";
  }
  const T = foldTable(options);
  const st: State = {
    text,
    T,
    map,
    stripMarks: options.stripDiacritics,
    keepShadda: options.keepShadda,
    form: options.nfkc ? "NFKC" : "NFC",
    expandForms: options.unfoldPresentationForms && !options.nfkc,
    out: new Uint16Array(n + 16),
    o: 0,
    diff: 0,
    changed: false,
    pending: false,
    pendingSource: 0,
  };

  let out = st.out;
  let o = 0;
  let diff = 0;
  let changed = false;
  let pending = false;
  let pendingSource = 0;

  let i = 0;
  let c = text.charCodeAt(0);
  let v = T[c] as number;
  while (i < n) {
    const cn = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    const vn = T[cn] as number;
    if (v > SPACE && vn > MARK) {
      // The hot path: a plain character, kept or replaced, with no mark after it.
      if (pending) {
        pending = false;
        if (pendingSource - o !== diff) {
          diff = pendingSource - o;
          if (map !== null) map.at(o, pendingSource);
        }
        out[o++] = 0x20;
      }
      if (i - o !== diff) {
        diff = i - o;
        if (map !== null) map.at(o, i);
      }
      if (v !== c) changed = true;
      out[o++] = v;
      i++;
      c = cn;
      v = vn;
      continue;
    }
    if (v === SPACE && vn !== MARK) {
      // A run of white space keeps its first character's place and becomes one space.
      if (o === 0 || pending) changed = true;
      else {
        if (c !== 0x20) changed = true;
        pending = true;
        pendingSource = i;
      }
      i++;
      c = cn;
      v = vn;
      continue;
    }
    if (vn !== MARK && v === DELETE && c !== 0) {
      changed = true;
      i++;
      c = cn;
      v = vn;
      continue;
    }
    st.out = out;
    st.o = o;
    st.diff = diff;
    st.changed = changed;
    st.pending = pending;
    st.pendingSource = pendingSource;
    if (vn === MARK || v === NF || v === MARK || (vn === DELETE && markAfterDeleted(text, T, i + 1, i + MAX_CLUSTER) > 0)) {
      i = cluster(st, i);
    } else if (v === c) {
      put(st, c, i);
      i++;
    } else {
      fold(st, c, i);
      i++;
    }
    out = st.out;
    o = st.o;
    diff = st.diff;
    changed = st.changed;
    pending = st.pending;
    pendingSource = st.pendingSource;
    if (i >= n) break;
    c = text.charCodeAt(i);
    v = T[c] as number;
  }
  if (pending) changed = true; // trailing white space is trimmed
  map?.at(o, n);
  if (!changed && o === n) return text;
  return unitsToString(out, o);
}
