// Timing helpers shared by the benchmark scripts.

import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

// `--expose-gc`, switched on from inside the process.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc");

/** Anything a timed call returns is folded in here, so no call can be optimised away. */
export let sink = 0;

/**
 * Puts the heap in `f`'s own steady state before its timed calls: a full GC takes away
 * the garbage the previous candidate left, then an untimed call of `f` on `warm` grows
 * the young generation back to what `f` needs. Without the call, the forced GC (or any
 * idle pause, when V8's memory reducer runs) leaves a shrunken young generation that the
 * next allocation-heavy call pays to regrow — up to 4× on a 1 MB normalizeWithMap when
 * we tried; without the GC, a candidate would pay for its predecessor's garbage.
 */
export function settle(f, warm) {
  gc();
  f(warm);
}

/**
 * The cost of one call of `f(arg)`: `wall`, elapsed milliseconds; `cpu`, the process's
 * user + system CPU milliseconds (all threads, so V8's helper threads count), which a
 * busy neighbour on a shared machine disturbs much less than elapsed time, also split
 * into `user` and `sys`; `faults`, the minor page faults (memory the kernel had to map in).
 *
 * The kernel counts CPU time in scheduler ticks (4 ms here): one short call reads 0 or
 * 4 ms, but the count is unbiased, so callers compare CPU time summed over many calls,
 * never one short call's.
 */
export function timeCall(f, arg) {
  const r0 = process.resourceUsage();
  const t0 = process.hrtime.bigint();
  const result = f(arg);
  const t1 = process.hrtime.bigint();
  const r1 = process.resourceUsage();
  sink = (sink + (typeof result === "number" ? result : resultSize(result))) | 0;
  const user = (r1.userCPUTime - r0.userCPUTime) / 1000;
  const sys = (r1.systemCPUTime - r0.systemCPUTime) / 1000;
  return { wall: Number(t1 - t0) / 1e6, cpu: user + sys, user, sys, faults: r1.minorPageFault - r0.minorPageFault };
}

function resultSize(r) {
  if (typeof r === "string") return r.length;
  if (Array.isArray(r)) return r.length;
  if (r && typeof r === "object") return Object.keys(r).length;
  return 0;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** MB/s, with MB = 10^6 bytes of UTF-8 input. */
export const mbps = (bytes, ms) => bytes / 1e6 / (ms / 1000);

/** The machine the numbers were measured on. */
export function machine() {
  let cpu = os.cpus()[0]?.model ?? "unknown CPU";
  try {
    const info = readFileSync("/proc/cpuinfo", "utf8");
    cpu = info.match(/^model name\s*:\s*(.+)$/m)?.[1]?.trim() ?? cpu;
  } catch {}
  let commit = "unknown";
  try {
    commit = execSync("git rev-parse --short HEAD", { stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
  } catch {}
  return {
    cpu,
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    v8: process.versions.v8,
    os: `${os.type()} ${os.release()}`,
    date: new Date().toISOString().slice(0, 10),
    commit,
  };
}
