/**
 * What each subcommand computes and how it shows it. A command turns one text into
 * a JSON-serialisable result, and renders that result for a person.
 *
 * @module
 */

import { type NormalizePreset, normalize } from "../normalize/index.js";
import { type NumberMention, extractNumbers } from "../numbers/index.js";
import type { Style } from "./style.js";

/** Settings shared by the commands, from the command line (or a JSON line). */
export interface CommandContext {
  preset: NormalizePreset;
  /** The publication date to resolve relative dates against, "YYYY-MM-DD". */
  published: string | undefined;
}

/** One subcommand. */
export interface Command {
  name: string;
  summary: string;
  run(text: string, ctx: CommandContext): unknown;
  render(text: string, result: unknown, style: Style): string;
}

const normalizeCommand: Command = {
  name: "normalize",
  summary: "normalize Arabic text (presets: search, display, minimal)",
  run: (text, ctx) => ({ text: normalize(text, ctx.preset) }),
  render: (_text, result) => (result as { text: string }).text,
};

const numbersCommand: Command = {
  name: "numbers",
  summary: "find every number: digits, number words, fractions, percentages, ordinals",
  run: (text) => ({ numbers: extractNumbers(text) }),
  render: (_text, result, style) => {
    const list = (result as { numbers: NumberMention[] }).numbers;
    if (list.length === 0) return style.dim("(no numbers)");
    return list
      .map((m) => `${style.number(m.text)}  ${style.dim("→")} ${formatValue(m.value)} ${style.dim(`${m.kind} @${m.span.start}`)}`)
      .join("\n");
  },
};

/** A number as a person reads it: 1500000 → 1,500,000. */
export function formatValue(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString("en-US") : String(Number(value.toPrecision(12)));
}

/** The commands that work on text, by name. */
export const COMMANDS: ReadonlyMap<string, Command> = new Map(
  [normalizeCommand, numbersCommand].map((c) => [c.name, c] as const),
);
