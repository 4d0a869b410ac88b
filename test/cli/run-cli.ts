// Builds the command from source into a temporary folder once, and runs it as a
// child process, the way users and pipelines do.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";

let built: Promise<string> | undefined;

export function cliPath(): Promise<string> {
  built ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), "nashra-cli-"));
    const outfile = join(dir, "cli.mjs");
    await build({
      entryPoints: [join(import.meta.dirname, "../../src/cli/main.ts")],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "es2022",
      outfile,
      logLevel: "silent",
    });
    return outfile;
  })();
  return built;
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], input?: string, env: Record<string, string> = {}): Promise<Run> {
  const cli = await cliPath();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, NO_COLOR: "", ...env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (status) =>
      resolve({ status, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }),
    );
    child.stdin.on("error", () => {});
    child.stdin.end(input ?? "");
  });
}
