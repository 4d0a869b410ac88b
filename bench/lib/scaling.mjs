// The scaling check (run.mjs --scaling): every nashra operation on the 1, 10 and
// 100 MB corpora, which are prefixes of one stream, so the text only grows.
//
// Fair because the three sizes are interleaved inside each round (1 MB, 10 MB,
// 100 MB, then the next round), each measurement after lib/measure.mjs's settle (a full
// GC, then an untimed call on 1 MB), and the ratios are
// taken within a round: t10 ÷ t1 and t100 ÷ t10, each divided by the size ratio
// (exactly 10). Linear time gives 1.00; the target is ≤ 1.10 (10× the text, at most
// 11× the time). The 1 MB time is the median of 5 calls, since one call is short
// enough for timer and scheduler noise to matter.
//
// The verdict is read on process CPU time, which measures the work an algorithm does
// and is far less disturbed than elapsed time when other jobs share the two cores (a
// ±10% criterion cannot be judged on elapsed time there); the elapsed-time ratios are
// printed beside it, with their own verdict. --quick stops at 10 MB.

import { loadCorpus } from "../corpus.mjs";
import { SECTION_OF, operations } from "./candidates.mjs";
import { mbps, median, settle, timeCall } from "./measure.mjs";
import { fmt } from "./table.mjs";

export async function runScaling({ nashra, quick, note, only }) {
  const sizes = quick ? [1, 10] : [1, 10, 100];
  const rounds = quick ? 2 : 3;
  const corpora = sizes.map((s) => loadCorpus(s, { log: note }));
  const rows = [];
  const result = { sizes, rounds, criterion: "time ratio ÷ size ratio ≤ 1.10 for each tenfold step, on CPU time", operations: [] };
  for (const [name, f] of operations(nashra)) {
    if (only && !only.includes(SECTION_OF[name])) continue;
    if (!f) {
      rows.push([name, "not available yet", "", "", "", "", "", ""]);
      result.operations.push({ name, available: false });
      continue;
    }
    note(`scaling: ${name} …`);
    for (let k = 0; k < 3; k++) f(corpora[0].text);
    const times = sizes.map(() => []);
    for (let r = 0; r < rounds; r++) {
      corpora.forEach((c, i) => {
        settle(f, corpora[0].text);
        const calls = [];
        for (let k = 0; k < (c.bytes <= 1e6 ? 5 : 1); k++) calls.push(timeCall(f, c.text));
        times[i].push({ wall: median(calls.map((x) => x.wall)), cpu: median(calls.map((x) => x.cpu)) });
      });
    }
    const steps = (kind) => {
      const out = [];
      for (let i = 1; i < sizes.length; i++) {
        const sizeRatio = corpora[i].bytes / corpora[i - 1].bytes;
        out.push(median(times[i].map((t, r) => t[kind] / times[i - 1][r][kind] / sizeRatio)));
      }
      return out;
    };
    const cpu = steps("cpu");
    const wall = steps("wall");
    const linear = (xs) => xs.every((x) => x <= 1.1);
    const mb = times.map((ts, i) => mbps(corpora[i].bytes, median(ts.map((t) => t.wall))));
    const op = { name, available: true, mbps: mb, cpuSteps: cpu, wallSteps: wall, verdict: linear(cpu) ? "PASS" : "FAIL", wallVerdict: linear(wall) ? "PASS" : "FAIL" };
    result.operations.push(op);
    const cells = (xs) => (quick ? [xs[0].toFixed(2), "–"] : xs.map((x) => x.toFixed(2)));
    rows.push([name, ...sizes.map((_, i) => fmt(mb[i])), ...(quick ? ["–"] : []), ...cells(cpu), ...cells(wall), `${op.verdict}${op.wallVerdict !== op.verdict ? ` (elapsed: ${op.wallVerdict})` : ""}`]);
  }
  result.table = [
    ["operation", "MB/s at 1 MB", "at 10 MB", "at 100 MB", "CPU (t10/t1)÷10", "CPU (t100/t10)÷10", "elapsed (t10/t1)÷10", "elapsed (t100/t10)÷10", "linear (≤ 1.10, CPU)"],
    ...rows,
  ];
  return result;
}
