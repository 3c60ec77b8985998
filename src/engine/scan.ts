import type { Finding, ScanOptions, ScanResult } from './types';

/** Finds every Tencent Cloud API error (and success envelope) in a text. Never throws. */
export function scanText(text: string, options: ScanOptions = {}): ScanResult {
  void text; void options;
  return { findings: [], truncated: false };
}

/** The finding whose code, message or RequestId covers `offset`, looking only at the lines around it. Never throws. */
export function findingAt(text: string, offset: number): Finding | null {
  void text; void offset;
  return null;
}
