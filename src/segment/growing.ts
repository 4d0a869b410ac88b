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

/** Items per piece: a piece stays small enough for the young generation. */
const PIECE = 4096;

/** Items appended in order, handed back as one array. */
export class Growing<T> {
  private readonly full: T[][] = [];
  private piece: T[] = [];

  push(item: T): void {
    this.piece.push(item);
    if (this.piece.length === PIECE) {
      this.full.push(this.piece);
      this.piece = [];
    }
  }

  /** Whether an item passes `test`. */
  some(test: (item: T) => boolean): boolean {
    return this.full.some((piece) => piece.some(test)) || this.piece.some(test);
  }

  /** Forgets every item. */
  clear(): void {
    this.full.length = 0;
    this.piece = [];
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
    return ([] as T[]).concat(...this.full, this.piece);
  }
}
