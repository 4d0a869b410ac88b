/**
 * The `nashra` command: `nashra <command> [options] [FILE…]`.
 *
 * Reads files or standard input and writes to standard output, so that it runs as
 * a filter anywhere a pipe does. Usage errors print one line on standard error and
 * exit with status 2; in `--jsonl` mode a bad line becomes an output line with an
 * `error` member, the run goes on, and the exit status is 1.
 *
 * @module
 */

import process from "node:process";
import { parseArgs } from "node:util";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { version } from "../../package.json";
import type { NormalizePreset } from "../normalize/index.js";
import { COMMANDS, type Command, type CommandContext } from "./commands.js";
import { sources } from "./input.js";
import { type LineSettings, defaultWorkers, publicationDay, runJsonl, workerMain } from "./jsonl.js";
import { SAMPLE_ARTICLE } from "./sample.js";
import { type Style, styleFor } from "./style.js";

const PRESETS = ["search", "display", "minimal"];

const OPTIONS = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  json: { type: "boolean" },
  jsonl: { type: "boolean" },
  field: { type: "string" },
  preset: { type: "string" },
  published: { type: "string" },
  "published-field": { type: "string" },
  workers: { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
} as const;

const USAGE = `nashra ${version} — Arabic news text: normalization, numbers, dates, article structure

Usage: nashra <command> [options] [FILE…]

Commands:
${[...COMMANDS.values()].map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join("\n")}
  demo       run every available command on a built-in sample article

Reads each FILE, or standard input when there is none (or for "-").

Options:
  --json               one JSON document on standard output
  --jsonl              read JSON lines, write one JSON line per input line
  --field NAME         the member holding the text in --jsonl mode (default: text)
  --preset NAME        normalize preset: search (default), display, minimal
  --published DATE     publication date YYYY-MM-DD, for relative dates
  --published-field N  the member holding the publication date in --jsonl mode
  --workers N          worker threads for --jsonl (default: one per core); output stays in input order
  --color, --no-color  force colours on or off (default: on for a terminal, unless NO_COLOR is set)
  -h, --help           this help, or a command's help after the command
  -v, --version        the version

Examples:
  nashra normalize article.txt
  echo "أعلنَت الحكومةُ" | nashra normalize --preset search
  nashra analyze --jsonl --field body < feed.jsonl > out.jsonl
`;

function commandHelp(c: Command): string {
  return `nashra ${c.name} — ${c.summary}

Usage: nashra ${c.name} [--json | --jsonl [--field NAME]] [options] [FILE…]

Options:
  --json               one JSON document: the result for each input
  --jsonl              each input line is a JSON object; each output line is that
                       object with a "nashra" member holding the result, or an
                       "error" member when the line could not be read
  --field NAME         the member holding the text (default: text)
${c.name === "normalize" ? "  --preset NAME        search (default), display or minimal\n" : ""}  --published DATE     publication date YYYY-MM-DD
  --published-field N  the member holding the publication date in --jsonl mode
  --workers N          worker threads for --jsonl (default: one per core)
  -h, --help           this help
`;
}

class UsageError extends Error {}

type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]["type"] extends "string" ? string : boolean };

function contextFrom(values: Values): CommandContext {
  const preset = values.preset ?? "search";
  if (!PRESETS.includes(preset)) {
    throw new UsageError(`unknown preset "${preset}"; expected one of ${PRESETS.join(", ")}`);
  }
  if (values.published !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(values.published) && publicationDay(values.published) !== null)) {
    throw new UsageError(`--published needs a day that exists, as YYYY-MM-DD, got "${values.published}"`);
  }
  return { preset: preset as NormalizePreset, published: values.published };
}

// An option that does nothing for the command is a mistake the user should hear about.
function checkApplies(name: string, values: Values): void {
  const misplaced = (option: string, where: string): UsageError => new UsageError(`${option} applies only ${where}`);
  if (values.preset !== undefined && name !== "normalize") throw misplaced("--preset", "to normalize");
  if (name === "demo" && (values.jsonl || values.field !== undefined || values["published-field"] !== undefined || values.workers !== undefined)) {
    throw new UsageError("demo takes no input options (--jsonl, --field, --published-field, --workers)");
  }
  if (!values.jsonl) {
    for (const option of ["field", "published-field", "workers"] as const) {
      if (values[option] !== undefined) throw misplaced(`--${option}`, "with --jsonl");
    }
  }
}

function workersFrom(values: Values): number {
  if (values.workers === undefined) return defaultWorkers();
  const n = Number(values.workers);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--workers needs a whole number from 1 to 256, got "${values.workers}"`);
  return n;
}

async function write(out: NodeJS.WritableStream, s: string): Promise<void> {
  if (!out.write(s)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
}

async function runText(command: Command, names: string[], values: Values, ctx: CommandContext, style: Style): Promise<void> {
  const results: { source: string; result: unknown }[] = [];
  const all = sources(names, process.stdin);
  for (const source of all) {
    const text = await source.read();
    const result = command.run(text, ctx);
    if (values.json) results.push({ source: source.name, result });
    else {
      const header = all.length > 1 ? `${style.heading(`==> ${source.name} <==`)}\n` : "";
      await write(process.stdout, `${header}${command.render(text, result, style)}\n`);
    }
  }
  if (values.json) {
    const doc = results.length === 1 ? results[0]?.result : results;
    await write(process.stdout, `${JSON.stringify(doc, null, 2)}\n`);
  }
}

async function runDemo(values: Values, ctx: CommandContext, style: Style): Promise<void> {
  const analyze = COMMANDS.get("analyze") as Command;
  const result = analyze.run(SAMPLE_ARTICLE, ctx);
  if (values.json) {
    await write(process.stdout, `${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const parts = [
    style.heading("nashra demo — a sample article, as a feed delivers it"),
    style.dim(SAMPLE_ARTICLE.trimEnd()),
    "",
    style.heading("── what nashra finds in it (nashra analyze)"),
    analyze.render(SAMPLE_ARTICLE, result, style),
  ];
  await write(process.stdout, `${parts.join("\n")}\n`);
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    process.stdout.write(USAGE);
    return 0;
  }
  if (name === "-v" || name === "--version") {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const command = COMMANDS.get(name);
  if (command === undefined && name !== "demo") {
    throw new UsageError(`unknown command "${name}"; expected one of ${[...COMMANDS.keys(), "demo"].join(", ")} (see nashra --help)`);
  }
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true }) as never;
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0] ?? "bad arguments");
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(command === undefined ? USAGE : commandHelp(command));
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  if (values.json && values.jsonl) throw new UsageError("--json and --jsonl cannot be used together");
  checkApplies(command?.name ?? "demo", values);
  const ctx = contextFrom(values);
  const force = values.color ? true : values["no-color"] ? false : undefined;
  const style = styleFor(process.stdout, force, process.env);
  if (command === undefined) {
    await runDemo(values, ctx, style);
    return 0;
  }
  if (values.jsonl) {
    const settings: LineSettings = {
      command: command.name,
      field: values.field ?? "text",
      publishedField: values["published-field"],
      ctx,
    };
    const progress = await runJsonl(sources(positionals, process.stdin), settings, workersFrom(values), new URL(import.meta.url));
    return progress.failed > 0 ? 1 : 0;
  }
  await runText(command, positionals, values, ctx, style);
  return 0;
}

const worker = workerData as { nashraWorker?: LineSettings } | null;
if (!isMainThread && worker?.nashraWorker !== undefined && parentPort !== null) {
  workerMain(parentPort, worker.nashraWorker);
} else {
  start();
}

function start(): void {
  main(process.argv.slice(2)).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      const e = error as NodeJS.ErrnoException;
      let message = e instanceof UsageError ? e.message : (e?.message ?? String(error));
      if (e?.code === "ENOENT" && typeof e.path === "string") message = `cannot read ${e.path}: no such file`;
      else if (e?.code === "EISDIR") message = `cannot read a directory: ${e.path ?? ""}`;
      else if (e?.code === "EACCES") message = `cannot read ${e.path ?? "a file"}: permission denied`;
      process.stderr.write(`nashra: ${message}\n`);
      process.exitCode = 2;
    },
  );
}

