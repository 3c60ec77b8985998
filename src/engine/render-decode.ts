import type { DecodeResult } from './decode';
import type { Finding, Language } from './types';
import { explainSafely, type ExplainFn } from './render-explain';
import { renderErrorDetails, renderMeaningLine, renderSuccess } from './render-hover';
import { labelsFor } from './render-labels';
import { escapeInline, fencedBlock, truncate } from './render-markdown';

/** Payloads beyond this are cut in the report (the editor would choke on a multi-megabyte Markdown preview). */
export const MAX_PAYLOAD_CHARS = 200_000;
/** The report is where a hover sends the user for a long message, so it shows the message whole. */
const DECODE_MESSAGE_LIMIT = { chars: MAX_PAYLOAD_CHARS, note: null };

function looksLikeJson(text: string): boolean {
  const t = text.trim();
  if (!(t.startsWith('{') || t.startsWith('['))) return false;
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
}

function heading(finding: Finding, fallback: string): string {
  return `## ${finding.code === null ? escapeInline(fallback) : escapeInline(finding.code, 200)}`;
}

/** The decode command's report: each error explained, success envelopes noted, then the unwrapped payload. */
export function renderDecodeReport(result: Pick<DecodeResult, 'unwrapped' | 'findings'>, explain: ExplainFn | null, language: Language): string {
  const labels = labelsFor(language);
  const errors = result.findings.filter((f) => f.kind === 'error');
  const successes = result.findings.filter((f) => f.kind === 'success');
  const parts: string[] = [`# ${labels.decodeTitle}`];

  parts.push(errors.length === 0 ? labels.noError : labels.foundErrors(errors.length));
  for (const finding of errors) {
    const explanation = finding.code === null ? null : explainSafely(explain, finding.code, language, finding.product);
    parts.push(heading(finding, labels.noCode), renderMeaningLine(finding, explanation, language), ...renderErrorDetails(finding, explanation, language, DECODE_MESSAGE_LIMIT));
  }
  for (const finding of successes) {
    parts.push(`## ${labels.successTitle}`, renderSuccess(finding, language));
  }

  const payload = truncate(result.unwrapped, MAX_PAYLOAD_CHARS);
  if (payload.trim() !== '') {
    parts.push(`## ${labels.payload}`, fencedBlock(payload, looksLikeJson(payload) ? 'json' : 'text'));
  }
  return parts.join('\n\n') + '\n';
}
