// Benchmark (not a test): nashra's extractDates against chrono-node's Arabic parser on
// the same 10 MB of news text, in the same run. Run after a build:
//   npm run build && node bench/dates.mjs [megabytes]
//
// The text is made of the project's own fixtures: "news" puts date lines among ordinary
// paragraphs (about one date in 450 characters, as in real pages), "dense" has date lines
// only (one date in 65 characters). Both are cut into articles of 20 lines (about 4 KB),
// the unit a news pipeline hands to a date parser, and both parsers get the same
// articles one by one. Each parser reads the text three times and the median run is
// reported, as a benchmark harness does, so that the timings compare compiled code rather
// than JIT warm-up; nashra's cold first 3 MB are timed too.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as chrono from "chrono-node";
import { extractDates } from "../dist/dates.js";

const megabytes = Number(process.argv[2] ?? 10);
const fixture = (name) => readFileSync(fileURLToPath(new URL(`../test/fixtures/dates/${name}`, import.meta.url)), "utf8");
const dateLines = fixture("news.txt").split("\n").filter(Boolean);
const proseLines = fixture("prose.txt").split("\n").filter(Boolean);
const LINES_PER_ARTICLE = 20;

function articles(mb, proseLinesPerDateLine) {
  const lines = [];
  let size = 0;
  for (let i = 0; size < mb * 1e6; i++) {
    const prose = proseLinesPerDateLine > 0 && i % (proseLinesPerDateLine + 1) !== 0;
    const dateLine = dateLines[Math.floor(i / (proseLinesPerDateLine + 1)) % dateLines.length];
    const line = prose ? proseLines[i % proseLines.length] : dateLine;
    lines.push(line);
    size += line.length + 1;
  }
  const out = [];
  for (let i = 0; i < lines.length; i += LINES_PER_ARTICLE) out.push(lines.slice(i, i + LINES_PER_ARTICLE).join("\n"));
  return out;
}

const reference = { year: 2025, month: 7, day: 22 };
const chronoReference = new Date(2025, 6, 22);
const ours = (texts) => texts.reduce((n, text) => n + extractDates(text, { reference }).length, 0);
const theirs = (texts) => texts.reduce((n, text) => n + chrono.ar.parse(text, chronoReference).length, 0);
const megabytesOf = (texts) => texts.reduce((n, text) => n + text.length, 0) / 1e6;

// Wall-clock time, and the process's CPU time, which a busy machine disturbs less.
function once(run, texts) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const found = run(texts);
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - start) / 1000;
  const cpuSeconds = (used.user + used.system) / 1e6;
  return { found, seconds, rate: megabytesOf(texts) / seconds, cpuRate: megabytesOf(texts) / cpuSeconds, cpuSeconds };
}

const RUNS = 3;

/** The median of `RUNS` runs. */
function time(run, texts) {
  const runs = Array.from({ length: RUNS }, () => once(run, texts)).sort((a, b) => a.seconds - b.seconds);
  return runs[Math.floor(RUNS / 2)];
}

console.log(`nashra, first (cold) 3 MB: ${once(ours, articles(3, 4)).rate.toFixed(2)} MB/s`);

for (const [name, proseLinesPerDateLine] of [["news", 4], ["dense", 0]]) {
  const texts = articles(megabytes, proseLinesPerDateLine);
  const a = time(ours, texts);
  const b = time(theirs, texts);
  console.log(`${name}: ${megabytesOf(texts).toFixed(1)} MB in ${texts.length} articles`);
  const line = (r) => `${r.rate.toFixed(2)} MB/s (CPU time: ${r.cpuRate.toFixed(2)} MB/s)`;
  console.log(`  nashra extractDates: ${line(a)}, ${a.found} mentions`);
  console.log(`  chrono.ar.parse:     ${line(b)}, ${b.found} results`);
  console.log(
    `  nashra is ${(b.seconds / a.seconds).toFixed(1)}× faster (CPU time: ${(b.cpuSeconds / a.cpuSeconds).toFixed(1)}×)`,
  );
}
