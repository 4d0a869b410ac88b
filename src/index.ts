/**
 * nashra — Arabic news text: normalization with a map back to the original text,
 * numbers, dates and article structure.
 *
 * Every module is also its own entry point (`nashra/normalize`, `nashra/numbers`,
 * `nashra/dates`, `nashra/segment`), for bundles that need only one of them.
 *
 * @module nashra
 */

export * from "./normalize/index.js";
export * from "./numbers/index.js";
export * from "./dates/index.js";
export * from "./segment/index.js";
export { analyzeArticle } from "./analyze.js";
export type { AnalyzeOptions, ArticleAnalysis, MentionPlace, PlacedDate, PlacedNumber } from "./analyze.js";
