// The scaling check (run.mjs --scaling): is each nashra operation linear from 1 to 10
// to 100 MB?
//
// Each tenfold step compares the SAME text processed two ways: the 10 MB corpus in one
// call against its ten 1 MB pieces in ten calls, and the 100 MB corpus in one call
// against its ten 10 MB pieces. The pieces are cut from the file's UTF-8 bytes at
// character boundaries and decoded like the whole, so both sides read identical text in
// the same string representation, and no piece is read twice in a row (a repeated 1 MB
// call would run from a warm cache). For a linear operation, one call on the whole costs
// what the ten pieces cost together: the ratio whole ÷ pieces is 1.00; the target is
// ≤ 1.10 (10× the text, at most 11× the time).
//
// Each round measures the pieces, then the whole, every operation after lib/measure.mjs's
// settle (a full GC, then an untimed call on 1 MB); 1 MB pieces run back to back after
// one settle (a GC before each short call would tax it). Read on process CPU time, which
// measures the work done and is far less disturbed than elapsed time when other jobs
// share the two cores (a ±10% criterion cannot be judged on elapsed time there), summed
// over all rounds since the kernel counts it in 4 ms ticks; elapsed-time ratios (median
// over rounds) are printed too.
//
// Two passes, because the allocator changes regime between 10 and 100 MB: glibc serves
// a freed 10 MB buffer again from its own heap, but maps every buffer over 32 MB fresh
// from the kernel, so a 100 MB call also pays a page fault per 4 KB of its output (see
// the page-fault column) and runs colder. The first pass runs as a user's process would
// (default allocator); the second runs in a child process with MALLOC_MMAP_THRESHOLD_
// fixed at 128 KiB, so that every large buffer is freshly mapped at every size — the same
// regime throughout, which isolates the algorithm. Both verdicts are printed.
//
// Run alone (`node bench/lib/scaling.mjs [--quick] [--only S,…] [--rounds N]`) it prints one
// pass as JSON.

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadCorpus } from "../corpus.mjs";
import { SECTION_OF, loadNashra, operations } from "./candidates.mjs";
import { mbps, median, settle, timeCall } from "./measure.mjs";
import { fmt } from "./table.mjs";

const LINEAR = 1.1;
export const FIXED_REGIME = { MALLOC_MMAP_THRESHOLD_: "131072" };

/** The corpus of `sizeMB` as one string and as ten pieces cut at UTF-8 character boundaries. */
function wholeAndPieces(sizeMB, note) {
  const corpus = loadCorpus(sizeMB, { log: note });
  const bytes = readFileSync(corpus.path);
  const boundary = (at) => {
    let k = Math.min(at, bytes.length);
    while (k < bytes.length && (bytes[k] & 0xc0) === 0x80) k++;
    return k;
  };
  const pieces = [];
  for (let i = 0; i < 10; i++) {
    const start = boundary(Math.round((bytes.length * i) / 10));
    const end = boundary(Math.round((bytes.length * (i + 1)) / 10));
    pieces.push(bytes.toString("utf8", start, end));
  }
  return { sizeMB, whole: corpus.text, bytes: bytes.length, pieces };
}

/** One pass over every operation: for each tenfold step, the whole and its pieces, on CPU and elapsed time. */
export function measureScaling({ nashra, quick, note, only, rounds = quick ? 2 : 3 }) {
  const steps = (quick ? [10] : [10, 100]).map((mb) => wholeAndPieces(mb, note));
  const warm = loadCorpus(1, { log: note }).text;
  const ops = [];
  for (const [name, f] of operations(nashra)) {
    if (only && !only.includes(SECTION_OF[name])) continue;
    if (!f) {
      ops.push({ name, available: false });
      continue;
    }
    note(`scaling: ${name}${process.env.MALLOC_MMAP_THRESHOLD_ ? " (fixed allocator regime)" : ""} …`);
    for (let k = 0; k < 3; k++) f(warm);
    const acc = steps.map(() => ({ pieceCpu: 0, wholeCpu: 0, pieceWall: [], wholeWall: [], pieceFaults: 0, wholeFaults: 0 }));
    for (let r = 0; r < rounds; r++) {
      steps.forEach((step, i) => {
        const a = acc[i];
        let wall = 0;
        settle(f, warm);
        for (const piece of step.pieces) {
          if (step.sizeMB > 10) settle(f, warm);
          const t = timeCall(f, piece);
          wall += t.wall;
          a.pieceCpu += t.cpu;
          a.pieceFaults += t.faults;
        }
        a.pieceWall.push(wall);
        settle(f, warm);
        const t = timeCall(f, step.whole);
        a.wholeWall.push(t.wall);
        a.wholeCpu += t.cpu;
        a.wholeFaults += t.faults;
      });
    }
    const cpuSteps = acc.map((a) => a.wholeCpu / a.pieceCpu);
    const wallSteps = acc.map((a) => median(a.wholeWall.map((w, r) => w / a.pieceWall[r])));
    // MB/s in 1 MB pieces, at 10 MB (whole), at 100 MB (whole); page faults per MB likewise.
    const mb = [mbps(steps[0].bytes, median(acc[0].pieceWall)), ...acc.map((a, i) => mbps(steps[i].bytes, median(a.wholeWall)))];
    const perMB = (faults, i) => faults / rounds / (steps[i].bytes / 1e6);
    const faultsPerMB = [perMB(acc[0].pieceFaults, 0), ...acc.map((a, i) => perMB(a.wholeFaults, i))];
    ops.push({ name, available: true, mbps: mb, cpuSteps, wallSteps, faultsPerMB, verdict: cpuSteps.every((x) => x <= LINEAR) ? "PASS" : "FAIL" });
  }
  return { sizes: quick ? [1, 10] : [1, 10, 100], rounds, ops };
}

/** Both passes, and the table that shows them side by side. */
export async function runScaling({ nashra, quick, note, only, rounds }) {
  const normal = measureScaling({ nashra, quick, note, only, rounds });
  const args = [
    fileURLToPath(import.meta.url),
    "--rounds",
    String(normal.rounds),
    ...(quick ? ["--quick"] : []),
    ...(only ? ["--only", only.join(",")] : []),
  ];
  const child = spawnSync(process.execPath, args, { env: { ...process.env, ...FIXED_REGIME }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  const fixed = child.status === 0 ? JSON.parse(child.stdout) : null;
  if (fixed === null) note("scaling: the fixed-allocator pass failed; only the default pass is shown");
  const two = (xs) => xs.map((x) => x.toFixed(2)).join(" / ");
  const { sizes } = normal;
  const steps = sizes.length === 3 ? "10 MB ÷ 10×1 MB, 100 MB ÷ 10×10 MB" : "10 MB ÷ 10×1 MB";
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
    criterion: `for each tenfold step, the CPU time of one call on the whole ÷ that of ten calls on its tenths (the same text), summed over all rounds, ≤ ${LINEAR.toFixed(2)}`,
    default: normal,
    fixedAllocator: fixed,
    table: [
      [
        "operation",
        "MB/s in 1 MB pieces",
        "at 10 MB",
        "at 100 MB",
        `CPU time, whole ÷ pieces (${steps})`,
        "elapsed, whole ÷ pieces",
        `page faults / MB (${sizes.join(" / ")} MB)`,
        "linear",
        "CPU whole ÷ pieces, fresh-mapped",
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
  const { values } = parseArgs({ options: { quick: { type: "boolean", default: false }, only: { type: "string" }, rounds: { type: "string" } } });
  const result = measureScaling({
    nashra: await loadNashra(),
    quick: values.quick,
    ...(values.rounds ? { rounds: Number(values.rounds) } : {}),
    note: (s) => process.stderr.write(`${s}\n`),
    only: values.only ? values.only.split(",") : null,
  });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
