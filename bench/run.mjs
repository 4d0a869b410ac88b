// nashra's benchmark: throughput against the tools people use instead, measured side
// by side in ONE process, and checked against the targets of issue 8.
//
// Method, and why it is fair on a shared, noisy machine:
// - Every candidate reads the same deterministic corpus (bench/corpus.mjs); sizes and
//   speeds are in UTF-8 bytes of input, 1 MB = 10^6 bytes.
// - All candidates run in this one process, interleaved with their reference: each round
//   runs N A N B N C … (N = normalize(t, "search"), the reference of most rows; chrono's
//   reference is extractDates on the same 1 MB), and the next round does it again, after
//   a warm-up (at least 3 calls and 300 ms on 1 MB, then one call on the full text). A
//   slow spell on the machine hits both sides of a pair. One call per turn, timed in
//   elapsed time and in process CPU time (lib/measure.mjs).
// - Each turn starts by settling the heap (lib/measure.mjs): a full GC, so no candidate
//   pays for another's garbage, then an untimed call of the candidate on the first 1 MB,
//   so it runs in its own steady state rather than in the shrunken young generation a
//   forced GC leaves behind. Results are kept in a sink so nothing is optimised away.
// - Ratios are computed pair by pair: the candidate's time per byte divided by its
//   reference's time per byte measured just before it; the table shows the median of
//   those ratios over the rounds, and every target is judged on such a paired median of
//   elapsed time. The same ratio on CPU time (totals over all rounds, since the kernel
//   counts CPU time in 4 ms ticks) is printed beside it, since other jobs share the
//   cores; where the two verdicts differ, the table says so.
// - The hand-written replace chain does exactly the folds of the search preset (see
//   lib/candidates.mjs), and the run checks that its output is identical to nashra's.
// - nashra is imported from the built package (dist/); an operation it does not export
//   yet is reported as "not available yet", never as a number.
// - chrono-node reads about 1 MB/s, so it runs on the first 1 MB of the corpus (said in
//   its row), beside extractDates on that same 1 MB; the dates target pairs those two.
//
// Usage: node bench/run.mjs [--size 1|10|100] [--quick] [--only NAME[,NAME…]] [--json]
//                           [--scaling] [--memory] [--cli-memory] [--all] [--save] [--rounds N]
//                           [--scaling-rounds N]
//   --size      corpus size in MB (default 10; --quick: 1)
//   --quick     1 MB, 3 rounds, 3 cold starts; scaling stops at 10 MB, memory uses 10 MB
//   --only      sections: normalize, numbers, dates, segment, analyze, cold
//   --json      the results as JSON on stdout (the tables go to stderr)
//   --scaling   each operation at 1, 10 and 100 MB (lib/scaling.mjs); --scaling-rounds N
//               (default 3) for a steadier verdict on a busy machine
//   --memory    peak memory of each operation on 100 MB, a fresh process each (lib/memory.mjs)
//   --cli-memory  the built CLI over a 1 GB JSON-lines stream (cli-memory.mjs)
//   --all       all of the above; --save writes bench/results.md (with bundle sizes)

import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadNashra } from "./lib/candidates.mjs";
import { runColdStart } from "./lib/cold.mjs";
import { machine } from "./lib/measure.mjs";
import { resultsMarkdown } from "./lib/report.mjs";
import { table } from "./lib/table.mjs";
import { SECTIONS, runThroughput } from "./lib/throughput.mjs";
import { measureSizes } from "./size.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));

const { values: opts } = parseArgs({
  options: {
    size: { type: "string" },
    quick: { type: "boolean", default: false },
    only: { type: "string" },
    json: { type: "boolean", default: false },
    scaling: { type: "boolean", default: false },
    memory: { type: "boolean", default: false },
    "cli-memory": { type: "boolean", default: false },
    all: { type: "boolean", default: false },
    save: { type: "boolean", default: false },
    rounds: { type: "string" },
    "scaling-rounds": { type: "string" },
  },
});
const fail = (message) => {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
};
const size = Number(opts.size ?? (opts.quick ? 1 : 10));
if (![1, 10, 100].includes(size)) fail(`--size must be 1, 10 or 100 (MB), got ${opts.size}`);
const only = opts.only ? opts.only.split(",").map((s) => s.trim()) : null;
for (const name of only ?? []) if (![...SECTIONS, "cold"].includes(name)) fail(`unknown --only ${name}; expected one of ${[...SECTIONS, "cold"].join(", ")}`);
const wants = (section) => only === null || only.includes(section);
const rounds = Number(opts.rounds ?? (opts.quick ? 3 : size === 100 ? 3 : 7));
if (!(rounds >= 1)) fail(`--rounds must be a positive number, got ${opts.rounds}`);
// With --json, stdout carries only the JSON document; the tables and progress go to stderr.
const say = (s = "") => (opts.json ? process.stderr : process.stdout).write(`${s}\n`);
const note = (s) => process.stderr.write(`${s}\n`);

const nashra = await loadNashra();
const info = machine();
say(`nashra bench — ${info.date}, ${info.cpu} (${info.cores} cores), Node ${info.node}, commit ${info.commit}`);

let tp = null;
if (SECTIONS.some(wants)) {
  tp = await runThroughput({ nashra, size, rounds, quick: opts.quick, wants, note });
  say(
    `corpus: ${tp.corpus.bytes.toLocaleString("en-US")} UTF-8 bytes (${size} MB; 1 MB = 10^6 bytes of UTF-8 input, MB/s below in the same unit), ` +
      `${tp.corpus.units.toLocaleString("en-US")} UTF-16 code units, ${tp.corpus.articles} articles, fingerprint ${tp.corpus.fingerprint}`,
  );
  say(`${rounds} rounds in one process after a warm-up, each candidate right after its reference; each turn after a GC and an untimed 1 MB call`);
  say();
  say(table(tp.throughputTable, ["", "", "r", "r", "r", "r"]));
  if (tp.articlesPerSecond !== null) say(`segmentArticle: ${Math.round(tp.articlesPerSecond).toLocaleString("en-US")} articles/s (the ${tp.corpus.articles.toLocaleString("en-US")} articles generated into the corpus ÷ its median time)`);
  say();
  say(table(tp.targetTable, ["", "", "r", "r", ""]));
  say();
  for (const c of tp.checks) say(`- ${c}`);
  say();
}

let cold = null;
if (wants("cold")) {
  cold = runColdStart({ runs: opts.quick ? 3 : 10, note });
  say(table(cold.table, ["", "", "r", "r", "r", "r"]));
  say();
}

let scaling = null;
if (opts.scaling || opts.all) {
  const { runScaling } = await import("./lib/scaling.mjs");
  const scalingRounds = opts["scaling-rounds"] === undefined ? undefined : Number(opts["scaling-rounds"]);
  if (scalingRounds !== undefined && !(scalingRounds >= 1)) fail(`--scaling-rounds must be a positive number, got ${opts["scaling-rounds"]}`);
  scaling = await runScaling({ nashra, quick: opts.quick, note, only, rounds: scalingRounds });
  say(table(scaling.table, ["", "r", "r", "r", "r", "r", "r", "", "r", "r", ""]));
  say(`criterion: ${scaling.criterion}; ${scaling.rounds} rounds`);
  say(scaling.note);
  say();
}

let memory = null;
if (opts.memory || opts.all) {
  const { runMemory } = await import("./lib/memory.mjs");
  memory = await runMemory({ nashra, note, only, sizeMB: opts.quick ? 10 : 100 });
  say(table(memory.table, ["", "r", "r", "r", "r"]));
  say(memory.method);
  say();
}

let cliMemory = null;
if (opts["cli-memory"] || opts.all) {
  const out = spawnSync(process.execPath, [join(HERE, "cli-memory.mjs"), "--json", ...(opts.quick ? ["--gb", "0.1"] : [])], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 26,
  });
  if (out.stdout.trim() === "") fail("cli-memory.mjs failed");
  cliMemory = JSON.parse(out.stdout);
  say(cliMemory.summary);
  say();
}

const sizes = opts.save ? await measureSizes() : null;

if (opts.json) {
  process.stdout.write(`${JSON.stringify({ machine: info, size, rounds, throughput: tp, cold, scaling, memory, cliMemory, sizes }, null, 2)}\n`);
}
if (opts.save) {
  writeFileSync(join(HERE, "results.md"), resultsMarkdown({ info, size, rounds, tp, cold, scaling, memory, cliMemory, sizes }));
  note("wrote bench/results.md");
}
const failed = (tp?.targets ?? []).filter((t) => t.verdict === "FAIL");
if (failed.length > 0) note(`targets failed: ${failed.map((t) => t.name).join("; ")}`);
