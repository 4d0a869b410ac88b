/**
 * Colours for the terminal view: on only when standard output is a terminal and
 * `NO_COLOR` is unset (https://no-color.org), or when `--color` forces them.
 *
 * @module
 */

/** The painter functions the renderers use; each is the identity when colour is off. */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  heading(s: string): string;
  date(s: string): string;
  number(s: string): string;
  quote(s: string): string;
  label(s: string): string;
  warn(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

const COLOURED: Style = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  heading: (s) => `\u001b[1;36m${s}\u001b[0m`,
  date: wrap(33, 39),
  number: wrap(35, 39),
  quote: wrap(32, 39),
  label: wrap(34, 39),
  warn: wrap(31, 39),
};

const id = (s: string): string => s;
const PLAIN: Style = { bold: id, dim: id, heading: id, date: id, number: id, quote: id, label: id, warn: id };

/** Decides on colour for a stream. */
export function styleFor(stream: { isTTY?: boolean }, force: boolean | undefined, env: NodeJS.ProcessEnv): Style {
  if (force === true) return COLOURED;
  if (force === false) return PLAIN;
  const noColor = env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "";
  return stream.isTTY === true && !noColor ? COLOURED : PLAIN;
}
