import type { Labels } from './render-labels';
import { escapeInline } from './render-markdown';
import type { Explanation } from './types';

/** Products listed by name before the rest are only counted (some codes are defined by dozens of products). */
const MAX_DEFINERS_SHOWN = 8;

/**
 * The products that define the code with their own meaning, when the context names none and the family text
 * stands in. Product names can come from imported SDK lists (file data): `escape` suits the output (Markdown by
 * default).
 */
export function renderDefinedBy(
  explanation: Explanation,
  labels: Labels,
  escape: (s: string) => string = (s) => escapeInline(s, 60),
): string | null {
  if (explanation.source !== 'fallback') return null;
  const products = (explanation.definedBy ?? []).filter((p) => typeof p === 'string' && p.trim() !== '');
  if (products.length === 0) return null;
  const shown = products.slice(0, MAX_DEFINERS_SHOWN).map(escape).join(', ');
  const rest = products.length - MAX_DEFINERS_SHOWN;
  return labels.definedBy(rest > 0 ? shown + labels.andMore(rest) : shown);
}
