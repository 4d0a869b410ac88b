/**
 * What each subcommand computes and how it shows it. A command turns one text into
 * a JSON-serialisable result, and renders that result for a person.
 *
 * @module
 */

import { type NormalizePreset, normalize } from "../normalize/index.js";
import { type NumberMention, extractNumbers } from "../numbers/index.js";
import { type CalendarDate, type DateMention, extractDates } from "../dates/index.js";
import { type SegmentedText, segmentArticle } from "../segment/index.js";
import { type ArticleAnalysis, analyzeArticle } from "../analyze.js";
import { type Mark, renderStructure } from "./render.js";
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
  render: (_text, result, style) => renderNumbers((result as { numbers: NumberMention[] }).numbers, style),
};

/** A calendar date as YYYY-MM-DD. */
export function isoDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/** The days a date mention covers, as a person reads them: 2025-07-21, or 2025-07-01 … 2025-07-31. */
export function dateRange(m: DateMention): string {
  const start = isoDate(m.start);
  const end = isoDate(m.end);
  return start === end ? start : `${start} … ${end}`;
}

const datesCommand: Command = {
  name: "dates",
  summary: "find every date, resolved against the publication date (--published)",
  run: (text, ctx) => ({ dates: extractDates(text, ctx.published === undefined ? {} : { reference: ctx.published }) }),
  render: (_text, result, style) => renderDates((result as { dates: DateMention[] }).dates, style),
};

function renderDates(list: readonly DateMention[], style: Style): string {
  if (list.length === 0) return style.dim("(no dates)");
  return list
    .map((m) => {
      const hijri = m.hijri === undefined ? "" : ` ${style.dim(`(${isoDate(m.hijri)} هـ)`)}`;
      const how = style.dim(`${m.grain}${m.calendar === "hijri" ? ", hijri" : ""}${m.relative ? ", relative" : ""} @${m.span.start}`);
      return `${style.date(m.text)}  ${style.dim("→")} ${dateRange(m)}${hijri} ${how}`;
    })
    .join("\n");
}

function renderNumbers(list: readonly NumberMention[], style: Style): string {
  if (list.length === 0) return style.dim("(no numbers)");
  return list
    .map((m) => `${style.number(m.text)}  ${style.dim("→")} ${formatValue(m.value)} ${style.dim(`${m.kind} @${m.span.start}`)}`)
    .join("\n");
}

const segmentCommand: Command = {
  name: "segment",
  summary: "the article tree: title, dateline, byline, body, quotes, source, read-also, related, boilerplate",
  run: (text) => segmentArticle(text),
  render: (_text, result, style) => renderStructure(result as SegmentedText, style),
};

/** The analysis as a person reads it: the tree with dates and numbers painted, then the lists. */
export function renderAnalysis(a: ArticleAnalysis, style: Style): string {
  const marks: Mark[] = [
    ...a.dates.map((d) => ({ span: d.span, kind: "date" as const })),
    ...a.numbers.map((n) => ({ span: n.span, kind: "number" as const })),
  ].sort((x, y) => x.span.start - y.span.start);
  const title = a.structure.articles[0]?.title?.text;
  const parts = [
    renderStructure(a.structure, style, marks),
    style.heading("published"),
    a.published === null ? style.dim("  (not found; relative dates resolved against today)") : `  ${isoDate(a.published)}`,
    style.heading(`dates (${a.dates.length})`),
    renderDates(a.dates, style),
    style.heading(`numbers (${a.numbers.length})`),
    renderNumbers(a.numbers, style),
  ];
  if (title !== undefined) parts.push(style.heading("search key of the title"), `  ${normalize(title, "search")}`);
  return parts.join("\n");
}

const analyzeCommand: Command = {
  name: "analyze",
  summary: "structure, publication date, dates and numbers in one pass",
  run: (text, ctx) => analyzeArticle(text, ctx.published === undefined ? {} : { published: ctx.published }),
  render: (_text, result, style) => renderAnalysis(result as ArticleAnalysis, style),
};

/** A number as a person reads it: 1500000 → 1,500,000. */
export function formatValue(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString("en-US") : String(Number(value.toPrecision(12)));
}

/** The commands that work on text, by name. */
export const COMMANDS: ReadonlyMap<string, Command> = new Map(
  [normalizeCommand, numbersCommand, datesCommand, segmentCommand, analyzeCommand].map((c) => [c.name, c] as const),
);
