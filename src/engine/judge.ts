// Noise control applied to a scan: which error findings a surface shows, with what explanation and severity.
import { isFileExcluded, judgeFinding, type NoiseSettings } from './noise';
import { severityOf } from './severity';
import type { Explanation, Finding, Severity } from './types';

export interface JudgedFinding {
  finding: Finding;
  /** Null only for a finding without a code. */
  explanation: Explanation | null;
  severity: Severity;
}

/**
 * The error findings left after noise control, in input order. Success envelopes are never reported; a file
 * matched by `exclude.files` (its workspace-relative path; null when outside the workspace) reports nothing.
 */
export function judgeFindings(
  findings: readonly Finding[],
  explain: (finding: Finding) => Explanation | null,
  noise: NoiseSettings,
  relativePath: string | null,
): JudgedFinding[] {
  if (isFileExcluded(relativePath, noise)) return [];
  const out: JudgedFinding[] = [];
  for (const finding of findings) {
    if (finding.kind !== 'error') continue;
    const explanation = finding.code === null ? null : explain(finding);
    const severity = judgeFinding(finding, explanation, severityOf(finding), noise);
    if (severity !== null) out.push({ finding, explanation, severity });
  }
  return out;
}
