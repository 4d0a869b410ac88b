/**
 * One small object of a class, kept alive for the life of the module.
 *
 * V8 gives the objects of a class a hidden class ("map") that it forgets as soon as no
 * object of the class is alive, and it throws away, at that garbage collection, every
 * piece of optimised code that reads such objects. Objects made per call (an offset-map
 * builder, a unit's facts, a page being laid out) all die between two calls; after a
 * collection the next text then runs in the interpreter while the code is compiled again
 * (measured on the 10 MB benchmark page: a segmentation 1.5–2× slower than with the
 * code kept). An object literal keeps its map in its allocation site; a class keeps it
 * while one of its objects lives, which is what this module provides. The same holds
 * for a map made by adding a field to an object after it was made, or by copying one
 * with a spread (`{ ...x }`): only such objects hold it, so the code that reads them
 * dies with them. Objects read on hot paths are therefore made whole, by a literal or
 * a constructor that sets every field.
 *
 * @module
 */

// Kept objects by class; a class is entered before its object is made, so that a
// constructor that asks for its own class is not called again from inside.
const kept = new Map<object, object | null>();
// How each kept object is made, to make it again (renewShapes).
const makers = new Map<object, () => object>();

/**
 * Keeps the object `make()` returns alive for good, once per class (`of`): make it small
 * (empty text, empty lists) and build it the way every object of the class is built, so
 * that it holds the same map.
 *
 * @example
 * ```ts
 * class Point {
 *   constructor(x, y) {
 *     this.x = x;
 *     this.y = y;
 *     keepShape(Point, () => new Point(0, 0));
 *   }
 * }
 * new Point(1, 2).x; // 1
 * ```
 */
export function keepShape(of: object, make: () => object): void {
  if (kept.has(of)) return;
  kept.set(of, null);
  makers.set(of, make);
  kept.set(of, make());
}

/**
 * Makes every kept object again, at the end of a call that made objects of kept classes.
 *
 * A class's map changes when one of its fields first takes a value of another kind: an
 * offset held as a double rather than a small integer, a fraction where integers were.
 * V8 then gives the class a new map and marks the old one, the kept object's, as
 * deprecated; the code is optimised for the new map, which only the call's own objects
 * hold. Made again while they are still alive, the kept object takes the new map and
 * keeps it (and the code) for the next call. Measured on the 10 MB benchmark with
 * extractNumbers run between two segmentations: 193 deoptimisations of the segmenter's
 * code over 5 rounds without this, 34 with it (node --trace-deopt).
 *
 * @example
 * ```ts
 * class Span {
 *   constructor(start, end) {
 *     this.start = start;
 *     this.end = end;
 *     keepShape(Span, () => new Span(0, 0));
 *   }
 * }
 * const spans = [new Span(0, 4), new Span(4.5, 9)]; // a fraction widens the field
 * renewShapes(); // the kept Span now has the widened map, as the spans do
 * spans.length; // 2
 * ```
 */
export function renewShapes(): void {
  for (const [of, make] of makers) kept.set(of, make());
}
