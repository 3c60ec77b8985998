// The two renderings of a scan, fed incrementally so memory does not grow with the number of findings:
// text lines, or one JSON object streamed piece by piece (still exactly one valid object at the end).

import { formatFindingLine, formatSummary, palette, type ScanTotals } from './format-text';
import type { Sink } from './io';
import { JSON_VERSION, type JsonFinding } from './report';
import { sanitizeLine, stringifyJsonSafe } from './sanitize';

export interface ScanOutput {
  beginFile(path: string): Promise<void>;
  findings(path: string, findings: readonly JsonFinding[]): Promise<void>;
  /** `error`: why the file could not be (fully) read. */
  endFile(path: string, error?: string): Promise<void>;
  /** A note that is not about a finding (e.g. a skipped binary file). */
  note(text: string): Promise<void>;
  finish(totals: ScanTotals): Promise<void>;
}

export function textOutput(stdout: Sink, stderr: Sink, colour: boolean): ScanOutput {
  const p = palette(colour);
  return {
    beginFile: async () => {},
    async findings(path, findings) {
      if (findings.length === 0) return;
      await stdout.write(findings.map((f) => formatFindingLine(path, f, p) + '\n').join(''));
    },
    async endFile(path, error) {
      if (error !== undefined) await stderr.write(`tcerr: ${sanitizeLine(path)}: ${sanitizeLine(error)}\n`);
    },
    note: (text) => stderr.write(`tcerr: ${sanitizeLine(text)}\n`),
    finish: (totals) => stderr.write(formatSummary(totals) + '\n'),
  };
}

export function jsonOutput(stdout: Sink, stderr: Sink): ScanOutput {
  let files = 0;
  let findingsInFile = 0;
  return {
    async beginFile(path) {
      findingsInFile = 0;
      const head = files++ === 0 ? `{"version":${JSON_VERSION},"files":[` : ',';
      await stdout.write(`${head}{"path":${stringifyJsonSafe(path)},"findings":[`);
    },
    async findings(_path, findings) {
      if (findings.length === 0) return;
      const items = findings.map((f) => stringifyJsonSafe(f)).join(',');
      await stdout.write((findingsInFile > 0 ? ',' : '') + items);
      findingsInFile += findings.length;
    },
    async endFile(path, error) {
      await stdout.write(error === undefined ? ']}' : `],"error":${stringifyJsonSafe(error)}}`);
      // Also on stderr, so a human running --json still sees it.
      if (error !== undefined) await stderr.write(`tcerr: ${sanitizeLine(path)}: ${sanitizeLine(error)}\n`);
    },
    note: (text) => stderr.write(`tcerr: ${sanitizeLine(text)}\n`),
    async finish() {
      await stdout.write(files === 0 ? `{"version":${JSON_VERSION},"files":[]}\n` : ']}\n');
    },
  };
}
