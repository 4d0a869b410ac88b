import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { cliPath, runCli } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "nashra-cli-files-"));
const article = join(dir, "article.txt");
writeFileSync(article, "أعلنَت الحكومةُ  عن ٣ ملايين دينار\n");

beforeAll(async () => {
  await cliPath();
}, 60_000);

describe("nashra", () => {
  it("prints its version and help", async () => {
    const v = await runCli(["--version"]);
    expect(v.status).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const h = await runCli(["--help"]);
    expect(h.stdout).toContain("Usage: nashra <command>");
    const sub = await runCli(["normalize", "--help"]);
    expect(sub.stdout).toContain("nashra normalize");
    expect(sub.stdout).toContain("--preset");
  });

  it("normalizes standard input to standard output", async () => {
    const r = await runCli(["normalize"], "أعلنَت الحكومةُ  الأردنيّة");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("اعلنت الحكومه الاردنيه\n");
  });

  it("reads files and honours --preset and --json", async () => {
    const r = await runCli(["normalize", "--preset", "display", "--json", article]);
    expect(JSON.parse(r.stdout)).toEqual({ text: "أعلنَت الحكومةُ عن ٣ ملايين دينار" });
  });

  it("finds numbers, as text and as JSON", async () => {
    const text = await runCli(["numbers", article]);
    expect(text.stdout).toContain("٣ ملايين");
    expect(text.stdout).toContain("3,000,000");
    const json = await runCli(["numbers", "--json"], "وصل 12 شخصا");
    const doc = JSON.parse(json.stdout) as { numbers: { text: string; value: number; span: { start: number } }[] };
    expect(doc.numbers).toEqual([{ text: "12", value: 12, kind: "cardinal", exact: true, span: { start: 4, end: 6 } }]);
  });

  it("resolves dates against --published", async () => {
    const r = await runCli(["dates", "--published", "2025-07-22", "--json"], "وصل الوفد الإثنين في زيارة");
    const doc = JSON.parse(r.stdout) as { dates: { text: string; start: unknown }[] };
    expect(doc.dates.map((d) => [d.text, d.start])).toEqual([["الإثنين", { year: 2025, month: 7, day: 21 }]]);
    const plain = await runCli(["dates", "--published", "2025-07-22"], "وصل الوفد الإثنين في زيارة");
    expect(plain.stdout).toContain("2025-07-21");
  });

  it("prints the article tree and the analysis", async () => {
    const page = "وزير يزور عمان\nدمشق - (رويترز) - قال الوزير الإثنين إن \"الزيارة ناجحة\".\n\nالمصدر: وكالة الأنباء\n";
    const tree = await runCli(["segment"], page);
    expect(tree.stdout).toContain("title");
    expect(tree.stdout).toContain("وزير يزور عمان");
    expect(tree.stdout).toContain("agency: رويترز");
    expect(tree.stdout).toContain("«الزيارة ناجحة»");
    const json = await runCli(["analyze", "--json", "--published", "2025-07-22"], page);
    const doc = JSON.parse(json.stdout) as { published: unknown; dates: { text: string; where: unknown }[]; structure: { articles: unknown[] } };
    expect(doc.published).toEqual({ year: 2025, month: 7, day: 22 });
    expect(doc.dates.map((d) => d.text)).toEqual(["الإثنين"]);
    expect(doc.structure.articles).toHaveLength(1);
  });

  it("runs the demo on its sample article, plain when piped", async () => {
    const r = await runCli(["demo"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("nashra demo");
    expect(r.stdout).toContain("2025-10-14");
    expect(r.stdout).toContain("وزير الطاقه يعلن خطه");
    expect(r.stdout).not.toContain("\u001b[");
  });

  it("labels each file when given several", async () => {
    const r = await runCli(["normalize", article, article]);
    expect(r.stdout.match(/==> .*article\.txt <==/g)).toHaveLength(2);
  });

  it("fails with one line on standard error and status 2 for bad usage", async () => {
    for (const args of [["frobnicate"], ["normalize", "--frob"], ["normalize", "--preset", "loud"], ["numbers", join(dir, "missing.txt")], ["normalize", "--json", "--jsonl"], ["numbers", "--jsonl", "--workers", "zero"], ["dates", "--preset", "display"], ["numbers", "--field", "body"], ["dates", "--workers", "2"], ["demo", "--jsonl"]]) {
      const r = await runCli(args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
      expect(r.stderr).toMatch(/^nashra: /);
    }
    const missing = await runCli(["numbers", join(dir, "missing.txt")]);
    expect(missing.stderr).toContain("no such file");
  });

  it("keeps colour off when piped and NO_COLOR is respected, on with --color", async () => {
    const plain = await runCli(["numbers"], "12 شخصا");
    expect(plain.stdout).not.toContain("\u001b[");
    const forced = await runCli(["numbers", "--color"], "12 شخصا");
    expect(forced.stdout).toContain("\u001b[");
  });
});

describe("nashra --jsonl", () => {
  const lines = (n: number, bad: (i: number) => boolean) =>
    Array.from({ length: n }, (_, i) => (bad(i) ? `{broken ${i}` : JSON.stringify({ id: i, body: `قتل ${i} شخصا وأصيب ثلاثون آخرون في حادث سير على الطريق الدولي.` }))).join("\n");

  it("writes one line per input line, keeps bad lines as error lines, and exits 1", async () => {
    const input = `${lines(5, (i) => i === 2)}\n\n{"id":9}\n`;
    const r = await runCli(["numbers", "--jsonl", "--field", "body", "--workers", "1"], input);
    expect(r.status).toBe(1);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(7);
    expect(out[0]).toMatchObject({ id: 0, nashra: { numbers: [{ value: 0 }, { value: 30 }] } });
    expect(out[2]).toMatchObject({ error: "not valid JSON", line: 3, input: "{broken 2" });
    expect(out[5]).toMatchObject({ error: "empty line", line: 6 });
    expect(out[6]).toMatchObject({ error: 'no string member "body"', line: 7 });
    expect(r.stderr).toContain("<stdin>:3: not valid JSON");
    expect(r.stderr).toMatch(/7 lines, .* 3 errors/);
  });

  it("runs analyze as a filter over 10,000 lines with workers: every line back, in order, once", async () => {
    const n = 10_000;
    const r = await runCli(["analyze", "--jsonl", "--field", "body", "--workers", "3"], `${lines(n, (i) => i % 1999 === 7)}\n`);
    type Out = { id?: number; line?: number; error?: string; nashra?: { numbers: { value: number }[] } };
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Out);
    expect(out).toHaveLength(n);
    out.forEach((o, i) => {
      if (i % 1999 === 7) expect(o).toMatchObject({ error: "not valid JSON", line: i + 1 });
      else {
        expect(o.id).toBe(i);
        expect(o.nashra?.numbers[0]?.value).toBe(i);
      }
    });
    expect(r.status).toBe(1);
  });

  it("takes each line's publication date from --published-field", async () => {
    const input = [
      JSON.stringify({ body: "وصل الوفد الإثنين", date: "2025-07-22T10:00:00Z" }),
      JSON.stringify({ body: "وصل الوفد الإثنين", date: "2024-01-03" }),
    ].join("\n");
    const r = await runCli(["dates", "--jsonl", "--field", "body", "--published-field", "date", "--workers", "1"], input);
    const days = r.stdout.trim().split("\n").map((l) => (JSON.parse(l) as { nashra: { dates: { start: unknown }[] } }).nashra.dates[0]?.start);
    expect(days).toEqual([{ year: 2025, month: 7, day: 21 }, { year: 2024, month: 1, day: 1 }]);
  });

  it("answers lines while standard input stays open, with workers (a queue consumer's use)", async () => {
    const cli = await cliPath();
    const child = spawn(process.execPath, [cli, "numbers", "--jsonl", "--field", "body", "--workers", "2"], {
      env: { ...process.env, NO_COLOR: "" },
    });
    let out = "";
    const answered = new Promise<string[]>((resolve) => {
      child.stdout.on("data", (b: Buffer) => {
        out += b.toString("utf8");
        const got = out.split("\n").filter((l) => l.length > 0);
        if (got.length === 10) resolve(got);
      });
    });
    for (let i = 0; i < 10; i++) child.stdin.write(`${JSON.stringify({ body: `وصل ${i + 1} زائرا` })}\n`);
    // The input is still open: every answer must come back before it closes.
    const got = await answered;
    child.stdin.end();
    await new Promise((resolve) => child.on("close", resolve));
    expect(got.map((l) => (JSON.parse(l) as { nashra: { numbers: { value: number }[] } }).nashra.numbers[0]?.value)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
  }, 30_000);

  it("reads RFC 822 publication dates and reports one it cannot read as an error line", async () => {
    const input = [
      JSON.stringify({ body: "وصل الوفد أمس", date: "Tue, 22 Jul 2025 10:00:00 GMT" }),
      JSON.stringify({ body: "وصل الوفد أمس", date: "22/07/2025" }),
      JSON.stringify({ body: "وصل الوفد أمس", date: "2025-02-30" }),
      JSON.stringify({ body: "وصل الوفد أمس" }),
    ].join("\n");
    const r = await runCli(["dates", "--jsonl", "--field", "body", "--published-field", "date", "--published", "2024-03-10", "--workers", "1"], input);
    expect(r.status).toBe(1);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { error?: string; nashra?: { dates: { start: unknown }[] } });
    expect(out[0]?.nashra?.dates[0]?.start).toEqual({ year: 2025, month: 7, day: 21 });
    expect(out[1]?.error).toContain("cannot read the publication date");
    expect(out[2]?.error).toContain("cannot read the publication date");
    // A line without the member falls back to --published.
    expect(out[3]?.nashra?.dates[0]?.start).toEqual({ year: 2024, month: 3, day: 9 });
  });

  it("rejects a --published day that does not exist, naming the option", async () => {
    const r = await runCli(["dates", "--published", "2025-02-30"], "وصل أمس");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--published");
  });

  it("gives the same output with one worker and with several", async () => {
    const input = `${lines(3000, (i) => i % 500 === 1)}\n`;
    const one = await runCli(["numbers", "--jsonl", "--field", "body", "--workers", "1"], input);
    const four = await runCli(["numbers", "--jsonl", "--field", "body", "--workers", "4"], input);
    expect(four.stdout).toBe(one.stdout);
  });
});
