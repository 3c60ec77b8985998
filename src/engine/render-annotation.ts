// The end-of-line annotation: the one-line meaning of a finding, plain text (decorations render no Markdown).
import { labelsFor } from './render-labels';
import { toOneLine, truncate } from './render-markdown';
import type { Explanation, Finding, Language } from './types';

export const MAX_ANNOTATION_CHARS = 120;

export function renderAnnotation(finding: Pick<Finding, 'code'>, explanation: Pick<Explanation, 'title' | 'detail' | 'source'> | null, language: Language): string {
  const labels = labelsFor(language);
  if (finding.code === null) return truncate(labels.noCodeTitle, MAX_ANNOTATION_CHARS);
  const code = toOneLine(finding.code);
  if (!explanation) return truncate(code, MAX_ANNOTATION_CHARS);
  const detail = explanation.source === 'fallback' && explanation.detail ? ` (${toOneLine(explanation.detail)})` : '';
  return truncate(`${code}: ${toOneLine(explanation.title)}${detail}`, MAX_ANNOTATION_CHARS);
}
