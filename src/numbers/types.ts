/**
 * The public types of `nashra/numbers`.
 *
 * @module
 */

import type { Span } from "../core/span.js";
import type { NumberKind } from "./scan.js";

export type { NumberKind };

/** A number found in running text. */
export interface NumberMention {
  /** The number as written: `input.slice(span.start, span.end)`. */
  text: string;
  /** Where it stands in the input (UTF-16 offsets, end exclusive). */
  span: Span;
  /** Its value; a percentage in percent units (٣٥٪ → 35), a fraction as a decimal (ثلاثة أرباع → 0.75). */
  value: number;
  /** cardinal (12, ثلاثة آلاف), ordinal (الحادي عشر), fraction (نصف, ٧٧/١٠٠) or percent (٣٥٪, 35 في المائة). */
  kind: NumberKind;
  /** False when the value lies beyond `Number.MAX_SAFE_INTEGER` and is only the nearest double. */
  exact: boolean;
}
