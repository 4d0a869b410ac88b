import { describe, expect, it } from "vitest";
import { keepShape, renewShapes } from "../../src/core/shape.js";

// The kept objects are a speed device (see src/core/shape.ts); what can be checked from
// JavaScript is when they are made.
describe("keepShape", () => {
  it("makes the kept object once per class, however often it is asked", () => {
    class Cursor {
      constructor(readonly at: number) {}
    }
    let made = 0;
    const make = () => {
      made++;
      return new Cursor(0);
    };
    keepShape(Cursor, make);
    keepShape(Cursor, make);
    keepShape(Cursor, make);
    expect(made).toBe(1);
  });

  it("is not entered again by a constructor that asks for its own class", () => {
    let made = 0;
    class Page {
      constructor(readonly text: string) {
        keepShape(Page, () => {
          made++;
          return new Page("");
        });
      }
    }
    new Page("نص");
    new Page("نص آخر");
    expect(made).toBe(1);
  });
});

describe("renewShapes", () => {
  it("makes every kept object again, once each", () => {
    class Offsets {
      constructor(readonly start: number) {}
    }
    class Words {
      constructor(readonly words: string[]) {}
    }
    const made = { offsets: 0, words: 0 };
    keepShape(Offsets, () => {
      made.offsets++;
      return new Offsets(0);
    });
    keepShape(Words, () => {
      made.words++;
      return new Words([]);
    });
    renewShapes();
    expect(made).toEqual({ offsets: 2, words: 2 });
    renewShapes();
    expect(made).toEqual({ offsets: 3, words: 3 });
  });
});
