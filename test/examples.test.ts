// Runs the @example blocks of the JSDoc comments in src/ as tests: a line of the
// form `expression; // literal` must give that literal (a string, number, null,
// boolean or JSON array); other lines run as they are, so declarations work too.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "cli" ? [] : files(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

function examples(source: string): string[] {
  const blocks: string[] = [];
  const re = /@example\s*\n((?:\s*\*.*\n)*?)\s*\*\s*```ts\n((?:\s*\*.*\n)*?)\s*\*\s*```/g;
  for (let m = re.exec(source); m !== null; m = re.exec(source)) {
    blocks.push((m[2] ?? "").split("\n").map((l) => l.replace(/^\s*\*\s?/, "")).join("\n"));
  }
  return blocks;
}

function literal(text: string): { ok: true; value: unknown } | { ok: false } {
  const t = text.trim();
  if (/^(null|true|false|-?\d[\d.e+-]*|"(?:[^"\\]|\\.)*"|\[.*\])$/.test(t)) {
    try {
      return { ok: true, value: JSON.parse(t) };
    } catch {
      return { ok: false };
    }
  }
  return { ok: false };
}

function toProgram(block: string): { program: string; literals: number } {
  let literals = 0;
  const program = block
    .split("\n")
    .map((line) => {
      const m = /^(\s*)(?!import\b)(.+?);\s*\/\/\s*(.+)$/.exec(line);
      if (m === null) return line.startsWith("import ") ? "" : line;
      const lit = literal(m[3] ?? "");
      if (!lit.ok || /^\s*(const|let|var)\s/.test(m[2] ?? "")) return `${m[1]}${m[2]};`;
      literals++;
      return `${m[1]}__check(${m[2]}, ${JSON.stringify(lit.value)}, ${JSON.stringify((m[2] ?? "").trim())});`;
    })
    .join("\n");
  return { program, literals };
}

describe("JSDoc examples", async () => {
  for (const file of files(root)) {
    const source = readFileSync(file, "utf8");
    const blocks = examples(source);
    if (blocks.length === 0) continue;
    const name = relative(root, file);
    const module = (await import(file)) as Record<string, unknown>;
    const index = (await import(join(root, "index.ts"))) as Record<string, unknown>;
    // Internal examples may build a matching view, and may use the functions of their neighbours.
    const internals = {
      ...((await import(join(root, "normalize/normalize.ts"))) as Record<string, unknown>),
      ...((await import(join(root, "normalize/match.ts"))) as Record<string, unknown>),
      ...(file.includes("/segment/")
        ? {
            ...((await import(join(root, "segment/lines.ts"))) as Record<string, unknown>),
            ...((await import(join(root, "segment/classify.ts"))) as Record<string, unknown>),
          }
        : {}),
    };
    const scope = { ...internals, ...index, ...module };
    blocks.forEach((block, k) => {
      it(`${name} example ${k + 1}`, () => {
        let checks = 0;
        const __check = (actual: unknown, expected: unknown, what: string) => {
          checks++;
          expect(actual, what).toEqual(expected);
        };
        const names = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
        const { program, literals } = toProgram(block);
        const run = new Function("__check", ...names, program);
        run(__check, ...names.map((n) => scope[n]));
        // Every stated literal result was compared (an example whose results are objects only runs).
        expect(checks).toBe(literals);
      });
    });
  }
});
