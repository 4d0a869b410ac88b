/**
 * What a parser is: a function called at every token start of the matching view,
 * which looks a few tokens ahead and proposes one candidate or nothing.
 *
 * @module
 */

import type { Candidate } from "../candidate.js";
import type { Lexeme, LexemeKind, LexemeOf } from "../scan/lexemes.js";

/**
 * The token start a parser is called at, with what the lexicon found there. The
 * scanner reuses one record for every token: a parser reads it and keeps nothing.
 */
export interface At {
  /** The position of the token start in the view. */
  pos: number;
  /** True when the token is a number. */
  digit: boolean;
  /** The meanings of the longest lexicon entry at `pos` (after a proclitic), or null. */
  lexemes: readonly Lexeme[] | null;
  /** Where that entry starts, after a proclitic; for a number, where it starts. */
  start: number;
  /** Where that entry ends; for a number, where it ends. */
  end: number;
}

/** A parser: one rule, one file. */
export type Parser = (text: string, at: Readonly<At>) => Candidate | null;

/** The meaning of one kind of the entry at `at`, if it has one. */
export function lexemeOf<K extends LexemeKind>(at: At, kind: K): LexemeOf<K> | null {
  const lexemes = at.lexemes;
  if (lexemes === null) return null;
  for (const l of lexemes) if (l.kind === kind) return l as LexemeOf<K>;
  return null;
}
