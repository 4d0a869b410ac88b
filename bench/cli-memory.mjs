// Does the built command run a JSON-lines stream of any length in constant memory?
//
// Starts `node dist/cli.js analyze --jsonl --published-field published` (or
// `normalize --jsonl` while the build has no analyze command), and pipes into it
// 1 GB (--gb N) of JSON lines made on the fly — nothing is written to disk. Each
// line is {"id", "published", "text"} with one article of the benchmark corpus
// stream (bench/corpus.mjs; a pool of 10 MB of articles is cycled with fresh ids).
// The writer honours backpressure, so the input consumed tracks what the command
// has read. Every 250 ms the child's resident set size is read from
// /proc/<pid>/status (VmRSS, and VmHWM, the kernel's own peak).
//
// Flat means: the peak RSS over the second half of the stream is at most 1.2× the
// peak RSS over the first half (after the first 5%, which is start-up). A command
// that keeps anything per line grows with the file and fails this.
//
// Usage: node bench/cli-memory.mjs [--gb 1] [--json]      (Linux only: reads /proc)

import { spawn, spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DEFAULT_SEED, articleStream } from "./corpus.mjs";
import { table } from "./lib/table.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CLI = join(ROOT, "dist/cli.js");
const MiB = 2 ** 20;
const { values: opts } = parseArgs({ options: { gb: { type: "string", default: "1" }, json: { type: "boolean", default: false } } });
const target = Math.round(Number(opts.gb) * 1e9);
const log = (s) => process.stderr.write(`${s}\n`);

if (!existsSync(CLI)) {
  log("cli-memory: dist/cli.js is missing — run `npm run build` first");
  process.exit(2);
}
const help = spawnSync(process.execPath, [CLI, "--help"], { encoding: "utf8" }).stdout;
const command = /^\s+analyze\s/m.test(help) ? "analyze" : "normalize";
const args = command === "analyze" ? [CLI, "analyze", "--jsonl", "--published-field", "published"] : [CLI, "normalize", "--jsonl"];

// A pool of about 10 MB of JSON lines, cycled with fresh ids.
const pool = [];
let poolBytes = 0;
const stream = articleStream(DEFAULT_SEED);
while (poolBytes < 10e6) {
  const text = stream.next().value;
  pool.push(text);
  poolBytes += Buffer.byteLength(text);
}

log(`cli-memory: node dist/cli.js ${args.slice(1).join(" ")} over ${(target / 1e9).toFixed(2)} GB of JSON lines …`);
const child = spawn(process.execPath, args, { stdio: ["pipe", "pipe", "pipe"] });
// Output lines, and those that report a failure: in --jsonl mode a line the command could
// not process comes out as {"error": …}. A line start may fall at the end of a chunk, so
// the first bytes of each line are gathered across chunks.
const ERROR_START = Buffer.from('{"error"');
let outBytes = 0;
let outLines = 0;
let errorLines = 0;
let head = Buffer.alloc(0); // the first bytes of the current line, while fewer than ERROR_START
let inHead = true;
child.stdout.on("data", (chunk) => {
  outBytes += chunk.length;
  let from = 0;
  while (from < chunk.length) {
    if (inHead) {
      const take = Math.min(ERROR_START.length - head.length, chunk.length - from);
      head = Buffer.concat([head, chunk.subarray(from, from + take)]);
      if (head.length === ERROR_START.length || head.includes(10)) {
        if (head.equals(ERROR_START)) errorLines++;
        inHead = false;
      }
    }
    const nl = chunk.indexOf(10, from);
    if (nl < 0) break;
    outLines++;
    from = nl + 1;
    head = Buffer.alloc(0);
    inHead = true;
  }
});
// The command's own messages (its summary line, any error) go to our standard error.
child.stderr.on("data", (chunk) => process.stderr.write(chunk));
const exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)));

const samples = [];
let written = 0;
let lines = 0;
let hwm = 0;
const started = performance.now();
function sample() {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
    const rss = Number(status.match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? 0) * 1024;
    hwm = Math.max(hwm, Number(status.match(/^VmHWM:\s+(\d+) kB/m)?.[1] ?? 0) * 1024);
    if (rss > 0) samples.push({ at: written / target, rss, seconds: (performance.now() - started) / 1000 });
  } catch {}
}
const timer = setInterval(sample, 250);

const write = (s) => (child.stdin.write(s) ? null : new Promise((resolve) => child.stdin.once("drain", resolve)));
// Lines are written in batches of about 64 KB, so the writer costs little beside the command.
let batch = "";
for (let i = 0; written < target; i++) {
  const month = String((i % 12) + 1).padStart(2, "0");
  const line = `${JSON.stringify({ id: i, published: `2025-${month}-14`, text: pool[i % pool.length] })}\n`;
  written += Buffer.byteLength(line);
  lines++;
  batch += line;
  if (batch.length >= 32768 || written >= target) {
    const wait = write(batch);
    batch = "";
    if (wait) await wait;
  }
}
child.stdin.end();
const code = await exited;
clearInterval(timer);
const seconds = (performance.now() - started) / 1000;

// The peak RSS in each tenth of the stream.
const tenths = Array.from({ length: 10 }, (_, k) => samples.filter((s) => s.at >= k / 10 && s.at < (k + 1) / 10));
const peak = (list) => (list.length ? Math.max(...list.map((s) => s.rss)) : 0);
const firstHalf = peak(samples.filter((s) => s.at >= 0.05 && s.at < 0.5));
const secondHalf = peak(samples.filter((s) => s.at >= 0.5));
const flat = firstHalf > 0 && secondHalf <= 1.2 * firstHalf;
const ok = outLines === lines;

const rows = [["input consumed", "peak RSS MiB", "samples"], ...tenths.map((list, k) => [`${k * 10}–${(k + 1) * 10}%`, (peak(list) / MiB).toFixed(1), String(list.length)])];
const summary = [
  `nashra ${command} --jsonl (default worker threads; ${availableParallelism()} cores) over ${(written / 1e9).toFixed(2)} GB (${lines.toLocaleString("en-US")} JSON lines, streamed, never on disk): ` +
    `${seconds.toFixed(0)} s, ${(written / 1e6 / seconds).toFixed(1)} MB/s, exit ${code}, ${outLines.toLocaleString("en-US")} lines out` +
    (errorLines > 0 ? `, of which ${errorLines.toLocaleString("en-US")} are error lines (a record the command could not analyze)` : ""),
  table(rows, ["", "r", "r"]),
  `peak RSS: first half (5–50%) ${(firstHalf / MiB).toFixed(1)} MiB, second half ${(secondHalf / MiB).toFixed(1)} MiB, kernel VmHWM ${(hwm / MiB).toFixed(1)} MiB → ` +
    `${flat ? "FLAT (PASS)" : "GROWS (FAIL)"}: second-half peak ≤ 1.2× first-half peak${ok ? "" : `; ${lines - outLines} input lines got no output line (FAIL)`}`,
].join("\n");

if (opts.json) {
  process.stdout.write(`${JSON.stringify({ command, bytes: written, lines, outLines, errorLines, seconds, exitCode: code, firstHalfPeak: firstHalf, secondHalfPeak: secondHalf, hwm, flat, ok, summary, samples })}\n`);
} else {
  console.log(summary);
}
process.exitCode = flat && ok ? 0 : 1;
