import type { Explanation, Finding, Language } from './types';
import { labelsFor } from './render-labels';
import { toOneLine, truncate } from './render-markdown';

const MAX_DIAGNOSTIC_MESSAGE_CHARS = 200;
const MAX_DIAGNOSTIC_CHARS = 400;

/** `<code>: <title> — <message>` on one plain-text line (the Problems panel renders no Markdown). */
export function renderDiagnosticMessage(finding: Finding, explanation: Explanation | null, language: Language): string {
  const labels = labelsFor(language);
  const code = finding.code === null ? labels.noCode : toOneLine(finding.code);
  const title = finding.code === null ? labels.noCodeTitle : explanation ? toOneLine(explanation.title) : '';
  let line = title ? `${code}: ${title}` : code;
  const message = finding.message === null ? '' : truncate(toOneLine(finding.message), MAX_DIAGNOSTIC_MESSAGE_CHARS);
  if (message) line += ` — ${message}`;
  return truncate(line, MAX_DIAGNOSTIC_CHARS);
}
