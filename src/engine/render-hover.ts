import type { Explanation, Finding, Language } from './types';
import { retryLabel } from './catalog-labels';
import { labelsFor, type Labels } from './render-labels';
import { renderDefinedBy } from './render-defined-by';
import { escapeInline, escapeProse, link, safeHttpsUrl } from './render-markdown';

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
  // The detail is derived from the code, so it is file text; the title is ours unless imported or a team's.
  const detail = explanation.source === 'fallback' && explanation.detail ? ` \\(${escapeInline(explanation.detail)}\\)` : '';
  return `${code}: ${textOf(explanation, explanation.title)}${detail}`;
}

/** Text from an SDK list or a team file is data, escaped in full; the bundled catalog's prose is ours. */
function isForeign(explanation: Explanation): boolean {
  return explanation.source === 'sdk-import' || explanation.source === 'team';
}

function textOf(explanation: Explanation, value: string): string {
  return isForeign(explanation) ? escapeInline(value) : escapeProse(value);
}

/** Imported text is only the title (why and what-to-do are the family's, ours); a team may write all of it. */
function bodyOf(explanation: Explanation, value: string): string {
  return explanation.source === 'team' ? escapeInline(value) : escapeProse(value);
}

/** Where the text came from, when it is not tcerr's own catalog: the SDK list or the team file. */
export function renderProvenance(explanation: Explanation, labels: Labels): string | null {
  if (!isForeign(explanation)) return null;
  const label = explanation.source === 'team' ? labels.fromTeam : labels.fromSdk;
  const where = explanation.provenance ? ` ${escapeInline(explanation.provenance, 200)}` : '';
  return `*${label}${where}*`;
}

/** Why, what to do, and whether retrying helps: what the catalog says about the code. */
export function renderExplanationSections(explanation: Explanation, labels: Labels): string[] {
  const out: string[] = [];
  const definedBy = renderDefinedBy(explanation, labels);
  if (explanation.source === 'fallback' && explanation.matchedCode !== explanation.code) {
    out.push(`*${definedBy ? labels.productUnknown : labels.notFromCatalog}*`);
  }
  const provenance = renderProvenance(explanation, labels);
  if (provenance) out.push(provenance);
  if (explanation.explanation) out.push(`**${labels.why}:** ${bodyOf(explanation, explanation.explanation)}`);
  const steps = explanation.remediation.filter((s) => typeof s === 'string' && s.trim() !== '');
  if (steps.length > 0) {
    out.push(`**${labels.whatToDo}:**\n\n${steps.map((s, i) => `${i + 1}. ${bodyOf(explanation, s)}`).join('\n')}`);
  }
  // Team notes are file data, whatever the source of the rest.
  const notes = (explanation.notes ?? []).filter((s) => typeof s === 'string' && s.trim() !== '');
  if (notes.length > 0) out.push(`**${labels.teamNotes}:**\n\n${notes.map((s) => `- ${escapeInline(s, 500)}`).join('\n')}`);
  out.push(`**${labels.retry}:** ${escapeProse(retryLabel(explanation.retry, labels.language))}`);
  if (definedBy) out.push(`*${definedBy}*`);
  return out;
}

/** How long a message may be before it is cut, and what to say where it was cut. */
export interface MessageLimit {
  chars: number;
  note: ((labels: Labels) => string) | null;
}

/** In a hover a long message is cut; the decode report (one click away) shows it whole. */
export const HOVER_MESSAGE_LIMIT: MessageLimit = { chars: MAX_MESSAGE_CHARS, note: (labels) => labels.messageShortened };

/** This occurrence: its message, RequestId and product, as far as the text says them. */
export function renderOccurrence(finding: Finding, labels: Labels, limit: MessageLimit = HOVER_MESSAGE_LIMIT): string | null {
  const items: string[] = [];
  if (finding.message !== null && finding.message.trim() !== '') {
    items.push(`- **${labels.message}:** ${escapeInline(finding.message, limit.chars)}`);
    if (finding.message.length > limit.chars && limit.note) items.push(`- ${limit.note(labels)}`);
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
export function renderErrorDetails(
  finding: Finding,
  explanation: Explanation | null,
  language: Language,
  limit: MessageLimit = HOVER_MESSAGE_LIMIT,
): string[] {
  const labels = labelsFor(language);
  const parts: string[] = explanation ? renderExplanationSections(explanation, labels) : [];
  const occurrence = renderOccurrence(finding, labels, limit);
  if (occurrence) parts.push(occurrence);
  if (explanation) parts.push(link(labels.docs, explanation.docs));
  if (explanation?.runbook && safeHttpsUrl(explanation.runbook)) parts.push(link(labels.runbook, explanation.runbook));
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
  const parts = [renderMeaningLine(finding, explanation, language), ...renderErrorDetails(finding, explanation, language)];
  return parts.join('\n\n');
}
