// Cold start: bench/cold-start.mjs in fresh processes, the candidates alternating
// (nashra, chrono-node, chrono-node/ar, nashra, …), medians over the runs.

import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { median } from "./measure.mjs";
import { fmt } from "./table.mjs";

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), "../cold-start.mjs");
const KINDS = ["nashra", "chrono", "chrono/ar"];
const IMPORTED = { nashra: 'import("nashra") (dist/index.js)', chrono: 'import("chrono-node")', "chrono/ar": 'import("chrono-node/ar")' };

export function runColdStart({ runs, note }) {
  const samples = Object.fromEntries(KINDS.map((k) => [k, []]));
  note(`cold start: ${runs} fresh processes per candidate, alternating …`);
  for (let i = 0; i < runs; i++) {
    for (const k of KINDS) {
      const out = spawnSync(process.execPath, [SCRIPT, k], { encoding: "utf8" });
      if (out.status !== 0) throw new Error(`cold-start ${k} failed:\n${out.stderr}`);
      samples[k].push(JSON.parse(out.stdout));
    }
  }
  const results = KINDS.map((k) => {
    const m = (f) => median(samples[k].map(f));
    return { which: k, what: samples[k][0].what, importMs: m((s) => s.importMs), firstCallMs: m((s) => s.firstCallMs), totalMs: m((s) => s.importMs + s.firstCallMs), processMs: m((s) => s.processMs) };
  });
  const coldTable = [
    [`cold start (fresh process, median of ${runs})`, "first call on the demo article", "import ms", "first call ms", "import + first call ms", "process start → done ms"],
    ...results.map((c) => [IMPORTED[c.which], c.what, fmt(c.importMs), fmt(c.firstCallMs), fmt(c.totalMs), fmt(c.processMs)]),
  ];
  return { runs, results, table: coldTable };
}
