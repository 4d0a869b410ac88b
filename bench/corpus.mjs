// The benchmark corpus: Arabic news text of a requested size, the same bytes on every
// run and every machine.
//
// What it is made of: the demo article embedded in src/cli/sample.ts and every test
// fixture page under test/fixtures/ (*.txt), used whole; the sentences of the dates and
// numbers evaluation corpora (test/fixtures/*/corpus.json), used as a quarter of the body
// sentences; and articles assembled from the original sentences and templates in
// bench/sentences.mjs — headline, date line, byline,
// dateline and lead, body paragraphs with attributed quotes, source line, read-also
// teaser, related list and site boilerplate, each piece present with the frequency
// it has in real copy, with the month names, agencies and digits of one of eight
// regions. Then, per article, the noise real text carries: a few diacritics
// (tanween on alef, a shadda, sometimes a fully vocalised name), tatweel, RLM/LRM
// around numbers and Latin words, ZWNJ, NBSP, Arabic-Indic or Persian digits with
// ٫ and ٬, now and then a BOM, presentation-form ligatures, Persian letters or CRLF.
//
// Why it is fair: a seeded PRNG (mulberry32) drives every choice, so every run and
// every candidate measures the same text; a corpus of N MB is the first N MB of the
// stream, so the 1, 10 and 100 MB corpora are prefixes of one another (chrono-node's
// 1 MB is the start of everyone's 10 MB). Sizes are UTF-8 bytes (1 MB = 1,000,000
// bytes); throughput in the other scripts is in the same unit.
//
// Use: `node bench/corpus.mjs --size 10 [--seed N]` writes (or reuses) the cached
// file under bench/.corpus/ and prints what is in it. Other scripts import
// `loadCorpus(sizeMB)` and `articleStream(seed)`.

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as S from "./sentences.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, "..");
const CACHE = join(HERE, ".corpus");
export const DEFAULT_SEED = 1447;
export const MB = 1_000_000;

// --- the seeded random source -------------------------------------------------

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; enough for choosing text. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

// --- the texts the project already has ----------------------------------------

/**
 * The project's own texts, in a fixed order: whole articles (the demo article and every
 * .txt page under test/fixtures/) and single sentences (the "text" of every item of each
 * corpus.json evaluation corpus under test/fixtures/).
 */
export function projectTexts() {
  const articles = [];
  const sentences = [];
  const sample = readFileSync(join(ROOT, "src/cli/sample.ts"), "utf8").match(/SAMPLE_ARTICLE = `([\s\S]*?)`;/);
  if (sample) articles.push({ name: "src/cli/sample.ts", text: sample[1] });
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".txt")) articles.push({ name: relative(ROOT, path), text: readFileSync(path, "utf8") });
      else if (entry.name === "corpus.json") {
        const items = JSON.parse(readFileSync(path, "utf8"));
        if (Array.isArray(items)) for (const it of items) if (typeof it?.text === "string") sentences.push({ name: relative(ROOT, path), text: it.text });
      }
    }
  };
  walk(join(ROOT, "test/fixtures"));
  return { articles, sentences };
}

/** Where the whole texts and sentences came from, for the reports. */
export function sourceNames(pool) {
  const count = new Map();
  for (const { name } of [...pool.articles, ...pool.sentences]) {
    const key = name.replace(/\/[^/]*\.txt$/, "/*.txt");
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  return [...count].map(([k, n]) => (k.endsWith("corpus.json") ? `${k} (${n} sentences)` : n > 1 ? `${k} (${n} pages)` : k));
}

// --- filling the templates ------------------------------------------------------

const ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩";
const PERSIAN = "۰۱۲۳۴۵۶۷۸۹";

/** ASCII digits and separators to the article's digit style: ٫ decimal, ٬ thousands, ٪. */
function localDigits(text, digits) {
  if (digits === "latin") return text;
  const set = digits === "persian" ? PERSIAN : ARABIC_INDIC;
  return text
    .replace(/(?<=\d)\.(?=\d)/g, "٫")
    .replace(/(?<=\d),(?=\d{3})/g, "٬")
    .replace(/%/g, "٪")
    .replace(/\d/g, (d) => set[d.charCodeAt(0) - 48]);
}

function filler(r, region, digits) {
  const months = S.MONTHS[region.months];
  const monthName = (m) => {
    if (region.months === "levant" && r.chance(0.5)) return `${months[m]}/${S.MONTHS.east[m]}`;
    if (region.months === "east" && r.chance(0.05)) return `${months[m]} (${S.MONTHS.levant[m]})`;
    return months[m];
  };
  const year = () => String(r.int(2015, 2030));
  const thousands = (n) => (n >= 1000 && r.chance(0.4) ? n.toLocaleString("en-US") : String(n));
  const decimal = () => {
    const s = `${r.int(1, 9)}.${r.int(1, 9)}`;
    return region.name === "morocco" || region.name === "algeria-tunisia" ? (r.chance(0.5) ? s.replace(".", ",") : s) : s;
  };
  const slots = {
    PLACE: () => r.pick(region.places),
    AGENCY: () => r.pick(region.agencies),
    PERSON: () => r.pick(S.PEOPLE),
    ROLE: () => r.pick(S.ROLES),
    N: () => String(r.int(2, 99)),
    N2: () => thousands(r.int(100, 9999)),
    D: decimal,
    W: () => r.pick(S.NUMBER_WORDS),
    ORD: () => r.pick(S.ORDINALS),
    YEAR: year,
    MONTH: () => monthName(r.int(0, 11)),
    DAYMONTH: () => `${r.int(1, 28)} ${monthName(r.int(0, 11))}`,
    DATE: () => {
      const d = `${r.int(1, 28)} ${monthName(r.int(0, 11))} ${year()}`;
      return region.hijri > 0 && r.chance(0.2) ? `${d}م` : d;
    },
    HIJRI: () => `${r.int(1, 29)} ${r.pick(S.MONTHS.hijri)} ${r.int(1440, 1448)}${r.pick(["هـ", " هـ", "ه", " للهجرة"])}`,
    NUMDATE: () => {
      const [d, m, y] = [r.int(1, 28), r.int(1, 12), year()];
      return r.chance(0.7) ? `${d}/${m}/${y}` : `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    },
    WEEKDAY: () => r.pick(S.WEEKDAYS),
    REL: () => r.pick(S.RELATIVE),
    PCT: () => {
      const n = r.chance(0.2) ? decimal() : String(r.int(1, 95));
      return r.pick([`${n}%`, `${n}%`, `${n} في المائة`, `${n} في المئة`, `${n} بالمئة`]);
    },
    QUOTE: () => r.pick(S.QUOTES),
  };
  slots.BIG = () => fill(r.pick(S.BIG_AMOUNTS));
  function fill(template) {
    const out = template.replace(/\{([A-Z0-9]+)\}/g, (_, name) => slots[name]());
    return digits === "latin" ? out : localDigits(out, digits);
  }
  return fill;
}

function quote(r, fill) {
  const speaker = r.chance(0.7) ? `${r.pick(S.ROLES)} ${r.pick(S.PEOPLE)}` : r.pick(S.ROLES);
  return fill(r.pick(S.QUOTE_FRAMES).replace("{SPEAKER}", speaker).replace("{Q}", r.pick(S.QUOTES)));
}

/** One article built from bench/sentences.mjs, before the noise. */
function composeArticle(r, region, fill, sentences) {
  // A quarter of the body sentences come from the project's evaluation corpora when present.
  const body = () => (sentences.length > 0 && r.chance(0.25) ? r.pick(sentences).text : fill(r.pick(S.BODY)));
  const lines = [fill(r.pick(S.HEADLINES))];
  if (r.chance(0.6)) {
    const dateLine = r.pick([
      "{WEEKDAY} {DATE}",
      "{DATE}",
      "{NUMDATE}",
      region.hijri > 0 ? "{WEEKDAY} {HIJRI} - {DATE}" : "{WEEKDAY}، {DATE}",
    ]);
    lines.push(fill(dateLine));
  }
  if (r.chance(0.3)) lines.push(fill(r.pick(S.BYLINES)));
  const paragraphs = [];
  const dateline = fill(r.pick(S.DATELINE_FRAMES));
  paragraphs.push(dateline + body());
  const count = r.int(2, 7);
  for (let p = 0; p < count; p++) {
    const n = r.int(1, 3);
    const parts = [];
    for (let k = 0; k < n; k++) parts.push(r.chance(0.25) ? quote(r, fill) : body());
    paragraphs.push(parts.join(r.chance(0.05) ? "  \u00a0\u00a0" : " "));
  }
  lines.push(paragraphs.join(r.chance(0.6) ? "\n\n" : "\n"));
  if (r.chance(0.4)) lines.push("", fill(r.pick(S.SOURCE_LINES)));
  if (r.chance(0.2)) lines.push("", r.pick(S.READ_ALSO_CUES), fill(r.pick(S.HEADLINES)), body());
  if (r.chance(0.25)) {
    lines.push("", r.pick(S.RELATED_HEADINGS));
    const bullet = r.pick(S.BULLETS);
    for (let k = r.int(2, 5); k > 0; k--) lines.push(bullet + fill(r.pick(S.HEADLINES)));
  }
  if (r.chance(0.3)) {
    lines.push("");
    for (let k = r.int(1, 3); k > 0; k--) lines.push(fill(r.pick(S.BOILERPLATE)));
  }
  return lines.join("\n");
}

// --- the noise ------------------------------------------------------------------

const HARAKAT = ["\u064e", "\u064e", "\u064f", "\u0650", "\u0652"]; // fatha (twice as likely), damma, kasra, sukun
const SHADDA = "\u0651";
const TANWEEN_FATH = "\u064b";
// Letters after which tatweel can stand (they join the next letter).
const JOINING = /[بتثجحخسشصضطظعغفقكلمنهيئـ]/;

function vocalize(r, word) {
  let out = "";
  for (const ch of word) out += ch + (r.chance(0.15) ? SHADDA : "") + r.pick(HARAKAT);
  return out;
}

function sprinkleMarks(r, word) {
  if (word.length > 2 && word.endsWith("ا") && r.chance(0.5)) {
    // أيضاً / أيضًا: tanween typed after or before the final alef.
    return r.chance(0.6) ? `${word}${TANWEEN_FATH}` : `${word.slice(0, -1)}${TANWEEN_FATH}ا`;
  }
  const k = r.int(0, word.length - 1);
  const mark = r.chance(0.3) ? SHADDA + (r.chance(0.5) ? r.pick(HARAKAT) : "") : r.pick(HARAKAT);
  return word.slice(0, k + 1) + mark + word.slice(k + 1);
}

function stretch(r, word) {
  for (let tries = 0; tries < 3; tries++) {
    const k = r.int(0, word.length - 2);
    if (JOINING.test(word[k])) return word.slice(0, k + 1) + "ـ".repeat(r.int(1, 3)) + word.slice(k + 1);
  }
  return word;
}

/** Per-word and per-article noise in the proportions of real scraped copy. */
function addNoise(r, text) {
  let out = text.replace(/[\u0621-\u064a]{2,}/g, (word) => {
    const x = r.next();
    if (x < 0.02) return sprinkleMarks(r, word); // 2% of words carry a mark or two
    if (x < 0.023) return vocalize(r, word); // 0.3% fully vocalised
    if (x < 0.027) return stretch(r, word); // 0.4% stretched with tatweel
    if (x < 0.028 && word.length > 3) return `${word.slice(0, 2)}\u200c${word.slice(2)}`; // 0.1% ZWNJ inside
    return word;
  });
  out = out
    .replace(/[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c\/-][0-9\u0660-\u0669\u06f0-\u06f9]+)*/g, (n) => (r.chance(0.05) ? `${n}\u200f` : n)) // RLM after 5% of numbers
    .replace(/[A-Za-z]+/g, (w) => (r.chance(0.3) ? `\u200e${w}\u200e` : w)) // LRM around 30% of Latin words
    .replace(/ /g, () => (r.chance(0.01) ? "\u00a0" : " ")); // 1% of spaces are NBSP
  if (r.chance(0.02)) out = out.replace(/(?<=^|\s)لا(?=\s)/g, () => (r.chance(0.5) ? "ﻻ" : "لا")).replace(/الله/g, "ﷲ");
  if (r.chance(0.01)) out = out.replace(/ي(?=\s)/g, () => (r.chance(0.5) ? "ی" : "ي")).replace(/ك/g, () => (r.chance(0.3) ? "ک" : "ك"));
  if (r.chance(0.02)) out = `\ufeff${out}`;
  if (r.chance(0.05)) out = out.replace(/\n/g, "\r\n");
  return out;
}

// --- the stream -----------------------------------------------------------------

/** An endless, deterministic stream of articles (strings, without separators). */
export function* articleStream(seed = DEFAULT_SEED, pool = projectTexts()) {
  const r = rng(seed);
  const regions = S.REGIONS.flatMap((g) => Array(g.weight).fill(g));
  for (;;) {
    const region = r.pick(regions);
    const x = r.next();
    const digits = x < region.arabicDigits ? (r.chance(0.05) ? "persian" : "arabic") : "latin";
    let article;
    if (pool.articles.length > 0 && r.chance(0.15)) {
      const own = r.pick(pool.articles).text.trim();
      article = r.chance(region.arabicDigits) ? localDigits(own, "arabic") : own;
    } else {
      article = composeArticle(r, region, filler(r, region, digits), pool.sentences);
    }
    yield addNoise(r, article);
  }
}

/** The first `bytes` UTF-8 bytes of the article stream (articles joined by a blank line), padded with spaces to the exact size. */
export function generate(bytes, seed = DEFAULT_SEED, pool = projectTexts()) {
  const parts = [];
  let total = 0;
  let articles = 0;
  for (const article of articleStream(seed, pool)) {
    const piece = articles === 0 ? article : `\n\n${article}`;
    const size = Buffer.byteLength(piece);
    articles++;
    if (total + size <= bytes) {
      parts.push(piece);
      total += size;
      if (total === bytes) break;
      continue;
    }
    let cut = 0;
    let used = 0;
    for (const ch of piece) {
      const b = Buffer.byteLength(ch);
      if (total + used + b > bytes) break;
      used += b;
      cut += ch.length;
    }
    parts.push(piece.slice(0, cut), " ".repeat(bytes - total - used));
    break;
  }
  return { text: parts.join(""), articles };
}

function fingerprint(seed, pool) {
  const h = createHash("sha256");
  h.update(readFileSync(fileURLToPath(import.meta.url)));
  h.update(readFileSync(join(HERE, "sentences.mjs")));
  h.update(String(seed));
  for (const { name, text } of [...pool.articles, ...pool.sentences]) h.update(`\0${name}\0${text}`);
  return h.digest("hex").slice(0, 10);
}

/**
 * The corpus of `sizeMB` MB (UTF-8, 1 MB = 10^6 bytes), from the cache when it is
 * there; returns { text, bytes, path, articles, sources, fingerprint }.
 */
export function loadCorpus(sizeMB, { seed = DEFAULT_SEED, log = () => {} } = {}) {
  const pool = projectTexts();
  const fp = fingerprint(seed, pool);
  const stem = `news-seed${seed}-${sizeMB}MB`;
  const path = join(CACHE, `${stem}-${fp}.txt`);
  const metaPath = path.replace(/\.txt$/, ".json");
  const sources = sourceNames(pool);
  if (existsSync(path) && existsSync(metaPath)) {
    const text = readFileSync(path, "utf8");
    const meta = JSON.parse(readFileSync(metaPath, "utf8"));
    return { text, bytes: Buffer.byteLength(text), path, articles: meta.articles, sources, fingerprint: fp };
  }
  mkdirSync(CACHE, { recursive: true });
  // Corpora from an older generator or other fixtures are stale: remove them.
  for (const f of readdirSync(CACHE)) if (f.startsWith(`${stem}-`)) rmSync(join(CACHE, f));
  log(`generating ${sizeMB} MB corpus (seed ${seed}) …`);
  const started = performance.now();
  const { text, articles } = generate(sizeMB * MB, seed, pool);
  writeFileSync(path, text);
  writeFileSync(metaPath, JSON.stringify({ seed, sizeMB, articles, sources, fingerprint: fp }));
  log(`  ${articles} articles in ${((performance.now() - started) / 1000).toFixed(1)} s → ${relative(ROOT, path)}`);
  return { text, bytes: Buffer.byteLength(text), path, articles, sources, fingerprint: fp };
}

/** What the corpus holds, per 1,000 words: the proportions the noise was tuned to. */
export function describe(text) {
  const count = (re) => (text.match(re) ?? []).length;
  const words = count(/\S+/g);
  const per1k = (n) => ((n / words) * 1000).toFixed(1);
  const arabicDigits = count(/[\u0660-\u0669\u06f0-\u06f9]/g);
  const latinDigits = count(/[0-9]/g);
  return {
    words,
    "diacritics /1k words": per1k(count(/[\u064b-\u0652\u0670]/g)),
    "tatweel /1k words": per1k(count(/\u0640/g)),
    "invisible marks /1k words": per1k(count(/[\u200b-\u200f\u00ad\ufeff\u061c]/g)),
    "NBSP /1k words": per1k(count(/\u00a0/g)),
    "presentation forms /1k words": per1k(count(/[\ufb50-\ufdff\ufe70-\ufeff]/g) - count(/\ufeff/g)),
    "Arabic-Indic/Persian share of digits": `${((arabicDigits / Math.max(1, arabicDigits + latinDigits)) * 100).toFixed(0)}%`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const value = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const size = value("--size", 10);
  const seed = value("--seed", DEFAULT_SEED);
  const c = loadCorpus(size, { seed, log: (m) => console.error(m) });
  console.log(`corpus: ${relative(ROOT, c.path)}`);
  console.log(`size: ${c.bytes.toLocaleString("en-US")} UTF-8 bytes (${size} MB, 1 MB = 10^6 bytes), ${c.text.length.toLocaleString("en-US")} UTF-16 code units, ${c.articles} articles`);
  console.log(`seed ${seed}, fingerprint ${c.fingerprint}; project texts: ${c.sources.join(", ")}`);
  for (const [k, v] of Object.entries(describe(c.text))) console.log(`  ${k}: ${v}`);
  if (args.includes("--print")) console.log(`\n${c.text.slice(0, 3000)}`);
}
