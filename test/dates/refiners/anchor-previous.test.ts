import { describe, expect, it } from "vitest";
import { readDays } from "../helpers.js";

const read = (sentence: string): [string, string, string][] => readDays(sentence, "2025-02-14");

describe("extractDates: السابق counts from the year its sentence named", () => {
  it("reads العام السابق after a written year as the year before it", () => {
    expect(read("وقالت الحكومة إن الصادرات تراجعت بنسبة 40% في 2024 مقارنة بالعام السابق.")).toEqual([
      ["2024", "2024-01-01", "2024-12-31"],
      ["العام السابق", "2023-01-01", "2023-12-31"],
    ]);
    expect(read("وارتفعت أرباح المصرف في عام 2021 مقارنة بالسنة السابقة")).toEqual([
      ["عام 2021", "2021-01-01", "2021-12-31"],
      ["السنة السابقة", "2020-01-01", "2020-12-31"],
    ]);
  });

  it("counts from the reference without a written year in the sentence", () => {
    expect(read("وتراجع العجز مقارنة بالعام السابق.")).toEqual([["العام السابق", "2024-01-01", "2024-12-31"]]);
    expect(read("وتراجعت الصادرات في 2022. وارتفعت الواردات مقارنة بالعام السابق").map((m) => m[1])).toEqual([
      "2022-01-01",
      "2024-01-01",
    ]);
  });
});
