/**
 * Reading what the command works on: whole files, standard input, or JSON lines
 * streamed one at a time so that a file of any size runs in constant memory.
 *
 * @module
 */

import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import type { Readable } from "node:stream";

/** A named input: a file path, or "-" for standard input. */
export interface Source {
  name: string;
  open(): Readable;
  read(): Promise<string>;
}

/** The sources named on the command line; standard input when none is. */
export function sources(paths: readonly string[], stdin: Readable): Source[] {
  const names = paths.length === 0 ? ["-"] : paths;
  return names.map((name) =>
    name === "-"
      ? { name: "<stdin>", open: () => stdin, read: () => readAll(stdin) }
      : { name, open: () => createReadStream(name), read: () => readFile(name, "utf8") },
  );
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The lines of a stream, without their line breaks (LF or CRLF), as they arrive.
 * Pulling the next line pulls the next chunk only when needed, so a slow consumer
 * holds back a fast producer. A last line without a line break is still a line.
 */
export async function* lines(stream: Readable): AsyncGenerator<{ line: string; bytes: number }> {
  const decoder = new TextDecoder("utf-8");
  let rest = "";
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Uint8Array);
    rest += decoder.decode(buf, { stream: true });
    let from = 0;
    for (let nl = rest.indexOf("\n", from); nl >= 0; nl = rest.indexOf("\n", from)) {
      const end = nl > from && rest.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      const line = rest.slice(from, end);
      yield { line, bytes: Buffer.byteLength(line) + (nl - end) + 1 };
      from = nl + 1;
    }
    rest = rest.slice(from);
  }
  rest += decoder.decode();
  if (rest.length > 0) yield { line: rest, bytes: Buffer.byteLength(rest) };
}
