import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { expectSegmented } from "./helpers.js";
import { formatScores, loadPages, scorePages } from "./score.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/segment/", import.meta.url));

describe("segmentArticle on the project's fixture pages", () => {
  const pages = loadPages(FIXTURES);

  it("has fixtures to measure", () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
  });

  it("keeps the invariants on every fixture", () => {
    for (const page of pages) expectSegmented(page.text);
  });

  it("meets the issue's quality targets", () => {
    const misses: string[] = [];
    const s = scorePages(pages, misses);
    console.log(`segment fixtures\n${formatScores(s)}${misses.length > 0 ? `\n${misses.join("\n")}` : ""}`);
    expect(s.paragraphF1).toBeGreaterThanOrEqual(0.95);
    expect(s.title).toBeGreaterThanOrEqual(0.9);
    expect(s.dateline).toBeGreaterThanOrEqual(0.9);
    expect(s.byline).toBeGreaterThanOrEqual(0.9);
    expect(s.source).toBeGreaterThanOrEqual(0.9);
    expect(s.quoteF1).toBeGreaterThanOrEqual(0.85);
    expect(s.speaker).toBeGreaterThanOrEqual(0.85);
    expect(s.readAlsoF1).toBeGreaterThanOrEqual(0.9);
    expect(s.relatedF1).toBeGreaterThanOrEqual(0.9);
    expect(s.articleCount).toBeGreaterThanOrEqual(0.9);
  });

  // An outside evaluation set, when one is checked out: printed, never asserted.
  const evalDir = process.env.SEGMENT_EVAL_DIR;
  it.runIf(evalDir !== undefined && existsSync(evalDir))("prints the scores on SEGMENT_EVAL_DIR", () => {
    const misses: string[] = [];
    const s = scorePages(loadPages(evalDir as string), misses);
    console.log(`segment eval set ${evalDir}\n${formatScores(s)}\n${misses.join("\n")}`);
    expect(s.pages).toBeGreaterThan(0);
  });
});
