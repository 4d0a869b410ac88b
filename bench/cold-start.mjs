// One cold start, in this fresh process: how long the first import takes and how
// long the first call on the demo article takes, with nothing warmed up or cached
// in memory. bench/run.mjs starts this script many times, alternating the
// candidates, and reports medians; run alone it prints one JSON line.
//
//   node bench/cold-start.mjs nashra      import dist/index.js, then the first analyzeArticle
//                                         (until it exists: the first normalize + extractNumbers,
//                                         + extractDates and segmentArticle once they exist)
//   node bench/cold-start.mjs chrono      import("chrono-node"), then the first chrono.ar.parse
//   node bench/cold-start.mjs chrono/ar   import("chrono-node/ar") (its Arabic locale only), then the first parse
//
// The input is read before the clock starts; "process" is the time from process
// start (performance.timeOrigin) to the end of the first call, Node's own boot included.

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const text = readFileSync(join(root, "src/cli/sample.ts"), "utf8").match(/SAMPLE_ARTICLE = `([\s\S]*?)`;/)[1];
const which = process.argv[2] ?? "nashra";
const reference = new Date("2025-10-14T12:00:00Z");

const t0 = performance.now();
let first;
let what;
if (which === "nashra") {
  const m = await import(pathToFileURL(join(root, "dist/index.js")).href);
  const t1 = performance.now();
  if (typeof m.analyzeArticle === "function") {
    what = "analyzeArticle";
    first = () => m.analyzeArticle(text, { published: "2025-10-14" });
  } else {
    const steps = ["normalize", "extractNumbers", "extractDates", "segmentArticle"].filter((n) => typeof m[n] === "function");
    what = steps.join(" + ");
    first = () => steps.map((n) => m[n](text));
  }
  report(t1);
} else {
  const m = await import(which === "chrono/ar" ? "chrono-node/ar" : "chrono-node");
  const t1 = performance.now();
  const ar = which === "chrono/ar" ? m : m.ar;
  what = "chrono.ar.parse";
  first = () => ar.parse(text, reference);
  report(t1);
}

function report(t1) {
  const result = first();
  const t2 = performance.now();
  const found = Array.isArray(result) ? result.length : 1;
  process.stdout.write(`${JSON.stringify({ which, what, importMs: t1 - t0, firstCallMs: t2 - t1, processMs: t2, found })}\n`);
}
