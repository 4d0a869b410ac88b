/**
 * The terminal view of a page: the article tree, with dates and numbers highlighted
 * inside the text.
 *
 * @module
 */

import type { Article, Block, SegmentedText, Span } from "../segment/index.js";
import type { Style } from "./style.js";

/** A stretch of the input to paint: a date or a number. */
export interface Mark {
  span: Span;
  kind: "date" | "number";
}

// The text of a block with the marks inside it painted.
function painted(block: Block, marks: readonly Mark[], style: Style): string {
  let out = "";
  let at = block.span.start;
  for (const m of marks) {
    if (m.span.end <= block.span.start || m.span.start >= block.span.end) continue;
    const start = Math.max(m.span.start, at);
    const end = Math.min(m.span.end, block.span.end);
    if (start >= end) continue;
    out += block.text.slice(at - block.span.start, start - block.span.start);
    const piece = block.text.slice(start - block.span.start, end - block.span.start);
    out += m.kind === "date" ? style.date(piece) : style.number(piece);
    at = end;
  }
  return out + block.text.slice(at - block.span.start);
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, " ⏎ ");
}

function articleLines(a: Article, marks: readonly Mark[], style: Style, indent: string): string[] {
  const lines: string[] = [];
  const field = (label: string, b: Block | null, extra = ""): void => {
    if (b !== null) lines.push(`${indent}${style.label(label.padEnd(10))} ${oneLine(painted(b, marks, style))}${extra}`);
  };
  for (const b of a.subtitles) field("subtitle", b);
  field("title", a.title);
  for (const b of a.dates) field("date", b);
  if (a.dateline !== null) {
    const parts = [a.dateline.place === null ? null : `place: ${a.dateline.place}`, a.dateline.agency === null ? null : `agency: ${a.dateline.agency}`];
    const about = parts.filter((p) => p !== null).join(", ");
    field("dateline", a.dateline, about === "" ? "" : style.dim(`  (${about})`));
  }
  field("byline", a.byline);
  const subheadings = new Set(a.subheadings.map((b) => b.span.start));
  a.paragraphs.forEach((p, i) => {
    const label = i === 0 ? "lead" : subheadings.has(p.span.start) ? "crosshead" : `¶ ${i + 1}`;
    field(label, p);
    for (const q of a.quotes) {
      if (q.span.start < p.span.start || q.span.start >= p.span.end) continue;
      const who = q.speaker === null ? style.dim("(unattributed)") : `${style.bold(q.speaker)}${q.verb === null ? "" : style.dim(` — ${q.verb}`)}`;
      lines.push(`${indent}${" ".repeat(11)}${style.quote(`«${oneLine(q.text)}»`)}  ${who}`);
    }
  });
  for (const b of a.captions) field("caption", b);
  for (const b of a.signatures) field("signature", b);
  field("source", a.source);
  return lines;
}

/**
 * The article tree of a page as lines of text: each article with its fields, then the
 * read-also teasers, related titles, tags, and a count of boilerplate blocks.
 */
export function renderStructure(structure: SegmentedText, style: Style, marks: readonly Mark[] = []): string {
  const out: string[] = [];
  structure.articles.forEach((a, i) => {
    out.push(style.heading(`article ${i + 1}${structure.articles.length > 1 ? ` of ${structure.articles.length}` : ""}`));
    out.push(...articleLines(a, marks, style, "  "));
  });
  if (structure.articles.length === 0) out.push(style.dim("(no article)"));
  structure.readAlso.forEach((a, i) => {
    out.push(style.heading(`read also ${i + 1}`));
    out.push(...articleLines(a, marks, style, "  "));
  });
  if (structure.related.length > 0) {
    out.push(style.heading("related"));
    for (const b of structure.related) out.push(`  • ${painted(b, marks, style)}`);
  }
  if (structure.tags.length > 0) {
    out.push(style.heading("tags"));
    out.push(`  ${structure.tags.map((b) => b.text).join(" · ")}`);
  }
  if (structure.boilerplate.length > 0) {
    out.push(style.heading(`boilerplate (${structure.boilerplate.length} blocks)`));
    for (const b of structure.boilerplate) out.push(style.dim(`  ${oneLine(b.text.length > 90 ? `${b.text.slice(0, 90)}…` : b.text)}`));
  }
  return out.join("\n");
}
