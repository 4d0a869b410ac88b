// The throughput comparison and the targets of issue 8 (see bench/run.mjs for the method).

import { describe, loadCorpus, projectTexts } from "../corpus.mjs";
import { ATN_OPTIONS, REFERENCE, copyFloor, loadArabicTextNormalizer, loadChronoAr, regexChain, scanFloor } from "./candidates.mjs";
import { mbps, median, settle, timeCall } from "./measure.mjs";
import { fmt, ratio } from "./table.mjs";

export const SECTIONS = ["normalize", "numbers", "dates", "segment", "analyze"];
// What a section needs besides its own rows: its reference, and for analyze its parts.
const DEPENDS = { numbers: ["normalize"], dates: ["normalize"], segment: ["normalize"], analyze: ["normalize", "numbers", "dates", "segment"] };

/**
 * The candidates, in the order each round runs them. `vs` names the candidate its ratio
 * is taken against; `needs` the nashra function it calls (absent → not available yet).
 */
function candidates(nashra, atn, chronoAr, full, first, size, pages) {
  const sliceNote = size === 1 ? "" : ", first 1 MB";
  return [
    { id: "copy", section: "normalize", label: 'copy floor: Buffer.from(t, "utf16le")', input: full, vs: "normalize", run: copyFloor },
    { id: "scan", section: "normalize", label: "scan floor: one charCodeAt loop", input: full, vs: "normalize", run: scanFloor },
    { id: "normalize", section: "normalize", label: 'nashra normalize(t, "search")', input: full, vs: "normalize", needs: "normalize", run: (t) => nashra.normalize(t, "search") },
    { id: "chain", section: "normalize", label: "hand-written String.replace chain, same folds", input: full, vs: "normalize", run: regexChain },
    { id: "atn", section: "normalize", label: "arabic-text-normalizer 1.4.0", input: full, vs: "normalize", run: atn },
    { id: "withMap", section: "normalize", label: 'nashra normalizeWithMap(t, "search")', input: full, vs: "normalize", needs: "normalizeWithMap", run: (t) => nashra.normalizeWithMap(t, "search") },
    { id: "numbers", section: "numbers", label: "nashra extractNumbers(t)", input: full, vs: "normalize", needs: "extractNumbers", run: (t) => nashra.extractNumbers(t) },
    // The generated corpus is number-dense (a mention every 78 characters); the project's
    // whole pages, repeated to the same size, are news as it comes (a mention every 150).
    { id: "normalizePages", section: "numbers", label: 'nashra normalize(t, "search"), whole pages', input: pages, vs: "normalizePages", needs: "normalize", run: (t) => nashra.normalize(t, "search") },
    { id: "numbersPages", section: "numbers", label: "nashra extractNumbers(t), whole pages", input: pages, vs: "normalizePages", needs: "extractNumbers", run: (t) => nashra.extractNumbers(t) },
    { id: "dates", section: "dates", label: "nashra extractDates(t, { reference })", input: full, vs: "normalize", needs: "extractDates", run: (t) => nashra.extractDates(t, { reference: REFERENCE }) },
    ...(size === 1
      ? []
      : [{ id: "dates1", section: "dates", label: "nashra extractDates, first 1 MB", input: first, vs: "normalize", needs: "extractDates", run: (t) => nashra.extractDates(t, { reference: REFERENCE }) }]),
    { id: "chrono", section: "dates", label: `chrono-node chrono.ar.parse${sliceNote}`, input: first, vs: size === 1 ? "dates" : "dates1", run: chronoAr },
    { id: "segment", section: "segment", label: "nashra segmentArticle(t)", input: full, vs: "normalize", needs: "segmentArticle", run: (t) => nashra.segmentArticle(t) },
    { id: "analyze", section: "analyze", label: "nashra analyzeArticle(t, { published })", input: full, vs: "normalize", needs: "analyzeArticle", run: (t) => nashra.analyzeArticle(t, { published: REFERENCE }) },
  ];
}

/** The project's whole pages (every .txt under test/fixtures and the demo article), repeated to `bytes` of UTF-8. */
function wholePages(bytes) {
  const { articles } = projectTexts();
  const parts = [];
  let size = 0;
  for (let k = 0; size < bytes && articles.length > 0; k++) {
    const text = `${articles[k % articles.length].text}\n\n`;
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  const text = parts.join("");
  return { text, bytes: Buffer.byteLength(text) };
}

export async function runThroughput({ nashra, size, rounds, quick, wants, note }) {
  const atn = await loadArabicTextNormalizer();
  const chronoAr = await loadChronoAr();
  const corpus = loadCorpus(size, { log: note });
  const slice = size === 1 ? corpus : loadCorpus(1, { log: note });
  const full = { text: corpus.text, bytes: corpus.bytes };
  const first = { text: slice.text, bytes: slice.bytes };
  const all = candidates(nashra, atn, chronoAr, full, first, size, wholePages(corpus.bytes));

  const selected = new Set();
  for (const s of SECTIONS) if (wants(s)) for (const d of [s, ...(DEPENDS[s] ?? [])]) selected.add(d);
  // A section pulled in only as a dependency contributes its main row (the one named like it).
  const chosen = all.filter((c) => wants(c.section) || (selected.has(c.section) && c.id === c.section));
  const available = (c) => c.needs === undefined || nashra[c.needs] !== null;
  const live = chosen.filter(available);
  const byId = Object.fromEntries(live.map((c) => [c.id, c]));
  const hasRef = (c) => c.vs !== c.id && byId[c.vs] !== undefined;

  // Warm-up: at least 3 calls and 300 ms per candidate on the first 1 MB, then one call
  // on its full input (whose result is looked at below).
  if (live.length > 0) note("warming up …");
  const outputs = {};
  for (const c of live) {
    const until = performance.now() + 300;
    for (let k = 0; k < 3 || performance.now() < until; k++) c.run(first.text);
    outputs[c.id] = c.run(c.input.text);
  }
  const checks = describeOutputs(outputs);
  for (const k of Object.keys(outputs)) delete outputs[k];

  // The rounds: N A N B N C … with each candidate right after its reference.
  const own = Object.fromEntries(live.map((c) => [c.id, []]));
  const refOf = Object.fromEntries(live.map((c) => [c.id, []]));
  const taken = Object.fromEntries(live.map((c) => [c.id, []]));
  const measure = (c) => {
    settle(c.run, first.text);
    const t = timeCall(c.run, c.input.text);
    taken[c.id].push(t);
    return t;
  };
  for (let r = 0; r < rounds; r++) {
    note(`round ${r + 1}/${rounds} …`);
    for (const c of live) {
      if (hasRef(c)) refOf[c.id].push(measure(byId[c.vs]));
      own[c.id].push(measure(c));
    }
  }

  // A candidate's cost relative to its reference (time per byte ÷ the reference's time
  // per byte). On elapsed time: per round, from the adjacent pair, then the median over
  // rounds. On CPU time: from the totals over all rounds, because the kernel counts CPU
  // time in 4 ms ticks — a short call reads 0 or 4 ms, but the sums are unbiased.
  const perByte = (id, t) => t / byId[id].input.bytes;
  const refPerByte = (id, t) => t / byId[byId[id].vs].input.bytes;
  const total = (list) => list.reduce((a, t) => a + t.cpu, 0);
  const wallRatio = (r) => (id) => perByte(id, own[id][r].wall) / refPerByte(id, refOf[id][r].wall);
  const cpuRatio = (id) => perByte(id, total(own[id])) / refPerByte(id, total(refOf[id]));
  const spread = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
  /**
   * `expr(q)` computed with q = each candidate's ratio: per round on elapsed time, and once
   * on CPU totals; null when a candidate it needs is missing.
   */
  function paired(ids, expr) {
    if (!ids.every((id) => byId[id] && hasRef(byId[id]))) return null;
    return { wall: spread(Array.from({ length: rounds }, (_, r) => expr(wallRatio(r)))), cpu: { median: expr(cpuRatio) } };
  }
  const itself = (id) => (q) => q(id);

  const rows = chosen.map((c) => {
    if (!available(c)) return { id: c.id, section: c.section, label: c.label, available: false };
    const walls = taken[c.id].map((t) => t.wall);
    return {
      id: c.id,
      section: c.section,
      label: c.label,
      available: true,
      bytes: c.input.bytes,
      medianMs: median(walls),
      mbps: mbps(c.input.bytes, median(walls)),
      minMbps: mbps(c.input.bytes, Math.max(...walls)),
      maxMbps: mbps(c.input.bytes, Math.min(...walls)),
      cpuMbps: mbps(c.input.bytes, total(taken[c.id]) / taken[c.id].length),
      vs: c.vs,
      ratio: hasRef(c) ? paired([c.id], itself(c.id)) : null,
      measurements: walls.length,
    };
  });

  const targets = [];
  const target = (name, measured, value, pass) => {
    const verdict = (v) => (pass(v) ? "PASS" : "FAIL");
    targets.push({
      name,
      measured,
      wall: value?.wall ?? null,
      cpu: value?.cpu ?? null,
      verdict: value === null ? "not available yet" : verdict(value.wall.median),
      cpuVerdict: value === null ? null : verdict(value.cpu.median),
    });
  };
  if (wants("normalize")) {
    target('normalize(t, "search") ≥ 4× faster than the replace chain', "chain time ÷ normalize time", paired(["chain"], itself("chain")), (x) => x >= 4);
    target("normalize faster than arabic-text-normalizer", "atn time ÷ normalize time", paired(["atn"], itself("atn")), (x) => x > 1);
    target("normalize within 8× of the copy floor", "normalize time ÷ copy time", paired(["copy"], (q) => 1 / q("copy")), (x) => x <= 8);
    target("normalizeWithMap ≤ 2× normalize", "withMap time ÷ normalize time", paired(["withMap"], itself("withMap")), (x) => x <= 2);
  }
  if (wants("numbers")) target("extractNumbers ≤ 3× the normalize pass", "extractNumbers time ÷ normalize time", paired(["numbers"], itself("numbers")), (x) => x <= 3);
  if (wants("dates")) target("extractDates ≥ 10× chrono.ar's throughput", "chrono time/MB ÷ extractDates time/MB, same 1 MB", paired(["chrono"], itself("chrono")), (x) => x >= 10);
  if (wants("segment")) target("segmentArticle ≤ 5× the normalize pass", "segmentArticle time ÷ normalize time", paired(["segment"], itself("segment")), (x) => x <= 5);
  if (wants("analyze")) {
    // Each part relative to the normalize pass measured just before it, so the sum compares
    // like with like even when the machine's speed drifts within a round.
    target(
      "analyzeArticle ≤ the sum of its parts",
      "analyze ÷ (segment + dates + numbers), each vs its normalize pair",
      paired(["analyze", "segment", "dates", "numbers"], (q) => q("analyze") / (q("segment") + q("dates") + q("numbers"))),
      (x) => x <= 1,
    );
  }
  if (wants("normalize") && byId.scan && byId.normalize) {
    const s = paired(["scan"], (q) => 1 / q("scan"));
    checks.push(`for information: normalize time ÷ one charCodeAt scan = ${ratio(s.wall.median)} (CPU time ${ratio(s.cpu.median)})`);
  }

  const seg = rows.find((w) => w.id === "segment" && w.available);
  const articlesPerSecond = seg ? corpus.articles / (seg.medianMs / 1000) : null;
  const labelOf = (id) => all.find((c) => c.id === id).label.replace(/^nashra /, "").replace(/\(.*/, "");
  const ratioCell = (w, kind) => {
    if (w.vs === w.id) return "reference";
    if (!w.ratio) return kind === "wall" ? `– (${labelOf(w.vs)} not available yet)` : "";
    return `${ratio(w.ratio[kind].median)}${kind === "wall" ? ` ${labelOf(w.vs)}` : ""}`;
  };
  const throughputTable = [
    ["operation", "candidate", "median MB/s", "min–max MB/s", "time ÷ reference (paired median)", "same on CPU totals"],
    ...rows.map((w) =>
      w.available
        ? [w.section, w.label, fmt(w.mbps), `${fmt(w.minMbps)}–${fmt(w.maxMbps)}`, ratioCell(w, "wall"), ratioCell(w, "cpu")]
        : [w.section, w.label, "not available yet", "", "", ""],
    ),
  ];
  const span = (v) => `${ratio(v.median)} (${ratio(v.min)}–${ratio(v.max)})`;
  const targetTable = [
    ["target (issue 8)", "measured as", "paired median (min–max)", "same on CPU totals", "verdict"],
    ...targets.map((t) => [
      t.name,
      t.measured,
      t.wall ? span(t.wall) : "–",
      t.cpu ? `${ratio(t.cpu.median)}${t.cpuVerdict !== t.verdict ? ` (${t.cpuVerdict} on CPU time)` : ""}` : "–",
      t.verdict,
    ]),
  ];
  return {
    corpus: { bytes: corpus.bytes, units: corpus.text.length, articles: corpus.articles, fingerprint: corpus.fingerprint, sources: corpus.sources, noise: describe(corpus.text) },
    rows,
    targets,
    checks,
    articlesPerSecond,
    throughputTable,
    targetTable,
  };
}

function describeOutputs(o) {
  const n = (x) => x.toLocaleString("en-US");
  const checks = [];
  if (o.normalize !== undefined) {
    if (o.chain !== undefined) checks.push(`the replace chain's output ${o.chain === o.normalize ? "is identical to" : "DIFFERS from"} normalize(t, "search") (${n(o.normalize.length)} code units)`);
    if (o.withMap !== undefined) checks.push(`normalizeWithMap(t).text ${o.withMap.text === o.normalize ? "===" : "!=="} normalize(t)`);
  }
  if (o.atn !== undefined) checks.push(`arabic-text-normalizer runs with ${JSON.stringify(ATN_OPTIONS)} (its defaults delete digits and punctuation); it keeps أ إ ة ى and does no NFKC, so its output (${n(o.atn.length)} code units) differs by design`);
  if (o.numbers) checks.push(`extractNumbers: ${n(o.numbers.length)} mentions`);
  if (o.numbersPages) checks.push(`extractNumbers on the whole pages: ${n(o.numbersPages.length)} mentions`);
  if (o.dates) checks.push(`extractDates: ${n(o.dates.length)} mentions`);
  if (o.dates1) checks.push(`extractDates on the first 1 MB: ${n(o.dates1.length)} mentions`);
  if (o.chrono) checks.push(`chrono.ar.parse on the first 1 MB: ${n(o.chrono.length)} results`);
  if (o.segment) checks.push(`segmentArticle: ${n(o.segment.articles.length)} articles, ${n(o.segment.blocks.length)} blocks`);
  if (o.analyze) checks.push(`analyzeArticle: ${n(o.analyze.dates.length)} dates, ${n(o.analyze.numbers.length)} numbers`);
  return checks;
}
