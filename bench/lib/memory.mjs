// The memory check (run.mjs --memory): each operation on the 100 MB corpus in a fresh
// process (bench/memory-op.mjs under --expose-gc --trace-gc), so that no operation
// inherits another's heap. Reports the peak V8 heap above the baseline (which already
// holds the corpus string), the peak process RSS above its baseline, and what the
// result still holds after a full GC — all in MiB (2^20 bytes).

import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCorpus } from "../corpus.mjs";
import { SECTION_OF, operations } from "./candidates.mjs";
import { fmt } from "./table.mjs";

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), "../memory-op.mjs");
const MiB = 2 ** 20;
// "Scavenge 120.4 (131.0) -> 118.9 (132.0) MB": the first number is the heap in use before that GC (MiB).
const GC_LINE = /(?:Scavenge|Mark-Compact|Mark-Sweep|Minor Mark-Compact|Minor Mark-Sweep)\b[^\d]*([\d.]+) \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/;

export async function runMemory({ nashra, note, only, sizeMB = 100 }) {
  const corpus = loadCorpus(sizeMB, { log: note }); // generate the cache once, before the children read it
  const rows = [];
  const result = { sizeMB, operations: [] };
  // Only the names and availability are needed here; each child loads the functions itself.
  for (const [name, f] of operations(nashra, { others: true, atn: true })) {
    if (only && !only.includes(SECTION_OF[name])) continue;
    if (!f) {
      rows.push([name, "not available yet", "", "", ""]);
      result.operations.push({ name, available: false });
      continue;
    }
    note(`memory: ${name} on ${sizeMB} MB …`);
    const out = spawnSync(process.execPath, ["--expose-gc", "--trace-gc", SCRIPT, name, String(sizeMB)], {
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    if (out.status !== 0) throw new Error(`memory-op ${name} failed:\n${out.stderr}`);
    const lines = out.stdout.split("\n");
    const begin = lines.indexOf("@@begin");
    const end = lines.indexOf("@@end");
    const report = JSON.parse(lines.find((l) => l.startsWith("@@result ")).slice(9));
    let heapPeak = report.after.heapUsed;
    let collections = 0;
    for (const line of lines.slice(begin + 1, end)) {
      const m = GC_LINE.exec(line);
      if (m) {
        collections++;
        heapPeak = Math.max(heapPeak, Number(m[1]) * MiB);
      }
    }
    const op = {
      name,
      available: true,
      ms: report.ms,
      inputMiB: corpus.bytes / MiB,
      stringMiB: (corpus.text.length * 2) / MiB,
      peakHeapMiB: (heapPeak - report.base.heapUsed) / MiB,
      peakRssMiB: (report.peakRss - report.base.rss) / MiB,
      // What the result holds: heap, plus memory outside it (Node makes a string of over
      // about 1 MB decoded from a buffer an external string; typed arrays live there too).
      retainedMiB: (report.retained.heapUsed + report.retained.external - report.base.heapUsed - report.base.external) / MiB,
      collections,
    };
    result.operations.push(op);
    rows.push([name, fmt(op.peakHeapMiB), `${(op.peakHeapMiB / op.stringMiB).toFixed(2)}×`, fmt(op.peakRssMiB), fmt(op.retainedMiB)]);
  }
  const stringMiB = (corpus.text.length * 2) / MiB;
  result.table = [["operation (one fresh process each)", "peak heap above baseline MiB", "÷ input string", "peak RSS above baseline MiB", "result after GC MiB (heap + external)"], ...rows];
  result.method =
    `input: the ${sizeMB} MB corpus (${corpus.bytes.toLocaleString("en-US")} UTF-8 bytes), a ${fmt(stringMiB)} MiB two-byte string, already in the baseline. ` +
    "Peak heap: the largest heap-in-use of --trace-gc during the call, or the heap right after it (between collections the heap only grows, so this is the peak). " +
    "Peak RSS: sampled every 1 ms by a worker thread; it includes typed arrays outside the V8 heap. chrono-node is not run at this size (about 100 s at its speed).";
  return result;
}
