/**
 * `nashra/dates` — arriving with its own issue; the subpath exists so that the package shape is stable.
 *
 * @module dates
 */

export type { Span } from "../core/span.js";
