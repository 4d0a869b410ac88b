// bench/results.md from one run's results.

import { markdownTable } from "./table.mjs";
import { sizeRows } from "../size.mjs";

export function resultsMarkdown({ info, size, rounds, tp, cold, scaling, memory, cliMemory, sizes }) {
  const noise = tp ? Object.entries(tp.corpus.noise).filter(([k]) => k !== "words").map(([k, v]) => `${k.replace(" /1k words", "")} ${v}`).join(", ") : "";
  const out = [
    "# nashra benchmark results",
    "",
    "Written by `npm run bench -- --all --save`. Only ratios measured in the same run are meaningful: the machine is shared and noisy, so absolute MB/s move from run to run.",
    "",
    `- machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGB} GB RAM, ${info.os}`,
    `- Node ${info.node} (V8 ${info.v8}); date ${info.date}; commit ${info.commit}`,
  ];
  if (tp) {
    out.push(
      `- corpus: ${tp.corpus.bytes.toLocaleString("en-US")} UTF-8 bytes (${size} MB; 1 MB = 10^6 bytes of UTF-8 input, and MB/s is in the same unit), ${tp.corpus.units.toLocaleString("en-US")} UTF-16 code units, ${tp.corpus.articles.toLocaleString("en-US")} articles, made by bench/corpus.mjs (fingerprint ${tp.corpus.fingerprint}) from ${tp.corpus.sources.join(", ")} and bench/sentences.mjs`,
      `- corpus noise per 1,000 words: ${noise}`,
      `- method: ${rounds} rounds in one process after a warm-up; each candidate runs right after its reference (N A N B …), each turn after a full GC and an untimed call on 1 MB; ratios are medians of those adjacent pairs. Verdicts are on elapsed time as issue 8 asks; the same ratio on process CPU time (totals over all rounds: the kernel counts CPU time in 4 ms ticks) is shown beside it because other jobs share the two cores.`,
      "",
      "## Throughput",
      "",
      markdownTable(tp.throughputTable, ["", "", "r", "r", "r", "r"]),
      "",
    );
    if (tp.articlesPerSecond !== null) out.push(`segmentArticle: ${Math.round(tp.articlesPerSecond).toLocaleString("en-US")} articles/s (the ${tp.corpus.articles.toLocaleString("en-US")} articles generated into the corpus ÷ its median time).`, "");
    out.push("## Targets", "", markdownTable(tp.targetTable, ["", "", "r", "r", ""]), "", ...tp.checks.map((c) => `- ${c}`), "");
  }
  if (cold) out.push("## Cold start", "", markdownTable(cold.table, ["", "", "r", "r", "r", "r"]), "");
  if (scaling) out.push("## Scaling (1, 10, 100 MB)", "", markdownTable(scaling.table, ["", "r", "r", "r", "r", "r", "r", "", "r", "r", ""]), "", `Criterion: ${scaling.criterion}; ${scaling.rounds} rounds.`, "", scaling.note, "");
  if (memory) out.push(`## Memory (${memory.sizeMB} MB, one fresh process per operation)`, "", markdownTable(memory.table, ["", "r", "r", "r", "r"]), "", memory.method, "");
  if (cliMemory) out.push("## Command-line memory over a JSON-lines stream", "", "```", cliMemory.summary, "```", "");
  if (sizes) out.push("## Bundle sizes", "", markdownTable(sizeRows(sizes), ["", "r", "r", "r", "", "r"]), "", sizes.method, "", ...sizes.problems.map((p) => `- FAIL: ${p}`), "");
  out.push(
    "## Reproduce",
    "",
    "```sh",
    "npm ci",
    "npm run bench                      # 10 MB: throughput, targets, cold start (a few minutes)",
    "npm run bench -- --quick           # 1 MB, 3 rounds, for a quick look",
    "npm run bench -- --all --save      # + scaling 1/10/100 MB, memory on 100 MB, the CLI over 1 GB; rewrites this file",
    "npm run size                       # bundle sizes; node bench/size.mjs --check exits 1 over budget",
    "```",
    "",
  );
  return out.join("\n");
}
