/**
 * `nashra/segment` — arriving with its own issue; the subpath exists so that the package shape is stable.
 *
 * @module segment
 */

export type { Span } from "../core/span.js";
