// Masks credentials in text tcerr shows or copies out (decode reports, CLI output, copied text). The last four
// characters stay: enough to tell two keys apart when talking to support, useless to an attacker.
import { findCredentials, type Credential } from './credentials';
import type { DecodeResult } from './decode';
import type { Finding } from './types';

const KEEP = 4;
/** Shorter values are masked whole: four of eight characters would give too much away. */
const MIN_TO_KEEP_TAIL = 16;

/** `AKID****<last 4>` for a SecretId, `****<last 4>` for anything else. */
export function maskCredential(kind: Credential['kind'], value: string): string {
  const tail = value.length >= MIN_TO_KEEP_TAIL ? value.slice(-KEEP) : '';
  return kind === 'secret-id' ? `AKID****${tail}` : `****${tail}`;
}

/** The text with every credential masked. Never throws; a non-string becomes ''. */
export function redactSecrets(text: string): string {
  if (typeof text !== 'string') return '';
  const found = findCredentials(text);
  if (found.length === 0) return text;
  let out = '';
  let from = 0;
  for (const c of found) {
    out += text.slice(from, c.span.start) + maskCredential(c.kind, text.slice(c.span.start, c.span.end));
    from = c.span.end;
  }
  return out + text.slice(from);
}

function redactNullable(value: string | null): string | null {
  return value === null ? null : redactSecrets(value);
}

/** A finding whose texts are masked; its spans still point into the original text. */
export function redactFinding<F extends Pick<Finding, 'code' | 'message' | 'requestId'>>(finding: F): F {
  return { ...finding, code: redactNullable(finding.code), message: redactNullable(finding.message), requestId: redactNullable(finding.requestId) };
}

/** A decode result ready to show: payload and every finding's texts masked. */
export function redactDecodeResult<R extends Pick<DecodeResult, 'unwrapped' | 'findings'>>(result: R): R {
  return { ...result, unwrapped: redactSecrets(result.unwrapped), findings: result.findings.map(redactFinding) };
}
