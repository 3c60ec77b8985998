// Summaries of many findings for the errors view and the status bar: grouped by code or by RequestId, and
// counted by severity. Generic over the item type so the extension keeps its own locations alongside.

import type { Finding, Severity } from './types';

export interface Judged {
  finding: Pick<Finding, 'code' | 'requestId' | 'product'>;
  severity: Severity;
}

export interface FindingGroup<T extends Judged> {
  /** The code (or RequestId); null for findings without one. */
  key: string | null;
  items: T[];
  /** Products named by the group's findings, sorted. */
  products: string[];
  /** The loudest severity in the group. */
  severity: Severity;
}

export type Grouping = 'code' | 'requestId';

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** Groups in order: loudest severity first, then the most frequent, then by key; the null group last. */
export function groupFindings<T extends Judged>(items: readonly T[], by: Grouping): FindingGroup<T>[] {
  const groups = new Map<string | null, FindingGroup<T>>();
  for (const item of items) {
    const raw = by === 'code' ? item.finding.code : item.finding.requestId;
    const key = typeof raw === 'string' && raw.trim() !== '' && raw !== 'None' ? raw : null;
    let group = groups.get(key);
    if (!group) {
      group = { key, items: [], products: [], severity: item.severity };
      groups.set(key, group);
    }
    group.items.push(item);
    if (RANK[item.severity] < RANK[group.severity]) group.severity = item.severity;
    const product = item.finding.product;
    if (product && !group.products.includes(product)) group.products.push(product);
  }
  for (const g of groups.values()) g.products.sort();
  return [...groups.values()].sort(
    (a, b) =>
      Number(a.key === null) - Number(b.key === null) ||
      RANK[a.severity] - RANK[b.severity] ||
      b.items.length - a.items.length ||
      String(a.key).localeCompare(String(b.key)),
  );
}

export interface SeverityCounts {
  error: number;
  warning: number;
  /** Information and hints together. */
  info: number;
}

export function countBySeverity(items: readonly { severity: Severity }[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const { severity } of items) {
    if (severity === 'error') counts.error++;
    else if (severity === 'warning') counts.warning++;
    else counts.info++;
  }
  return counts;
}

/** Status bar text with codicons, errors first, only non-zero kinds: `$(error) 3 $(warning) 1 tcerr`; '' when none. */
export function statusBarText(counts: SeverityCounts): string {
  const parts: string[] = [];
  if (counts.error > 0) parts.push(`$(error) ${counts.error}`);
  if (counts.warning > 0) parts.push(`$(warning) ${counts.warning}`);
  if (counts.info > 0) parts.push(`$(info) ${counts.info}`);
  return parts.length === 0 ? '' : `${parts.join(' ')} tcerr`;
}
