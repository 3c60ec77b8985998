import type { Finding, Severity } from './types';

/**
 * How loudly an error finding is reported. Server codes are real failures; SDK-side and legacy codes are
 * often environmental or historical, so they warn; a dry run "error" is the expected answer to DryRun=true.
 */
export function severityOf(finding: Pick<Finding, 'code' | 'origin'>): Severity {
  if (finding.code === 'DryRunOperation') return 'information';
  switch (finding.origin) {
    case 'server':
      return 'error';
    case 'client':
    case 'legacy':
      return 'warning';
    default:
      return 'warning';
  }
}
