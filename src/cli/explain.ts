// The CLI's one door to the catalog and to severity, so every output (text, JSON, decode report) says the same.

import { bundledCatalog, type Catalog } from '../engine/catalog';
import { layeredCatalog, type CatalogLayers } from '../engine/catalog-layers';
import { explainSafely } from '../engine/render-explain';
import { labelsFor } from '../engine/render-labels';
import { severityOf } from '../engine/severity';
import type { ExplanationSource, Explanation, Finding, Language } from '../engine/types';
import { sanitizeLine } from './sanitize';

/** Severities the CLI reports; the engine's "hint" is shown as information. */
export type CliSeverity = 'error' | 'warning' | 'information';

export interface FindingMeaning {
  severity: CliSeverity;
  /** One line: what the finding means. */
  title: string;
  source: ExplanationSource;
  /** Null for success envelopes and code-less SDK errors. */
  explanation: Explanation | null;
}

export type Explainer = (finding: Finding) => FindingMeaning;

let catalog: Catalog | null = null;

function sharedCatalog(): Catalog | null {
  try {
    catalog ??= bundledCatalog();
    return catalog;
  } catch {
    return null;
  }
}

/** `layers`: the user's import cache and team catalog (see user-catalog.ts); none gives the bundled catalog alone. */
export function createExplainer(language: Language, layers: CatalogLayers = {}): Explainer {
  const labels = labelsFor(language);
  const bundled = sharedCatalog();
  const explain = bundled ? layeredCatalog(bundled, layers) : null;
  return (finding) => {
    const severity = cliSeverity(finding);
    if (finding.kind === 'success') return { severity, title: labels.successTitle, source: 'fallback', explanation: null };
    if (finding.code === null) return { severity, title: labels.noCodeTitle, source: 'fallback', explanation: null };
    const explanation = explainSafely(
      explain ? (code, opts) => explain.explain(code, opts) : null,
      finding.code,
      language,
      finding.product,
    );
    // Same wording as the hover: a family fallback names the part of the code the catalog does not know.
    const detail = explanation.source === 'fallback' && explanation.detail ? ` (${explanation.detail})` : '';
    // Imported and team titles are file data: one line, no control sequences.
    const title = isForeign(explanation) ? sanitizeLine(explanation.title) : explanation.title;
    return { severity, title: title + detail, source: explanation.source, explanation };
  };
}

/** Text that came from an SDK list or a team file rather than tcerr's own catalog. */
export function isForeign(explanation: Explanation): boolean {
  return explanation.source === 'sdk-import' || explanation.source === 'team';
}

export function cliSeverity(finding: Finding): CliSeverity {
  if (finding.kind === 'success') return 'information';
  const severity = severityOf(finding);
  return severity === 'hint' ? 'information' : severity;
}

/** Whether a finding makes `tcerr scan` exit 1: a real failure, not a success envelope or a dry-run answer. */
export function countsAsError(finding: Finding, severity: CliSeverity): boolean {
  return finding.kind === 'error' && severity !== 'information';
}
