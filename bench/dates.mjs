// Benchmark (not a test): nashra's extractDates against chrono-node's Arabic parser on
// the same 10 MB of news text, in the same run. Run after a build:
//   npm run build && node bench/dates.mjs [megabytes]
// Two texts, both the project's own fixtures repeated: "news", date lines among ordinary
// paragraphs (about one date in 500 characters, as in real pages), and "dense", date
// lines only (one date in 65 characters). chrono-node slows down on long inputs, so it
// gets the text line by line, its natural unit; nashra gets the whole text at once.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as chrono from "chrono-node";
import { extractDates } from "../dist/dates.js";

const megabytes = Number(process.argv[2] ?? 10);
const fixture = (name) => readFileSync(fileURLToPath(new URL(`../test/fixtures/dates/${name}`, import.meta.url)), "utf8");
const dates = fixture("news.txt").split("\n").filter(Boolean);
const prose = fixture("prose.txt").split("\n").filter(Boolean);
const reference = { year: 2025, month: 7, day: 22 };

function build(proseLinesPerDateLine) {
  const lines = [];
  let size = 0;
  for (let i = 0; size < megabytes * 1e6; i++) {
    const line = proseLinesPerDateLine > 0 && i % (proseLinesPerDateLine + 1) !== 0
      ? prose[i % prose.length]
      : dates[Math.floor(i / (proseLinesPerDateLine + 1)) % dates.length];
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join("\n");
}

function time(run) {
  const start = performance.now();
  const found = run();
  return { seconds: (performance.now() - start) / 1000, found };
}

for (const [name, text] of [["news", build(4)], ["dense", build(0)]]) {
  const size = text.length / 1e6;
  const ours = time(() => extractDates(text, { reference }).length);
  const reference_ = new Date(2025, 6, 22);
  const theirs = time(() => text.split("\n").reduce((n, line) => n + chrono.ar.parse(line, reference_).length, 0));
  const rate = (r) => (size / r.seconds).toFixed(2);
  console.log(`${name}: ${size.toFixed(1)} MB`);
  console.log(`  nashra extractDates: ${rate(ours)} MB/s, ${ours.found} mentions, ${ours.seconds.toFixed(2)} s`);
  console.log(`  chrono.ar.parse:     ${rate(theirs)} MB/s, ${theirs.found} results, ${theirs.seconds.toFixed(2)} s`);
  console.log(`  ratio: ${(theirs.seconds / ours.seconds).toFixed(1)}×`);
}
