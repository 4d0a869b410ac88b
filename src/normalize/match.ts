/**
 * The view nashra's extractors match on.
 *
 * @module
 */

import { PRESETS, type ResolvedOptions } from "./options.js";

/**
 * The `search` folds without collapsing white space, so that lines and offsets
 * keep their shape: what numbers, dates and segmentation match their lexicons on.
 */
export const MATCH_OPTIONS: Readonly<ResolvedOptions> = { ...PRESETS.search, whitespace: false };
