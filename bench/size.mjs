// Bundle sizes: what each entry point costs a browser bundle, checked against the
// budgets of issue 8.
//
// Each built entry point (dist/normalize.js, numbers.js, dates.js, segment.js,
// index.js) is bundled the way an application bundler would ship it: esbuild,
// --bundle --minify --format=esm, charset utf8 (non-ASCII text such as the Arabic
// lexicons stays UTF-8, as Vite ships it; the charset=ascii size, esbuild's default,
// with \uXXXX escapes, is printed beside it for information). Gzip is zlib level 9.
// Budgets are in gzip bytes of the utf8 bundle, 1 KB = 1024 bytes:
// normalize ≤ 4 KB, numbers ≤ 8 KB, dates ≤ 14 KB, segment ≤ 16 KB, everything ≤ 30 KB.
//
// Tree-shaking: nothing in an entry may come from a module that DESIGN.md puts later in
// the import order (normalize must not pull in numbers, dates or segment code, and so
// on). This is read from the module graph esbuild (tsup's bundler) builds from the
// entry's source file (the package ships no source maps, which would triple its size),
// and, for nashra/normalize, confirmed on the minified bundle itself: it must contain
// no month name (يناير, كانون) and no read-also or related-list cue (اقرأ, اقرا, مقالات).
//
// Usage: node bench/size.mjs [--check | --check-imports] [--json]   (npm run size builds first)
// --check exits 1 when a budget is exceeded or a forbidden module is bundled;
// --check-imports exits 1 only for a forbidden module or lexicon (what .ci/run enforces
// while the budgets of numbers, dates, segment and the whole package are not met).

import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const KB = 1024;

const ENTRIES = [
  { name: "nashra/normalize", file: "normalize.js", src: "src/normalize/index.ts", budgetKB: 4, forbidden: ["src/numbers/", "src/dates/", "src/segment/"], markers: ["يناير", "كانون", "اقرأ", "اقرا", "مقالات"] },
  { name: "nashra/numbers", file: "numbers.js", src: "src/numbers/index.ts", budgetKB: 8, forbidden: ["src/dates/", "src/segment/"], markers: [] },
  { name: "nashra/dates", file: "dates.js", src: "src/dates/index.ts", budgetKB: 14, forbidden: ["src/segment/"], markers: [] },
  { name: "nashra/segment", file: "segment.js", src: "src/segment/index.ts", budgetKB: 16, forbidden: [], markers: [] },
  { name: "nashra (everything)", file: "index.js", src: "src/index.ts", budgetKB: 30, forbidden: [], markers: [] },
];

async function bundle(esbuild, path, charset) {
  const out = await esbuild.build({
    entryPoints: [path],
    bundle: true,
    minify: true,
    format: "esm",
    charset,
    platform: "neutral",
    write: false,
    logLevel: "silent",
  });
  return out.outputFiles[0].contents;
}

/** The source modules a bundle of `src` holds after tree-shaking, as paths from the root. */
async function modulesOf(esbuild, src) {
  const out = await esbuild.build({
    entryPoints: [join(ROOT, src)],
    bundle: true,
    format: "esm",
    platform: "neutral",
    treeShaking: true,
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const output = Object.values(out.metafile.outputs)[0];
  return Object.entries(output.inputs)
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([k]) => k);
}

/** Bundles every entry point; returns { entries, problems, method }. */
export async function measureSizes() {
  const esbuild = await import("esbuild");
  const entries = [];
  const problems = [];
  const budgetProblems = [];
  for (const e of ENTRIES) {
    const path = join(ROOT, "dist", e.file);
    if (!existsSync(path)) {
      problems.push(`${e.name}: dist/${e.file} is missing — run \`npm run build\` first`);
      entries.push({ ...e, missing: true });
      continue;
    }
    const code = await bundle(esbuild, path, "utf8");
    const ascii = await bundle(esbuild, path, "ascii");
    const gzip = gzipSync(code, { level: 9 }).length;
    const asciiGzip = gzipSync(ascii, { level: 9 }).length;
    const text = Buffer.from(code).toString("utf8");
    const placeholder = !/\bexport\s*\{[^}]/.test(text);
    const notes = [];
    if (placeholder) notes.push("no exports yet (placeholder)");
    if (gzip > e.budgetKB * KB) {
      budgetProblems.push(`${e.name}: ${gzip} bytes gzip (${(gzip / KB).toFixed(2)} KB) is over its budget of ${e.budgetKB} KB (${e.budgetKB * KB} bytes) by ${gzip - e.budgetKB * KB} bytes`);
      notes.push("OVER BUDGET");
    }
    const sources = await modulesOf(esbuild, e.src);
    const leaked = sources.filter((s) => e.forbidden.some((f) => s.includes(f)));
    if (leaked.length > 0) {
      problems.push(`${e.name}: bundles modules it must not import: ${leaked.join(", ")}`);
      notes.push("PULLS IN LATER MODULES");
    }
    const found = e.markers.filter((m) => text.includes(m));
    if (found.length > 0) {
      problems.push(`${e.name}: the minified bundle contains date or segmentation lexicon words: ${found.join(" ")}`);
      notes.push("HOLDS A LEXICON IT MUST NOT");
    }
    entries.push({ ...e, bytes: code.length, gzip, asciiBytes: ascii.length, asciiGzip, sources: sources.length, notes });
  }
  const method =
    "esbuild --bundle --minify --format=esm --charset=utf8 on each built entry point; gzip = zlib level 9; 1 KB = 1024 bytes. " +
    "The charset=ascii gzip size (esbuild's default, \\uXXXX escapes) is shown for information; budgets apply to the utf8 column.";
  return { entries, problems: [...budgetProblems, ...problems], importProblems: problems, method };
}

export function sizeRows({ entries }) {
  return [
    ["entry point", "minified bytes", "gzip bytes", "gzip KB (budget)", "status", "ascii gzip bytes"],
    ...entries.map((e) =>
      e.missing
        ? [e.name, "", "", "", "missing — build first", ""]
        : [
            e.name,
            e.bytes.toLocaleString("en-US"),
            e.gzip.toLocaleString("en-US"),
            `${(e.gzip / KB).toFixed(2)} (≤ ${e.budgetKB})`,
            e.notes.filter((n) => !n.startsWith("no exports")).length === 0 ? `ok${e.notes.length ? `, ${e.notes.join(", ")}` : ""}` : e.notes.join(", "),
            e.asciiGzip.toLocaleString("en-US"),
          ],
    ),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes("--check");
  const checkImports = process.argv.includes("--check-imports");
  const result = await measureSizes();
  if (process.argv.includes("--json")) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    const { table } = await import("./lib/table.mjs");
    console.log(table(sizeRows(result), ["", "r", "r", "r", "", "r"]));
    console.log(result.method);
    const normalize = result.entries.find((e) => e.file === "normalize.js");
    if (normalize && !normalize.missing) {
      console.log(`nashra/normalize pulls in ${normalize.sources} source modules, none from src/numbers, src/dates or src/segment: ${result.problems.some((p) => p.startsWith("nashra/normalize: bundles")) ? "NO" : "yes"}`);
    }
  }
  if (result.problems.length > 0) {
    process.stderr.write(`\nbundle size check: ${result.problems.length} problem(s):\n${result.problems.map((p) => `  - ${p}`).join("\n")}\n`);
    if (check || (checkImports && result.importProblems.length > 0)) process.exit(1);
  } else if (check) {
    process.stderr.write("bundle size check: every entry point within budget, no forbidden modules\n");
  }
}
