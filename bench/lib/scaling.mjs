// The scaling check (run.mjs --scaling): every nashra operation on the 1, 10 and
// 100 MB corpora, which are prefixes of one stream, so the text only grows.
//
// Fair because the three sizes are interleaved inside each round (1 MB, 10 MB,
// 100 MB, then the next round), each measurement after lib/measure.mjs's settle (a full
// GC, then an untimed call on 1 MB), and the step ratios t10 ÷ t1 and t100 ÷ t10 are
// divided by the size ratio (exactly 10). Linear time gives 1.00; the target is ≤ 1.10
// (10× the text, at most 11× the time). Each round makes 10 calls at 1 MB, 3 at 10 MB
// and 1 at 100 MB, back to back after the settle (a GC before each short call would tax
// it: see lib/measure.mjs).
//
// Read on process CPU time, which measures the work done and is far less disturbed than
// elapsed time when other jobs share the two cores (a ±10% criterion cannot be judged on
// elapsed time there); CPU time is compared as the mean per call over all rounds, since
// the kernel counts it in 4 ms ticks (unbiased in sum, coarse for one short call).
// Elapsed-time ratios (median over rounds) are printed too.
//
// Two passes, because the allocator changes regime between 10 and 100 MB: glibc serves
// a freed 10 MB buffer again from its own heap, but maps every buffer over 32 MB fresh
// from the kernel, so a 100 MB call also pays a page fault per 4 KB of its output (see
// the page-fault column) and runs colder. The first pass runs as a user's process would
// (default allocator); the second runs in a child process with MALLOC_MMAP_THRESHOLD_
// fixed at 128 KiB, so that every large buffer is freshly mapped at every size — the same
// regime throughout, which isolates the algorithm. Both verdicts are printed.
//
// Run alone (`node bench/lib/scaling.mjs [--quick] [--only S,…]`) it prints one pass as JSON.

import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadCorpus } from "../corpus.mjs";
import { SECTION_OF, loadNashra, operations } from "./candidates.mjs";
import { mbps, median, settle, timeCall } from "./measure.mjs";
import { fmt } from "./table.mjs";

const LINEAR = 1.1;
// Calls per round at each size, so that each size gets about the same measuring time.
const CALLS_PER_ROUND = (bytes) => (bytes <= 1e6 ? 10 : bytes <= 10e6 ? 3 : 1);
export const FIXED_REGIME = { MALLOC_MMAP_THRESHOLD_: "131072" };

/** One pass over every operation: per size, the mean CPU and median elapsed time and page faults. */
export function measureScaling({ nashra, quick, note, only }) {
  const sizes = quick ? [1, 10] : [1, 10, 100];
  const rounds = quick ? 2 : 3;
  const corpora = sizes.map((s) => loadCorpus(s, { log: note }));
  const ops = [];
  for (const [name, f] of operations(nashra)) {
    if (only && !only.includes(SECTION_OF[name])) continue;
    if (!f) {
      ops.push({ name, available: false });
      continue;
    }
    note(`scaling: ${name}${process.env.MALLOC_MMAP_THRESHOLD_ ? " (fixed allocator regime)" : ""} …`);
    for (let k = 0; k < 3; k++) f(corpora[0].text);
    const calls = sizes.map(() => []);
    const walls = sizes.map(() => []);
    for (let r = 0; r < rounds; r++) {
      corpora.forEach((c, i) => {
        const round = [];
        settle(f, corpora[0].text);
        for (let k = 0; k < CALLS_PER_ROUND(c.bytes); k++) round.push(timeCall(f, c.text));
        calls[i].push(...round);
        walls[i].push(median(round.map((x) => x.wall)));
      });
    }
    const mean = (list, key) => list.reduce((a, x) => a + x[key], 0) / list.length;
    const cpuSteps = [];
    const wallSteps = [];
    for (let i = 1; i < sizes.length; i++) {
      const sizeRatio = corpora[i].bytes / corpora[i - 1].bytes;
      cpuSteps.push(mean(calls[i], "cpu") / mean(calls[i - 1], "cpu") / sizeRatio);
      wallSteps.push(median(walls[i].map((w, r) => w / walls[i - 1][r] / sizeRatio)));
    }
    ops.push({
      name,
      available: true,
      mbps: walls.map((ws, i) => mbps(corpora[i].bytes, median(ws))),
      cpuSteps,
      wallSteps,
      faultsPerMB: calls.map((list, i) => median(list.map((x) => x.faults)) / (corpora[i].bytes / 1e6)),
      verdict: cpuSteps.every((x) => x <= LINEAR) ? "PASS" : "FAIL",
    });
  }
  return { sizes, rounds, ops };
}

/** Both passes, and the table that shows them side by side. */
export async function runScaling({ nashra, quick, note, only }) {
  const normal = measureScaling({ nashra, quick, note, only });
  const args = [fileURLToPath(import.meta.url), ...(quick ? ["--quick"] : []), ...(only ? ["--only", only.join(",")] : [])];
  const child = spawnSync(process.execPath, args, { env: { ...process.env, ...FIXED_REGIME }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  const fixed = child.status === 0 ? JSON.parse(child.stdout) : null;
  if (fixed === null) note("scaling: the fixed-allocator pass failed; only the default pass is shown");
  const two = (xs) => xs.map((x) => x.toFixed(2)).join(" / ");
  const { sizes } = normal;
  const steps = sizes.length === 3 ? "10/1, 100/10" : "10/1";
  const rows = normal.ops.map((op, k) => {
    if (!op.available) return [op.name, "not available yet"];
    const other = fixed?.ops[k];
    return [
      op.name,
      ...op.mbps.map((x) => fmt(x)),
      ...(sizes.length === 2 ? ["–"] : []),
      two(op.cpuSteps),
      two(op.wallSteps),
      op.faultsPerMB.map((x) => Math.round(x)).join(" / "),
      op.verdict,
      other?.available ? two(other.cpuSteps) : "–",
      other?.available ? other.faultsPerMB.map((x) => Math.round(x)).join(" / ") : "–",
      other?.available ? other.verdict : "–",
    ];
  });
  return {
    sizes,
    rounds: normal.rounds,
    criterion: `CPU time ratio (mean per call over all rounds) ÷ size ratio ≤ ${LINEAR.toFixed(2)} for each tenfold step`,
    default: normal,
    fixedAllocator: fixed,
    table: [
      [
        "operation",
        "MB/s at 1 MB",
        "at 10 MB",
        "at 100 MB",
        `CPU ratio ÷ 10 (${steps})`,
        "elapsed ratio ÷ 10",
        `page faults / MB (${sizes.join(" / ")} MB)`,
        "linear",
        "CPU ratio ÷ 10, fresh-mapped",
        "page faults / MB, fresh-mapped",
        "linear, fresh-mapped",
      ],
      ...rows,
    ],
    note:
      "First verdict: the default allocator, as a user's process runs. Second: a child process with MALLOC_MMAP_THRESHOLD_=131072, " +
      "where every large buffer is freshly mapped at every size (one allocator regime throughout), which isolates the algorithm: " +
      "by default glibc recycles a 10 MB buffer but maps every buffer over 32 MB fresh, so 100 MB calls pay a page fault per 4 KB of output.",
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { quick: { type: "boolean", default: false }, only: { type: "string" } } });
  const result = measureScaling({
    nashra: await loadNashra(),
    quick: values.quick,
    note: (s) => process.stderr.write(`${s}\n`),
    only: values.only ? values.only.split(",") : null,
  });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
