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
 * while one of its objects lives, which is what this module provides.
 *
 * @module
 */

// Kept objects by class; a class is entered before its object is made, so that a
// constructor that asks for its own class is not called again from inside.
const kept = new Map<object, object | null>();

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
  kept.set(of, make());
}
