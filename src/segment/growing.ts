/**
 * A list built by appending and then read once, as an array.
 *
 * A page yields tens of thousands of units and blocks. An array grown by push to that size
 * is copied at every growth, each time into a store of its own that the system maps in
 * afresh; a list kept in pieces of a few thousand is joined once, into an array of its
 * final size.
 *
 * @module
 */

import { keepShape } from "../core/shape.js";

/** Items per piece: a piece stays small enough for the young generation. */
const SHIFT = 12;
const PIECE = 1 << SHIFT;

/** Items appended in order, handed back as one array. */
export class Growing<T> {
  private readonly full: T[][] = [];
  // The first piece grows by push, as small lists do; the next ones, on a long list, are
  // made at their full size, which saves copying them as they fill.
  private piece: T[] = [];
  private n = 0;

  constructor() {
    // One empty list lives for good, and with it the code that reads lists (core/shape.ts).
    keepShape(Growing, () => new Growing());
  }

  push(item: T): void {
    if (this.n === PIECE) {
      this.full.push(this.piece);
      this.piece = new Array<T>(PIECE);
      this.n = 0;
    }
    if (this.full.length === 0) this.piece.push(item);
    else this.piece[this.n] = item;
    this.n++;
  }

  /** Whether an item passes `test`. */
  some(test: (item: T) => boolean): boolean {
    return this.full.some((piece) => piece.some(test)) || this.last().some(test);
  }

  /** How many items there are. */
  get length(): number {
    return this.full.length * PIECE + this.n;
  }

  /** The item at index `k`, from 0 to `length - 1`. */
  at(k: number): T {
    const p = k >>> SHIFT;
    return ((p < this.full.length ? this.full[p] : this.piece) as T[])[k & (PIECE - 1)] as T;
  }

  /** Forgets every item. */
  clear(): void {
    this.full.length = 0;
    this.piece = [];
    this.n = 0;
  }

  /**
   * The items in order, in one array (the list is not to be used afterwards).
   *
   * @example
   * ```ts
   * const list = new Growing();
   * for (let i = 0; i < 10000; i++) list.push(i);
   * list.toArray().length; // 10000
   * ```
   */
  toArray(): T[] {
    if (this.full.length === 0) return this.piece;
    return ([] as T[]).concat(...this.full, this.last());
  }

  // The items of the piece being filled.
  private last(): T[] {
    return this.n === this.piece.length ? this.piece : this.piece.slice(0, this.n);
  }
}
