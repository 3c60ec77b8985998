// Human output of `tcerr scan`: one line per finding, `file:line:col: severity code meaning (RequestId id)`,
// the shape compilers use so terminals and editors make it clickable. Everything taken from the input is
// sanitised; colour is added only after sanitising, so input can never carry its own escape sequences.

import type { CliSeverity } from './explain';
import type { JsonFinding } from './report';
import { sanitizeLine } from './sanitize';

/** Input values are cut to this length on a line (a 1 MB "code" would be a wall of text). */
const MAX_FIELD_CHARS = 200;

export interface Palette {
  severity(severity: CliSeverity, text: string): string;
  code(text: string): string;
  dim(text: string): string;
}

const PLAIN: Palette = { severity: (_s, t) => t, code: (t) => t, dim: (t) => t };

const SEVERITY_COLOURS: Record<CliSeverity, string> = { error: '31', warning: '33', information: '36' };

const ANSI: Palette = {
  severity: (s, t) => `\x1b[1;${SEVERITY_COLOURS[s]}m${t}\x1b[0m`,
  code: (t) => `\x1b[1m${t}\x1b[0m`,
  dim: (t) => `\x1b[2m${t}\x1b[0m`,
};

/** Colour only on a terminal, and never when the user opted out (--no-color, or NO_COLOR set and non-empty). */
export function useColour(isTTY: boolean | undefined, noColorFlag: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return isTTY === true && !noColorFlag && !(env.NO_COLOR !== undefined && env.NO_COLOR !== '');
}

export function palette(colour: boolean): Palette {
  return colour ? ANSI : PLAIN;
}

export function clip(text: string, max = MAX_FIELD_CHARS): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return text.slice(0, cut) + '…';
}

/** One finding as one line (no trailing newline). */
export function formatFindingLine(path: string, f: JsonFinding, p: Palette): string {
  const where = p.dim(`${sanitizeLine(path)}:${f.line}:${f.column}:`);
  const code = f.kind === 'success' ? 'Success' : f.code === null ? '(no code)' : clip(sanitizeLine(f.code));
  const requestId = f.requestId === null ? '' : ` ${p.dim(`(RequestId ${clip(sanitizeLine(f.requestId), 80)})`)}`;
  return `${where} ${p.severity(f.severity, f.severity)} ${p.code(code)} ${sanitizeLine(f.title)}${requestId}`;
}

export interface ScanTotals {
  files: number;
  unreadable: number;
  skippedBinary: number;
  bySeverity: Record<CliSeverity, number>;
}

export function emptyTotals(): ScanTotals {
  return { files: 0, unreadable: 0, skippedBinary: 0, bySeverity: { error: 0, warning: 0, information: 0 } };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The closing summary line (stderr). */
export function formatSummary(t: ScanTotals): string {
  const s = t.bySeverity;
  let line = `tcerr: ${plural(s.error, 'error')}, ${plural(s.warning, 'warning')}, ${s.information} information in ${plural(t.files, 'file')} scanned`;
  if (t.skippedBinary > 0) line += `, ${plural(t.skippedBinary, 'binary file')} skipped`;
  if (t.unreadable > 0) line += `, ${plural(t.unreadable, 'path')} unreadable`;
  return line + '.';
}
