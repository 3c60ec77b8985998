// Plain text for the language model tool `tcerr_explainError`: the catalog explanation of one code.
import { retryLabel } from './catalog-labels';
import { renderDefinedBy } from './render-defined-by';
import { labelsFor } from './render-labels';
import { toOneLine, truncate } from './render-markdown';
import type { Explanation, Language } from './types';

const MAX_INPUT_CHARS = 1000;

export function renderToolText(code: string, message: string | null, explanation: Explanation, language: Language): string {
  const labels = labelsFor(language);
  const lines = [`${truncate(toOneLine(code), 256)}: ${toOneLine(explanation.title)}`];
  const definedBy = renderDefinedBy(explanation, labels, (p) => truncate(toOneLine(p), 60));
  if (explanation.source === 'fallback' && explanation.matchedCode !== explanation.code) lines.push(definedBy ? labels.productUnknown : labels.notFromCatalog);
  if (explanation.explanation) lines.push(`${labels.why}: ${toOneLine(explanation.explanation)}`);
  const steps = explanation.remediation.filter((s) => typeof s === 'string' && s.trim() !== '');
  if (steps.length > 0) lines.push(`${labels.whatToDo}:`, ...steps.map((s, i) => `${i + 1}. ${toOneLine(s)}`));
  lines.push(`${labels.retry}: ${retryLabel(explanation.retry, language)}`);
  if (definedBy) lines.push(definedBy);
  if (message && message.trim() !== '') lines.push(`${labels.message}: ${truncate(toOneLine(message), MAX_INPUT_CHARS)}`);
  lines.push(`${labels.docs}: ${explanation.docs}`);
  return lines.join('\n');
}
