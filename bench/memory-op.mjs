// One memory measurement, in a fresh process: the peak memory of ONE operation on the
// corpus of the given size. bench/lib/memory.mjs starts this script once per
// operation with `node --expose-gc --trace-gc`; run alone it prints its raw report.
//
//   node --expose-gc --trace-gc bench/memory-op.mjs normalize 100
//
// Why the peak is exact for the V8 heap: between two collections the heap only grows,
// so the peak is the largest "before" size printed by --trace-gc during the call, or
// the heap right after it, whichever is larger. Typed arrays and other memory outside
// the V8 heap are caught by the process RSS, sampled every millisecond by a worker
// thread (which keeps running while the call blocks the main thread). The corpus
// string itself is in the baseline, measured after two full collections.

import { Worker } from "node:worker_threads";
import { loadCorpus } from "./corpus.mjs";
import { loadArabicTextNormalizer, loadNashra, operations } from "./lib/candidates.mjs";

const [name, sizeArg] = process.argv.slice(2);
if (typeof gc !== "function") throw new Error("run with --expose-gc --trace-gc");
const ops = Object.fromEntries(operations(await loadNashra(), { others: true, atn: await loadArabicTextNormalizer() }));
const f = ops[name];
if (!f) throw new Error(`no operation ${name}`);
const { text, bytes } = loadCorpus(Number(sizeArg ?? 100));

// The RSS sampler: slot 0 holds the peak in KiB, slot 1 is set to 1 to stop it.
const shared = new Int32Array(new SharedArrayBuffer(8));
const sampler = new Worker(
  `const { workerData: a, parentPort } = require("node:worker_threads");
   parentPort.postMessage("ready");
   while (Atomics.load(a, 1) === 0) {
     const kb = Math.round(process.memoryUsage.rss() / 1024);
     if (kb > Atomics.load(a, 0)) Atomics.store(a, 0, kb);
     Atomics.wait(a, 1, 0, 1);
   }`,
  { eval: true, workerData: shared },
);
await new Promise((resolve) => sampler.once("message", resolve));

gc();
gc();
const base = process.memoryUsage();
Atomics.store(shared, 0, 0);
console.log("@@begin");
const t0 = performance.now();
let result = f(text);
const ms = performance.now() - t0;
const after = process.memoryUsage();
console.log("@@end");
Atomics.store(shared, 1, 1);
Atomics.notify(shared, 1);
await sampler.terminate();
const peakRssKiB = Atomics.load(shared, 0);
gc();
const retained = process.memoryUsage();
const keep = typeof result === "string" ? result.length : Array.isArray(result) ? result.length : 1;
result = null;
console.log(`@@result ${JSON.stringify({ name, bytes, ms, base, after, retained, peakRss: peakRssKiB * 1024, keep })}`);
