/**
 * `--jsonl`: JSON lines in, JSON lines out, one output line per input line, in
 * input order, in constant memory — on the main thread, or spread over worker
 * threads that take batches of lines while the main thread writes their results
 * back in order.
 *
 * @module
 */

import { availableParallelism } from "node:os";
import process from "node:process";
import type { Readable } from "node:stream";
import { Worker } from "node:worker_threads";
import { COMMANDS, type Command, type CommandContext } from "./commands.js";
import { lines } from "./input.js";

/** How a JSON line is read: which member holds the text, and which the publication date. */
export interface LineSettings {
  command: string;
  field: string;
  publishedField: string | undefined;
  ctx: CommandContext;
}

/** The output line for one input line, and its error message if it failed. */
export interface LineResult {
  output: string;
  error: string | undefined;
}

/**
 * Processes one input line. A line that is not a JSON object, or lacks the text
 * member, gives an output line with an `error` member holding the input, so that
 * nothing is lost and the output keeps one line per input line.
 */
export function processLine(command: Command, line: string, settings: LineSettings, where: { source: string; line: number }): LineResult {
  try {
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      throw new Error(line.trim() === "" ? "empty line" : "not valid JSON");
    }
    if (record === null || typeof record !== "object" || Array.isArray(record)) throw new Error("not a JSON object");
    const obj = record as Record<string, unknown>;
    const text = obj[settings.field];
    if (typeof text !== "string") throw new Error(`no string member "${settings.field}"`);
    let ctx = settings.ctx;
    if (settings.publishedField !== undefined) {
      const p = obj[settings.publishedField];
      // A missing member falls back to --published (or today); one that is there must be read.
      if (p !== undefined && p !== null && p !== "") {
        const day = typeof p === "string" ? publicationDay(p) : null;
        if (day === null) throw new Error(`cannot read the publication date ${JSON.stringify(p)} in member "${settings.publishedField}" (expected YYYY-MM-DD… or an RFC 822 date)`);
        ctx = { ...ctx, published: day };
      }
    }
    return { output: JSON.stringify({ ...obj, nashra: command.run(text, ctx) }), error: undefined };
  } catch (error) {
    const message = (error as Error).message;
    return { output: JSON.stringify({ error: message, source: where.source, line: where.line, input: line }), error: message };
  }
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * The day of a publication date as feeds write it: ISO 8601 ("2025-07-22",
 * "2025-07-22T10:00:00Z") or RFC 822 as in RSS ("Tue, 22 Jul 2025 10:00:00 GMT"), the day
 * as written (no time-zone shift). Null for anything else.
 */
export function publicationDay(value: string): string | null {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(v);
  if (iso !== null) return exists(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? `${iso[1]}-${iso[2]}-${iso[3]}` : null;
  const rfc = /^(?:[A-Za-z]{3},?\s{1,4})?(\d{1,2})\s{1,4}([A-Za-z]{3})[A-Za-z]{0,6}\s{1,4}(\d{4})(?![\d])/.exec(v);
  if (rfc === null) return null;
  const month = MONTHS.indexOf((rfc[2] as string).toLowerCase()) + 1;
  if (month === 0 || !exists(Number(rfc[3]), month, Number(rfc[1]))) return null;
  return `${rfc[3]}-${String(month).padStart(2, "0")}-${(rfc[1] as string).padStart(2, "0")}`;
}

function exists(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** What a worker is sent: a batch of lines with the number of its first line. */
interface Batch {
  seq: number;
  source: string;
  firstLine: number;
  lines: string[];
}

/** What a worker sends back. */
interface Done {
  seq: number;
  outputs: string[];
  errors: { line: number; message: string }[];
}

/** Runs in a worker thread: answers batches until the port closes. */
export function workerMain(port: import("node:worker_threads").MessagePort, settings: LineSettings): void {
  const command = COMMANDS.get(settings.command);
  if (command === undefined) throw new Error(`unknown command ${settings.command}`);
  port.on("message", (batch: Batch) => {
    const outputs: string[] = [];
    const errors: { line: number; message: string }[] = [];
    batch.lines.forEach((line, k) => {
      const where = { source: batch.source, line: batch.firstLine + k };
      const r = processLine(command, line, settings, where);
      outputs.push(r.output);
      if (r.error !== undefined) errors.push({ line: where.line, message: r.error });
    });
    const done: Done = { seq: batch.seq, outputs, errors };
    port.postMessage(done);
  });
}

/** Counters the run reports on standard error. */
export interface Progress {
  lines: number;
  bytes: number;
  failed: number;
  started: number;
}

function summary(p: Progress): string {
  const seconds = (Date.now() - p.started) / 1000;
  const rate = seconds > 0 ? p.bytes / 1e6 / seconds : 0;
  return `${p.lines} lines, ${(p.bytes / 1e6).toFixed(1)} MB, ${rate.toFixed(1)} MB/s, ${seconds.toFixed(1)} s, ${p.failed} errors`;
}

async function write(out: NodeJS.WritableStream, s: string): Promise<void> {
  if (!out.write(s)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
}

/** The default number of workers: one per core the process may use. */
export function defaultWorkers(): number {
  return availableParallelism();
}

const BATCH_LINES = 256;
const BATCH_BYTES = 1 << 20;
/**
 * A line waits at most this long for its batch to fill: a queue consumer that writes a
 * message and waits for its answer gets it without closing the input.
 */
const BATCH_WAIT_MS = 50;

/**
 * Streams JSON lines from the inputs through a command to standard output.
 * Returns the progress counters; `failed > 0` means some line had an error.
 */
export async function runJsonl(
  inputs: { name: string; open(): Readable }[],
  settings: LineSettings,
  workers: number,
  workerUrl: URL,
): Promise<Progress> {
  const command = COMMANDS.get(settings.command) as Command;
  const tty = process.stderr.isTTY === true;
  const progress: Progress = { lines: 0, bytes: 0, failed: 0, started: Date.now() };
  let lastReport = 0;
  const report = (): void => {
    if (tty && Date.now() - lastReport > 200) {
      lastReport = Date.now();
      process.stderr.write(`\r\u001b[K${summary(progress)}`);
    }
  };
  const complain = (source: string, line: number, message: string): void => {
    process.stderr.write(`${tty ? "\r\u001b[K" : ""}nashra: ${source}:${line}: ${message}\n`);
  };

  if (workers <= 1) {
    for (const input of inputs) {
      let lineNo = 0;
      for await (const { line, bytes } of lines(input.open())) {
        lineNo++;
        progress.lines++;
        progress.bytes += bytes;
        const r = processLine(command, line, settings, { source: input.name, line: lineNo });
        if (r.error !== undefined) {
          progress.failed++;
          complain(input.name, lineNo, r.error);
        }
        await write(process.stdout, `${r.output}\n`);
        report();
      }
    }
  } else {
    await runWithWorkers(inputs, settings, workers, workerUrl, progress, report, complain);
  }
  process.stderr.write(`${tty ? "\r\u001b[K" : ""}nashra: ${summary(progress)}\n`);
  return progress;
}

async function runWithWorkers(
  inputs: { name: string; open(): Readable }[],
  settings: LineSettings,
  count: number,
  workerUrl: URL,
  progress: Progress,
  report: () => void,
  complain: (source: string, line: number, message: string) => void,
): Promise<void> {
  const pool: Worker[] = [];
  const idle: Worker[] = [];
  const finished = new Map<number, Done>();
  const sourceOf = new Map<number, string>();
  let nextToWrite = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  for (let k = 0; k < count; k++) {
    const worker = new Worker(workerUrl, { workerData: { nashraWorker: settings } });
    worker.on("message", (done: Done) => {
      finished.set(done.seq, done);
      idle.push(worker);
      // Answers go out as soon as they are next in order, not when the next batch is sent.
      flushInOrder().catch((error: unknown) => {
        failure = error instanceof Error ? error : new Error(String(error));
      });
      signal();
    });
    worker.on("error", (error) => {
      failure = error;
      signal();
    });
    pool.push(worker);
    idle.push(worker);
  }
  // Writes every finished batch that is next in order; one flush at a time.
  let flushing: Promise<void> = Promise.resolve();
  const flushInOrder = (): Promise<void> => {
    flushing = flushing.then(flush);
    return flushing;
  };
  const flush = async (): Promise<void> => {
    for (let done = finished.get(nextToWrite); done !== undefined; done = finished.get(nextToWrite)) {
      finished.delete(nextToWrite);
      const source = sourceOf.get(nextToWrite) ?? "";
      sourceOf.delete(nextToWrite);
      for (const e of done.errors) {
        progress.failed++;
        complain(source, e.line, e.message);
      }
      nextToWrite++;
      await write(process.stdout, `${done.outputs.join("\n")}\n`);
    }
  };
  const waitForWorker = async (): Promise<Worker> => {
    for (;;) {
      if (failure !== undefined) throw failure;
      await flushInOrder();
      const worker = idle.pop();
      // Keep at most a few batches waiting to be written, so memory stays flat.
      if (worker !== undefined && finished.size <= count * 2) return worker;
      if (worker !== undefined) idle.push(worker);
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  };
  let seq = 0;
  try {
    for (const input of inputs) {
      let lineNo = 0;
      let batch: string[] = [];
      let batchBytes = 0;
      let first = 1;
      let timer: NodeJS.Timeout | undefined;
      let deadline: Promise<"wait"> | null = null;
      const send = async (): Promise<void> => {
        clearTimeout(timer);
        deadline = null;
        const worker = await waitForWorker();
        sourceOf.set(seq, input.name);
        const message: Batch = { seq, source: input.name, firstLine: first, lines: batch };
        worker.postMessage(message);
        seq++;
        batch = [];
        batchBytes = 0;
        first = lineNo + 1;
      };
      const source = lines(input.open());
      let pending = source.next();
      for (;;) {
        // A started batch is sent when its wait is over, even with the next line not in.
        const next = deadline === null ? await pending : await Promise.race([pending, deadline]);
        if (next === "wait") {
          await send();
          continue;
        }
        if (next.done === true) break;
        pending = source.next();
        const { line, bytes } = next.value;
        lineNo++;
        progress.lines++;
        progress.bytes += bytes;
        if (batch.length === 0) {
          deadline = new Promise((resolve) => {
            timer = setTimeout(resolve, BATCH_WAIT_MS, "wait");
          });
        }
        batch.push(line);
        batchBytes += bytes;
        if (batch.length >= BATCH_LINES || batchBytes >= BATCH_BYTES) await send();
        report();
      }
      clearTimeout(timer);
      if (batch.length > 0) await send();
    }
    while (nextToWrite < seq) {
      if (failure !== undefined) throw failure;
      await flushInOrder();
      if (nextToWrite < seq) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
