// The machine-readable shape of a finding (`--json`, contract version 1). Positions are 1-based lines and
// 1-based UTF-16 code unit columns, end exclusive, of the code token; without one, of the RequestId (a success
// envelope), else of the message, else of the occurrence's first line (see anchorSpan).

import type { ExplanationSource, FindingKind, FormatId, Origin } from '../engine/types';
import type { CliSeverity, Explainer } from './explain';
import type { LocatedFinding } from './stitch';

export const JSON_VERSION = 1;

export interface JsonFinding {
  kind: FindingKind;
  code: string | null;
  message: string | null;
  requestId: string | null;
  origin: Origin;
  format: FormatId;
  severity: CliSeverity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  title: string;
  source: ExplanationSource;
  product: string | null;
  /** Products that define the code with their own meaning when `product` is unknown (the title is then the family's). */
  definedBy: string[];
}

export interface JsonFile {
  path: string;
  findings: JsonFinding[];
  error?: string;
}

export interface JsonScanReport {
  version: typeof JSON_VERSION;
  files: JsonFile[];
}

export function toJsonFinding(located: LocatedFinding, explain: Explainer): JsonFinding {
  const { finding } = located;
  const meaning = explain(finding);
  return {
    kind: finding.kind,
    code: finding.code,
    message: finding.message,
    requestId: finding.requestId,
    origin: finding.origin,
    format: finding.format,
    severity: meaning.severity,
    line: located.start.line,
    column: located.start.column,
    endLine: located.end.line,
    endColumn: located.end.column,
    title: meaning.title,
    source: meaning.source,
    product: finding.product,
    definedBy: meaning.explanation?.source === 'fallback' ? [...(meaning.explanation.definedBy ?? [])] : [],
  };
}
