// Plain-text report of `tcerr decode` (the editor's decode view is Markdown; a terminal gets text).
// Everything from the input is sanitised; catalog text is ours and printed as is.

import type { DecodeResult } from '../engine/decode';
import { retryLabel } from '../engine/catalog';
import { renderDefinedBy } from '../engine/render-defined-by';
import { labelsFor } from '../engine/render-labels';
import type { Language } from '../engine/types';
import { isForeign, type FindingMeaning } from './explain';
import { clip } from './format-text';
import type { JsonFinding } from './report';
import { sanitizeBlock, sanitizeLine } from './sanitize';

/** Longer payloads are cut: the report is for reading, the --json output carries it whole. */
export const MAX_PAYLOAD_CHARS = 200_000;

export interface DecodedFinding {
  record: JsonFinding;
  meaning: FindingMeaning;
}

function field(label: string, value: string): string {
  return `  ${label}: ${value}`;
}

function errorSection(item: DecodedFinding, language: Language): string[] {
  const labels = labelsFor(language);
  const { record, meaning } = item;
  const code = record.code === null ? labels.noCode : clip(sanitizeLine(record.code));
  const lines = [`${code} [${record.severity}]`, `  ${meaning.title}`];
  const ex = meaning.explanation;
  if (ex) {
    // Imported and team text is file data: sanitised like the input. The catalog's own text is printed as is.
    const text = (t: string) => (isForeign(ex) ? clip(sanitizeLine(t), 2000) : t);
    const body = (t: string) => (ex.source === 'team' ? clip(sanitizeLine(t), 2000) : t);
    const definedBy = renderDefinedBy(ex, labels, (p) => clip(sanitizeLine(p), 60));
    if (ex.source === 'fallback') lines.push(`  ${definedBy ? labels.productUnknown : labels.notFromCatalog}`);
    if (isForeign(ex)) lines.push(`  ${ex.source === 'team' ? labels.fromTeam : labels.fromSdk} ${text(ex.provenance ?? '')}`.trimEnd());
    lines.push(field(labels.why, body(ex.explanation)), `  ${labels.whatToDo}:`);
    ex.remediation.forEach((step, i) => lines.push(`    ${i + 1}. ${body(step)}`));
    if (ex.notes && ex.notes.length > 0) {
      lines.push(`  ${labels.teamNotes}:`);
      for (const note of ex.notes) lines.push(`    - ${clip(sanitizeLine(note), 500)}`);
    }
    lines.push(field(labels.retry, retryLabel(ex.retry, language)));
    if (definedBy) lines.push(`  ${definedBy}`);
  }
  if (record.message !== null) lines.push(field(labels.message, clip(sanitizeLine(record.message), 2000)));
  if (record.requestId !== null) lines.push(field(labels.requestId, clip(sanitizeLine(record.requestId), 200)));
  if (record.product !== null) lines.push(field(labels.product, clip(sanitizeLine(record.product), 100)));
  if (ex) lines.push(field(labels.docs, ex.docs));
  if (ex?.runbook) lines.push(field(labels.runbook, sanitizeLine(ex.runbook)));
  return lines;
}

function successSection(item: DecodedFinding, language: Language): string[] {
  const labels = labelsFor(language);
  const lines = [labels.successTitle, `  ${labels.successNote}`];
  if (item.record.requestId !== null) lines.push(field(labels.requestId, clip(sanitizeLine(item.record.requestId), 200)));
  return lines;
}

export function formatDecodeReport(result: DecodeResult, items: readonly DecodedFinding[], language: Language): string {
  const labels = labelsFor(language);
  const errors = items.filter((i) => i.record.kind === 'error');
  const successes = items.filter((i) => i.record.kind === 'success');
  const blocks: string[][] = [[errors.length === 0 ? labels.noError : labels.foundErrors(errors.length)]];
  for (const item of errors) blocks.push(errorSection(item, language));
  for (const item of successes) blocks.push(successSection(item, language));
  const payload = result.unwrapped.length > MAX_PAYLOAD_CHARS ? result.unwrapped.slice(0, MAX_PAYLOAD_CHARS) + '\n…' : result.unwrapped;
  if (payload.trim() !== '') {
    blocks.push([`${labels.payload}:`, trimTrailingNewlines(sanitizeBlock(payload))]);
  }
  return blocks.map((b) => b.join('\n')).join('\n\n') + '\n';
}

/** By hand: `/\n+$/` retries at every newline of a long run (quadratic on a payload of blank lines). */
function trimTrailingNewlines(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return text.slice(0, end);
}
