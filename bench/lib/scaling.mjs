// The scaling check (run.mjs --scaling): every nashra operation on the 1, 10 and
// 100 MB corpora, which are prefixes of one stream, so the text only grows.
//
// Fair because the three sizes are interleaved inside each round (1 MB, 10 MB,
// 100 MB, then the next round), each measurement after lib/measure.mjs's settle (a full
// GC, then an untimed call on 1 MB), and the ratios are taken within a round: t10 ÷ t1
// and t100 ÷ t10, each divided by the size ratio (exactly 10). Linear time gives 1.00;
// the target is ≤ 1.10 (10× the text, at most 11× the time). At 1 MB each round makes
// 10 calls (each after its own settle).
//
// The verdict is read on process CPU time, which measures the work done and is far less
// disturbed than elapsed time when other jobs share the two cores (a ±10% criterion
// cannot be judged on elapsed time there). CPU time is compared as the mean per call over
// all rounds, since the kernel counts it in 4 ms ticks (unbiased in sum, coarse for one
// short call). Elapsed time is compared per round (median of the round's calls), and
// the median over rounds is printed beside it, with the page faults per MB and the system
// (kernel) share of the CPU time at the largest size, so that work done by the kernel —
// mapping in fresh memory for a large buffer — can be told apart from the algorithm's
// own. --quick stops at 10 MB.

import { loadCorpus } from "../corpus.mjs";
import { SECTION_OF, operations } from "./candidates.mjs";
import { mbps, median, settle, timeCall } from "./measure.mjs";
import { fmt } from "./table.mjs";

export async function runScaling({ nashra, quick, note, only }) {
  const sizes = quick ? [1, 10] : [1, 10, 100];
  const rounds = quick ? 2 : 3;
  const corpora = sizes.map((s) => loadCorpus(s, { log: note }));
  const rows = [];
  const result = { sizes, rounds, criterion: "CPU time ratio (mean per call over all rounds) ÷ size ratio ≤ 1.10 for each tenfold step", operations: [] };
  for (const [name, f] of operations(nashra)) {
    if (only && !only.includes(SECTION_OF[name])) continue;
    if (!f) {
      rows.push([name, "not available yet"]);
      result.operations.push({ name, available: false });
      continue;
    }
    note(`scaling: ${name} …`);
    for (let k = 0; k < 3; k++) f(corpora[0].text);
    const times = sizes.map(() => []);
    for (let r = 0; r < rounds; r++) {
      corpora.forEach((c, i) => {
        const calls = [];
        for (let k = 0; k < (c.bytes <= 1e6 ? 10 : 1); k++) {
          settle(f, corpora[0].text);
          calls.push(timeCall(f, c.text));
        }
        const mid = (key) => median(calls.map((x) => x[key]));
        const mean = (key) => calls.reduce((a, x) => a + x[key], 0) / calls.length;
        times[i].push({ wall: mid("wall"), cpu: mean("cpu"), user: mean("user"), sys: mean("sys"), faults: mid("faults") });
      });
    }
    const meanOver = (ts, key) => ts.reduce((a, t) => a + t[key], 0) / ts.length;
    const cpu = [];
    const wall = [];
    for (let i = 1; i < sizes.length; i++) {
      const sizeRatio = corpora[i].bytes / corpora[i - 1].bytes;
      cpu.push(meanOver(times[i], "cpu") / meanOver(times[i - 1], "cpu") / sizeRatio);
      wall.push(median(times[i].map((t, r) => t.wall / times[i - 1][r].wall / sizeRatio)));
    }
    const linear = (xs) => xs.every((x) => x <= 1.1);
    const mb = times.map((ts, i) => mbps(corpora[i].bytes, median(ts.map((t) => t.wall))));
    const faultsPerMB = times.map((ts, i) => median(ts.map((t) => t.faults)) / (corpora[i].bytes / 1e6));
    const last = times[sizes.length - 1];
    const sysShare = median(last.map((t) => t.sys / Math.max(t.user + t.sys, 1e-9)));
    const op = { name, available: true, mbps: mb, cpuSteps: cpu, wallSteps: wall, faultsPerMB, sysShare, verdict: linear(cpu) ? "PASS" : "FAIL", wallVerdict: linear(wall) ? "PASS" : "FAIL" };
    result.operations.push(op);
    const two = (xs) => xs.map((x) => x.toFixed(2)).join(" / ");
    rows.push([
      name,
      ...sizes.map((_, i) => fmt(mb[i])),
      ...(quick ? ["–"] : []),
      two(cpu),
      two(wall),
      faultsPerMB.map((x) => Math.round(x)).join(" / "),
      `${Math.round(sysShare * 100)}%`,
      `${op.verdict}${op.wallVerdict !== op.verdict ? ` (elapsed: ${op.wallVerdict})` : ""}`,
    ]);
  }
  const steps = quick ? "10/1" : "10/1, 100/10";
  result.table = [
    [
      "operation",
      "MB/s at 1 MB",
      "at 10 MB",
      "at 100 MB",
      `CPU time ratio ÷ 10 (${steps})`,
      "elapsed time ratio ÷ 10",
      `page faults per MB (${sizes.join(" / ")} MB)`,
      `kernel share of CPU at ${sizes[sizes.length - 1]} MB`,
      "linear (CPU ≤ 1.10)",
    ],
    ...rows,
  ];
  return result;
}
