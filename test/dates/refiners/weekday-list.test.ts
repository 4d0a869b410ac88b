import { describe, expect, it } from "vitest";
import { readDays } from "../helpers.js";

const read = (sentence: string, reference: string): [string, string][] => readDays(sentence, reference).map(([text, first]) => [text, first]);

// Wednesday 23 July 2025.
const WEDNESDAY = "2025-07-23";

describe("extractDates: the weekdays of a و list keep their written order", () => {
  it("places a future list in the days ahead, each after the one before", () => {
    expect(read("وقالت اللجنة إن الجولة الثانية ستعقد يومي الثلاثاء والأربعاء في العاصمة", WEDNESDAY)).toEqual([
      ["الثلاثاء", "2025-07-29"],
      ["الأربعاء", "2025-07-30"],
    ]);
    expect(read("وستقام مباريات الجولة الأخيرة السبت والأحد والاثنين", WEDNESDAY)).toEqual([
      ["السبت", "2025-07-26"],
      ["الأحد", "2025-07-27"],
      ["الاثنين", "2025-07-28"],
    ]);
  });

  it("places a placing word after the last weekday on the whole list", () => {
    expect(read("وتعقد الجولة الثالثة من الحوار الاثنين والثلاثاء المقبلين", WEDNESDAY)).toEqual([
      ["الاثنين", "2025-07-28"],
      ["الثلاثاء المقبلين", "2025-07-29"],
    ]);
  });

  it("places a past list in the days before, each before the one after", () => {
    expect(read("وعقدت الجولة الأولى من المفاوضات يومي الأربعاء والخميس في مسقط", WEDNESDAY)).toEqual([
      ["الأربعاء", "2025-07-16"],
      ["الخميس", "2025-07-17"],
    ]);
  });

  it("leaves a weekday with its own placing word where the word puts it", () => {
    expect(read("وعقدت الجولة يومي الأربعاء الماضي والخميس", WEDNESDAY)).toEqual([
      ["الأربعاء الماضي", "2025-07-16"],
      ["الخميس", "2025-07-17"],
    ]);
  });

  it("does not touch weekdays that are no list", () => {
    expect(read("وعقدت الجولة الأولى يوم الخميس، وستعقد الثانية يوم الأربعاء", WEDNESDAY)).toEqual([
      ["يوم الخميس", "2025-07-17"],
      ["يوم الأربعاء", "2025-07-23"],
    ]);
  });
});
