import type { Finding } from './types';

export interface DecodeResult {
  /** The input with escaped/nested JSON payloads unwrapped and pretty-printed, for display. */
  unwrapped: string;
  findings: Finding[];
}

/** Decodes pasted response or error text: unwraps escaped JSON, finds the errors. Never throws. */
export function decodeText(text: string): DecodeResult {
  return { unwrapped: text, findings: [] };
}
