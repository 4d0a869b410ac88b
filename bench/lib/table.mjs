// Formatting helpers: numbers, ratios, plain-text and Markdown tables.

export const fmt = (x, digits = 1) => (x === null || x === undefined || Number.isNaN(x) ? "–" : x.toFixed(digits));
export const ratio = (x) => (x === null || x === undefined || Number.isNaN(x) ? "–" : `${x >= 10 ? x.toFixed(1) : x.toFixed(2)}×`);

/** A plain text table: rows of cells, the first row is the header. */
export function table(rows, align = []) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c] ?? "").length)));
  return rows
    .map((r) => r.map((cell, c) => (align[c] === "r" ? String(cell ?? "").padStart(widths[c]) : String(cell ?? "").padEnd(widths[c]))).join("  ").trimEnd())
    .join("\n");
}

/** The same rows as a Markdown table. */
export function markdownTable(rows, align = []) {
  const line = (r) => `| ${r.map((c) => String(c ?? "").replace(/\|/g, "\\|")).join(" | ")} |`;
  const rule = `| ${rows[0].map((_, c) => (align[c] === "r" ? "---:" : "---")).join(" | ")} |`;
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join("\n");
}
