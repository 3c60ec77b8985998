import type { Explanation, Finding, Language } from './types';
import { retryLabel } from './catalog-labels';
import { labelsFor, type Labels } from './render-labels';
import { escapeInline, escapeProse, link } from './render-markdown';

/** Longest message (in source characters) shown; a longer one ends with an ellipsis. */
export const MAX_MESSAGE_CHARS = 500;
const MAX_CODE_CHARS = 200;
const MAX_REQUEST_ID_CHARS = 120;
const MAX_PRODUCT_CHARS = 60;

/** `**<code>**: <title>`: the one-line meaning, always the first line of a hover. */
export function renderMeaningLine(finding: Finding, explanation: Explanation | null, language: Language): string {
  const labels = labelsFor(language);
  if (finding.code === null) return `**${labels.noCode}**: ${labels.noCodeTitle}`;
  const code = `**${escapeInline(finding.code, MAX_CODE_CHARS)}**`;
  if (!explanation) return code;
  // The detail is derived from the code, so it is file text; the title is ours.
  const detail = explanation.source === 'fallback' && explanation.detail ? ` \\(${escapeInline(explanation.detail)}\\)` : '';
  return `${code}: ${escapeProse(explanation.title)}${detail}`;
}

/** Why, what to do, and whether retrying helps: what the catalog says about the code. */
export function renderExplanationSections(explanation: Explanation, labels: Labels): string[] {
  const out: string[] = [];
  if (explanation.source === 'fallback' && explanation.matchedCode !== explanation.code) out.push(`*${labels.notFromCatalog}*`);
  if (explanation.explanation) out.push(`**${labels.why}:** ${escapeProse(explanation.explanation)}`);
  const steps = explanation.remediation.filter((s) => typeof s === 'string' && s.trim() !== '');
  if (steps.length > 0) {
    out.push(`**${labels.whatToDo}:**\n\n${steps.map((s, i) => `${i + 1}. ${escapeProse(s)}`).join('\n')}`);
  }
  out.push(`**${labels.retry}:** ${escapeProse(retryLabel(explanation.retry, labels.language))}`);
  return out;
}

/** This occurrence: its message, RequestId and product, as far as the text says them. */
export function renderOccurrence(finding: Finding, labels: Labels): string | null {
  const items: string[] = [];
  if (finding.message !== null && finding.message.trim() !== '') {
    items.push(`- **${labels.message}:** ${escapeInline(finding.message, MAX_MESSAGE_CHARS)}`);
  }
  if (finding.requestId !== null && finding.requestId.trim() !== '') {
    items.push(`- **${labels.requestId}:** ${escapeInline(finding.requestId, MAX_REQUEST_ID_CHARS)}`);
  }
  if (finding.product !== null && finding.product.trim() !== '') {
    items.push(`- **${labels.product}:** ${escapeInline(finding.product, MAX_PRODUCT_CHARS)}`);
  }
  return items.length > 0 ? items.join('\n') : null;
}

/** Everything after the meaning line for an error finding. */
export function renderErrorDetails(finding: Finding, explanation: Explanation | null, language: Language): string[] {
  const labels = labelsFor(language);
  const parts: string[] = explanation ? renderExplanationSections(explanation, labels) : [];
  const occurrence = renderOccurrence(finding, labels);
  if (occurrence) parts.push(occurrence);
  if (explanation) parts.push(link(labels.docs, explanation.docs));
  return parts;
}

/** The note for a successful response envelope. */
export function renderSuccess(finding: Finding, language: Language): string {
  const labels = labelsFor(language);
  const parts = [`**${labels.successTitle}**: ${labels.successNote}`];
  if (finding.requestId) parts.push(`- **${labels.requestId}:** ${escapeInline(finding.requestId, MAX_REQUEST_ID_CHARS)}`);
  return parts.join('\n\n');
}

/**
 * Hover Markdown for one finding. The first line is the meaning. `explanation` is null only when the
 * finding has no code (nothing to look up) or is a success envelope.
 */
export function renderHover(finding: Finding, explanation: Explanation | null, language: Language): string {
  if (finding.kind === 'success') return renderSuccess(finding, language);
  return [renderMeaningLine(finding, explanation, language), ...renderErrorDetails(finding, explanation, language)].join('\n\n');
}
